/**
 * The sidebar: a tab bar, one panel per tab, a notice area. Tabs draw themselves from the last
 * overview; a change of language redraws everything.
 */
import type { Overview } from "../rpc/workbook-actions.ts";
import { clear, el } from "./dom.ts";
import { locale, onLocaleChange, setLocale, tr, trMessage } from "./locale.ts";
import { ActionFailed, call } from "./rpc-client.ts";
import { TABS } from "./tabs/index.ts";
import type { SidebarApp } from "./tabs/types.ts";

const root = document.getElementById("app") as HTMLElement;
const nav = el("nav", { class: "tabs", role: "tablist" });
const notices = el("div", { class: "notices", role: "status", "aria-live": "polite" });
const panels = el("main", {});
const languageButton = el("button", { type: "button", class: "link", "data-action": "language" });
const reloadButton = el("button", { type: "button", class: "link", "data-action": "reload" });
let overview: Overview | null = null;
let activeTab = TABS[0]?.id ?? "";

const app: SidebarApp = {
  overview: () => overview,
  async reloadOverview() {
    try {
      overview = await call("getOverview");
    } catch (error) {
      app.showError(error);
    }
    render();
  },
  showError(error) {
    const messages = error instanceof ActionFailed ? error.messages.map(trMessage) : [String(error)];
    clear(notices);
    notices.append(
      el(
        "div",
        { class: "notice error" },
        el("strong", {}, tr("sidebar.error")),
        el("ul", {}, ...messages.map((m) => el("li", {}, m))),
      ),
    );
  },
  showNotice(text) {
    clear(notices);
    notices.append(el("div", { class: "notice ok" }, text));
  },
};

function render(): void {
  clear(nav);
  clear(panels);
  for (const tab of TABS) {
    const selected = tab.id === activeTab;
    const button = el(
      "button",
      { type: "button", role: "tab", "aria-selected": selected ? "true" : "false", "data-tab": tab.id },
      tr(tab.label),
    );
    button.addEventListener("click", () => {
      activeTab = tab.id;
      render();
    });
    nav.append(button);
  }
  const tab = TABS.find((candidate) => candidate.id === activeTab);
  if (tab) {
    const panel = el("section", { role: "tabpanel", "data-panel": tab.id });
    tab.render(panel, app);
    panels.append(panel);
  }
  languageButton.textContent = tr("sidebar.language");
  reloadButton.textContent = tr("sidebar.reload");
}

languageButton.addEventListener("click", () => setLocale(locale() === "vi" ? "en" : "vi"));
reloadButton.addEventListener("click", () => void app.reloadOverview());
onLocaleChange(render);
document.documentElement.lang = locale();
root.append(
  el("header", {}, el("div", { class: "toolbar" }, reloadButton, languageButton), nav),
  notices,
  panels,
);
render();
void app.reloadOverview();
