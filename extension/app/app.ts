/**
 * The extension's app page: read the open Google Sheet (or a local .xlsx/.csv, chosen or dropped),
 * see the conference it describes, and make its documents: the built-in ones, the office's own
 * Word templates, the print-ready roster and sign-in sheet.
 */
import browser from "webextension-polyfill";
import { type DocumentKind, isDocumentKind } from "../../shared/documents/index.ts";
import { DEFAULT_LOCALE, type Locale, type Message, msg, t } from "../../shared/i18n/index.ts";
import { CONFERENCE_TAB } from "../../shared/schema/tabs.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";
import type { ExcelModule } from "../../shared/workbook/xlsx-adapter.ts";
import { type ExtensionApi, isExtensionMessage } from "../platform/api.ts";
import { downloadSheet, findSheetTab, requestSheetAccess } from "../platform/sheet.ts";
import { TemplateStore } from "../platform/templates-store.ts";
import { loadWorkbookFile, type PickedFile } from "./load-file.ts";
import { builtInDocx, builtInHtml, type Made, rosterFile, signinFile, templateDocx } from "./outputs.ts";
import { type Outcome, renderKinds, renderOutcome, renderTemplates } from "./outputs-view.ts";
import { showPreview } from "./preview.ts";
import { renderStatus, renderView, translateStatic } from "./render.ts";
import { saveFile } from "./save.ts";
import { summariseWorkbook, type WorkbookView } from "./summary.ts";
import type { ExcelWriter } from "./xlsx-out.ts";

const LOCALE_KEY = "doi-thoai.locale";
const api: ExtensionApi = browser;
const store = new TemplateStore(api.storage.local);

interface PageState {
  locale: Locale;
  status: Message | null;
  view: WorkbookView | null;
  snapshot: WorkbookSnapshot | null;
  outcome: Outcome | null;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`app.html lacks #${id}`);
  return node as T;
}

/** exceljs comes from vendor/exceljs.min.js (a <script> before this one), as a global. */
function excelModule(): ExcelModule & ExcelWriter {
  const candidate: unknown = Reflect.get(globalThis, "ExcelJS");
  const workbook: unknown =
    typeof candidate === "object" && candidate !== null ? Reflect.get(candidate, "Workbook") : undefined;
  if (typeof workbook !== "function") throw new Error("vendor/exceljs.min.js did not load");
  return candidate as ExcelModule & ExcelWriter;
}

// Vietnamese unless the user chose English here: the browser's own language says little.
const storedLocale = (): Locale => (localStorage.getItem(LOCALE_KEY) === "en" ? "en" : DEFAULT_LOCALE);
const state: PageState = { locale: storedLocale(), status: null, view: null, snapshot: null, outcome: null };
const input = byId<HTMLInputElement>("file");
const outputs = byId<HTMLElement>("outputs");
const templateSelect = byId<HTMLSelectElement>("template");
const previewBox = byId<HTMLElement>("preview-box");
/** The tab the toolbar button was clicked on (app.html?tab=N, or a later message). */
let sheetTab: number | null = Number(new URLSearchParams(location.search).get("tab")) || null;
let latestRead = 0;

function render(): void {
  const locale = state.locale;
  document.documentElement.lang = locale;
  translateStatic(document, locale);
  renderStatus(byId("status"), state.status, locale);
  renderView(byId("result"), state.view, locale);
  outputs.hidden = state.snapshot === null;
  renderKinds(byId("kinds"), locale);
  renderOutcome(byId("outcome"), state.outcome, locale);
  byId("version").textContent = t(
    "extension.version",
    { version: browser.runtime.getManifest().version },
    locale,
  );
}

async function refreshTemplates(): Promise<void> {
  renderTemplates(templateSelect, byId("no-templates"), await store.list());
}

/** Shows a read workbook; a later read wins over a slower earlier one. */
async function read(label: string, load: () => Promise<WorkbookView & { snapshot?: WorkbookSnapshot }>) {
  const ticket = ++latestRead;
  Object.assign(state, {
    status: msg("extension.reading", { file: label }),
    view: null,
    snapshot: null,
    outcome: null,
  });
  render();
  let view: WorkbookView;
  let snapshot: WorkbookSnapshot | null = null;
  try {
    const loaded = await load();
    view = loaded;
    snapshot = loaded.ok ? (loaded.snapshot ?? null) : null;
  } catch (error) {
    view = { ok: false, problem: msg("common.unknownError", { detail: String(error) }) };
  }
  if (ticket !== latestRead) return;
  Object.assign(state, { status: null, view, snapshot });
  render();
}

function readFile(file: PickedFile): void {
  void read(file.name, async () => {
    const loaded = await loadWorkbookFile(file, excelModule());
    if (!loaded.ok) return loaded;
    return { ...summariseWorkbook(file.name, loaded.snapshot, loaded.kind), snapshot: loaded.snapshot };
  });
}

function readSheet(): void {
  // First, before any await: the browser shows the prompt only inside the click.
  const granted = requestSheetAccess(api);
  void read(t("extension.sheet.reading", {}, state.locale), async () => {
    if (!(await granted)) return { ok: false, problem: msg("extension.sheet.denied") };
    const tab = await findSheetTab(api, sheetTab);
    if (!tab) return { ok: false, problem: msg("extension.sheet.noTab") };
    const fetched = await downloadSheet((url, init) => fetch(url, init), tab.sheetId);
    if (!fetched.ok) return fetched;
    const name = t("extension.sheet.fileName", { title: tab.title }, state.locale);
    const loaded = await loadWorkbookFile(
      { name: `${tab.title}.xlsx`, size: fetched.bytes.byteLength, arrayBuffer: async () => fetched.bytes },
      excelModule(),
    );
    if (!loaded.ok) return loaded;
    const view = summariseWorkbook(name, loaded.snapshot, "xlsx");
    if (!view.ok)
      return { ok: false, problem: msg("extension.sheet.notDoiThoai", { tab: CONFERENCE_TAB.name }) };
    return { ...view, snapshot: loaded.snapshot };
  });
}

async function make(document: string, produce: (s: WorkbookSnapshot) => Promise<Made> | Made): Promise<void> {
  const snapshot = state.snapshot;
  if (!snapshot) return;
  state.outcome = { kind: "working", document };
  render();
  let made: Made;
  try {
    made = await produce(snapshot);
  } catch (error) {
    made = { ok: false, problems: [{ message: msg("common.unknownError", { detail: String(error) }) }] };
  }
  if (made.ok) await saveFile(api, made.file);
  state.outcome = made.ok
    ? { kind: "done", file: made.file.fileName, warnings: made.file.warnings }
    : { kind: "failed", document, problems: made.problems };
  render();
}

function preview(kind: DocumentKind, snapshot: WorkbookSnapshot): void {
  const built = builtInHtml(kind, snapshot);
  if (!built.ok) {
    state.outcome = {
      kind: "failed",
      document: t(`documents.kind.${kind}`, {}, state.locale),
      problems: built.problems,
    };
    render();
    return;
  }
  previewBox.hidden = false;
  showPreview(byId<HTMLIFrameElement>("preview"), built.html);
  previewBox.scrollIntoView();
}

byId("kinds").addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-kind]");
  const kind = button?.dataset.kind;
  if (!button || !isDocumentKind(kind) || !state.snapshot) return;
  if (button.dataset.action === "preview") preview(kind, state.snapshot);
  else void make(t(`documents.kind.${kind}`, {}, state.locale), (s) => builtInDocx(kind, s));
});
byId("roster-xlsx").addEventListener("click", () => {
  void make(t("extension.docs.rosterXlsx", {}, state.locale), (s) => rosterFile(excelModule(), s));
});
byId("signin-xlsx").addEventListener("click", () => {
  void make(t("extension.docs.signinXlsx", {}, state.locale), (s) => signinFile(excelModule(), s));
});
byId("fill").addEventListener("click", () => {
  const id = templateSelect.value;
  const name = templateSelect.selectedOptions[0]?.textContent ?? "";
  void make(name, async (s) => {
    const bytes = await store.bytes(id);
    if (!bytes) return { ok: false, problems: [{ message: msg("templates.notDocx") }] };
    return templateDocx(name, bytes, s);
  });
});
byId("manage").addEventListener("click", () => {
  void api.tabs.create({ url: api.runtime.getURL("options.html") });
});
byId("print").addEventListener("click", () => byId<HTMLIFrameElement>("preview").contentWindow?.print());
byId("close-preview").addEventListener("click", () => {
  previewBox.hidden = true;
});
byId("sheet").addEventListener("click", readSheet);
input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (file) readFile(file);
});
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  document.body.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) readFile(file);
});
byId("language").addEventListener("click", () => {
  state.locale = state.locale === "vi" ? "en" : "vi";
  localStorage.setItem(LOCALE_KEY, state.locale);
  render();
});
// The toolbar button clicked again on another tab: this page answers and is brought forward.
api.runtime.onMessage.addListener((message) => {
  if (!isExtensionMessage(message)) return undefined;
  sheetTab = message.tabId;
  return browser.tabs.getCurrent().then((tab) => ({ id: tab?.id, windowId: tab?.windowId }));
});
browser.storage.onChanged.addListener(() => void refreshTemplates());

render();
void refreshTemplates();
