/**
 * The extension's app page: pick a local workbook, see the conference it describes. Document
 * generation comes in its own issue.
 */
import browser from "webextension-polyfill";
import { DEFAULT_LOCALE, type Locale, type Message, msg, t } from "../../shared/i18n/index.ts";
import type { ExcelModule } from "../../shared/workbook/xlsx-adapter.ts";
import { loadWorkbookFile } from "./load-file.ts";
import { renderStatus, renderView, translateStatic } from "./render.ts";
import { summariseWorkbook, type WorkbookView } from "./summary.ts";

const LOCALE_KEY = "doi-thoai.locale";

interface PageState {
  locale: Locale;
  status: Message | null;
  view: WorkbookView | null;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`app.html lacks #${id}`);
  return node as T;
}

/** exceljs comes from vendor/exceljs.min.js (a <script> before this one), as a global. */
function excelModule(): ExcelModule {
  const candidate: unknown = Reflect.get(globalThis, "ExcelJS");
  const workbook: unknown =
    typeof candidate === "object" && candidate !== null ? Reflect.get(candidate, "Workbook") : undefined;
  if (typeof workbook !== "function") throw new Error("vendor/exceljs.min.js did not load");
  return candidate as ExcelModule;
}

function storedLocale(): Locale {
  // Vietnamese unless the user chose English here: the browser's own language says little.
  return localStorage.getItem(LOCALE_KEY) === "en" ? "en" : DEFAULT_LOCALE;
}

const state: PageState = { locale: storedLocale(), status: null, view: null };
const input = byId<HTMLInputElement>("file");
const statusBox = byId<HTMLElement>("status");
const result = byId<HTMLElement>("result");
const versionLine = byId<HTMLElement>("version");
let latestPick = 0;

function render(): void {
  document.documentElement.lang = state.locale;
  translateStatic(document, state.locale);
  renderStatus(statusBox, state.status, state.locale);
  renderView(result, state.view, state.locale);
  versionLine.textContent = t(
    "extension.version",
    { version: browser.runtime.getManifest().version },
    state.locale,
  );
}

async function readPicked(file: File): Promise<void> {
  const pick = ++latestPick;
  state.status = msg("extension.reading", { file: file.name });
  state.view = null;
  render();
  let view: WorkbookView;
  try {
    const loaded = await loadWorkbookFile(file, excelModule());
    view = loaded.ok ? summariseWorkbook(file.name, loaded.snapshot, loaded.kind) : loaded;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    view = { ok: false, problem: msg("common.unknownError", { detail }) };
  }
  // A later pick wins over a slower earlier one.
  if (pick !== latestPick) return;
  state.status = null;
  state.view = view;
  render();
}

input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (file) void readPicked(file);
});

byId<HTMLButtonElement>("language").addEventListener("click", () => {
  state.locale = state.locale === "vi" ? "en" : "vi";
  localStorage.setItem(LOCALE_KEY, state.locale);
  render();
});

render();
