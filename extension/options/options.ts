/**
 * The options page: the office's Word templates in extension storage. Add (.docx, checked against
 * the field list at once), rename, remove, download one, export all as one .json, import it.
 */
import browser from "webextension-polyfill";
import { DEFAULT_LOCALE, formatMessage, type Locale, type Message, msg, t } from "../../shared/i18n/index.ts";
import { checkTemplate, type TemplateProblem } from "../../shared/templates/index.ts";
import { el, translateStatic } from "../app/render.ts";
import { saveFile } from "../app/save.ts";
import type { ExtensionApi } from "../platform/api.ts";
import { type TemplateInfo, TemplateStore } from "../platform/templates-store.ts";

const LOCALE_KEY = "doi-thoai.locale";
const api: ExtensionApi = browser;
const store = new TemplateStore(api.storage.local);
let locale: Locale = localStorage.getItem(LOCALE_KEY) === "en" ? "en" : DEFAULT_LOCALE;
let notice: { lines: Message[]; problems: TemplateProblem[]; error: boolean } | null = null;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`options.html lacks #${id}`);
  return node as T;
}

const say = (m: Message) => formatMessage(m, locale);

function renderNotice(): void {
  const box = byId("notice");
  box.replaceChildren();
  if (!notice) return;
  box.className = notice.error ? "error" : "done";
  for (const line of notice.lines) box.append(el("p", null, say(line)));
  if (notice.problems.length > 0)
    box.append(
      el(
        "ul",
        null,
        ...notice.problems.map((p) =>
          el("li", null, p.place ? `${say(p.message)} (${say(p.place)})` : say(p.message)),
        ),
      ),
    );
}

function templateRow(info: TemplateInfo): HTMLElement {
  const name = el("input", null) as HTMLInputElement;
  name.value = info.name;
  name.setAttribute("aria-label", t("extension.options.name", {}, locale));
  const rename = el("button", null, t("extension.options.rename", {}, locale));
  rename.addEventListener(
    "click",
    () =>
      void act(async () => {
        if (name.value.trim() === "")
          return { lines: [msg("extension.options.emptyName")], problems: [], error: true };
        await store.rename(info.id, name.value);
        return {
          lines: [msg("extension.options.renamed", { name: name.value.trim() })],
          problems: [],
          error: false,
        };
      }),
  );
  const download = el("button", null, t("extension.options.export", {}, locale));
  download.addEventListener(
    "click",
    () =>
      void act(async () => {
        const bytes = await store.bytes(info.id);
        if (bytes)
          await saveFile(api, {
            fileName: `${info.name.replace(/\.docx$/i, "")}.docx`,
            mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            bytes,
            warnings: [],
          });
        return null;
      }),
  );
  const remove = el("button", null, t("extension.options.remove", {}, locale));
  remove.addEventListener(
    "click",
    () =>
      void act(async () => {
        await store.remove(info.id);
        return { lines: [msg("extension.options.removed", { name: info.name })], problems: [], error: false };
      }),
  );
  const size = t(
    "extension.options.size",
    { size: Math.max(1, Math.round(info.size / 1024)), date: info.added.slice(0, 10) },
    locale,
  );
  const row = el(
    "tr",
    null,
    el("td", null, name),
    el("td", "hint", size),
    el("td", null, rename, " ", download, " ", remove),
  );
  row.dataset.template = info.name;
  return row;
}

async function renderList(): Promise<void> {
  const list = await store.list();
  byId("list").replaceChildren(...list.map(templateRow));
  byId("empty").hidden = list.length > 0;
}

function render(): void {
  document.documentElement.lang = locale;
  translateStatic(document, locale);
  renderNotice();
  void renderList();
}

async function act(job: () => Promise<typeof notice>): Promise<void> {
  try {
    const result = await job();
    if (result) notice = result;
  } catch (error) {
    notice = {
      lines: [msg("extension.options.storageFailed", { detail: String(error) })],
      problems: [],
      error: true,
    };
  }
  render();
}

byId<HTMLInputElement>("add").addEventListener("change", (event) => {
  const files = [...((event.target as HTMLInputElement).files ?? [])];
  void act(async () => {
    const lines: Message[] = [];
    const problems: TemplateProblem[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const found = checkTemplate(bytes);
      if (found.some((p) => p.message.key === "templates.notDocx")) {
        lines.push(msg("templates.notDocx"));
        continue;
      }
      const info = await store.add(file.name.replace(/\.docx$/i, ""), bytes);
      lines.push(
        found.length > 0
          ? msg("extension.options.checked", { name: info.name })
          : msg("extension.options.added", { name: info.name }),
      );
      problems.push(...found);
    }
    return { lines, problems, error: problems.length > 0 };
  });
});
byId<HTMLInputElement>("import").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void act(async () => {
    const added = await store.importBundle(await file.text());
    if (!added)
      return { lines: [msg("extension.options.badImport", { file: file.name })], problems: [], error: true };
    return {
      lines: [msg("extension.options.imported", { count: added.length })],
      problems: [],
      error: false,
    };
  });
});
byId("export-all").addEventListener(
  "click",
  () =>
    void act(async () => {
      const bundle = await store.exportAll();
      const bytes = new TextEncoder().encode(JSON.stringify(bundle, null, 1));
      await saveFile(api, {
        fileName: "doi-thoai-mau-van-ban.json",
        mime: "application/json",
        bytes,
        warnings: [],
      });
      return null;
    }),
);
byId("language").addEventListener("click", () => {
  locale = locale === "vi" ? "en" : "vi";
  localStorage.setItem(LOCALE_KEY, locale);
  render();
});
browser.storage.onChanged.addListener(() => void renderList());
render();
