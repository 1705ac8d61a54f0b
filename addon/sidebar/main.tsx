/**
 * The sidebar: a tab bar, one panel per tab, a notice area. Rendered with Preact, which patches
 * the DOM in place: an overview reload or a change of language redraws every text without taking
 * the focus, caret or half-typed value from the input in use.
 */
import { render } from "preact";
import type { Message } from "../../shared/i18n/index.ts";
import type { Overview } from "../rpc/workbook-actions.ts";
import { locale, onLocaleChange, setLocale, tr, trMessage } from "./locale.ts";
import { ActionFailed, call } from "./rpc-client.ts";
import { Changes, useChanges } from "./store.ts";
import { TABS } from "./tabs/index.ts";
import type { SidebarApp } from "./tabs/types.ts";

/** Errors keep their catalogue messages, so a change of language translates them again. */
type Notice = { kind: "ok"; text: string } | { kind: "error"; messages: (Message | string)[] };

const shell = {
  overview: null as Overview | null,
  activeTab: TABS[0]?.id ?? "",
  notice: null as Notice | null,
  /** Overview reloads under way (the reload button says so). */
  reloading: 0,
};
const shellChanges = new Changes();

const app: SidebarApp = {
  overview: () => shell.overview,
  async reloadOverview() {
    shell.reloading++;
    shellChanges.notify();
    try {
      shell.overview = await call("getOverview");
    } catch (error) {
      app.showError(error);
    } finally {
      shell.reloading--;
    }
    shellChanges.notify();
  },
  showError(error) {
    const messages = error instanceof ActionFailed ? error.messages : [String(error)];
    shell.notice = { kind: "error", messages };
    shellChanges.notify();
  },
  showNotice(text) {
    shell.notice = { kind: "ok", text };
    shellChanges.notify();
  },
};

function NoticeBox({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  if (notice.kind === "ok") return <div class="notice ok">{notice.text}</div>;
  return (
    <div class="notice error">
      <strong>{tr("sidebar.error")}</strong>
      <ul>
        {notice.messages.map((m, i) => (
          <li key={i}>{typeof m === "string" ? m : trMessage(m)}</li>
        ))}
      </ul>
    </div>
  );
}

function Sidebar() {
  useChanges(shellChanges);
  const tab = TABS.find((candidate) => candidate.id === shell.activeTab);
  return (
    <>
      <header>
        <div class="toolbar">
          <button
            type="button"
            class="link"
            data-action="reload"
            aria-busy={shell.reloading > 0 ? "true" : "false"}
            onClick={() => void app.reloadOverview()}
          >
            {tr("sidebar.reload")}
          </button>
          <button
            type="button"
            class="link"
            data-action="language"
            onClick={() => setLocale(locale() === "vi" ? "en" : "vi")}
          >
            {tr("sidebar.language")}
          </button>
        </div>
        <div class="tabs" role="tablist">
          {TABS.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              aria-selected={candidate.id === shell.activeTab ? "true" : "false"}
              data-tab={candidate.id}
              onClick={() => {
                shell.activeTab = candidate.id;
                shellChanges.notify();
              }}
            >
              {tr(candidate.label)}
            </button>
          ))}
        </div>
      </header>
      <div class="notices" role="status" aria-live="polite">
        <NoticeBox notice={shell.notice} />
      </div>
      <main>
        {tab ? (
          <section key={tab.id} role="tabpanel" data-panel={tab.id}>
            <tab.Panel app={app} overview={shell.overview} />
          </section>
        ) : null}
      </main>
    </>
  );
}

onLocaleChange(() => shellChanges.notify());
document.documentElement.lang = locale();
render(<Sidebar />, document.getElementById("app") as HTMLElement);
void app.reloadOverview();
