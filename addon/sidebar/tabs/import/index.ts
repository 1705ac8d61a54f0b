/**
 * The `Nhập dân cư` tab: pick a CSV/TXT/XLSX file, see the preview (read in this page, in slices,
 * with a progress bar), adjust how it is read, commit the valid rows to `Dân cư` in one batch, and
 * undo a batch (`Hoàn tác lần nhập`).
 */
import { clear, el } from "../../dom.ts";
import { tr, trMessage } from "../../locale.ts";
import { call } from "../../rpc-client.ts";
import type { SidebarApp, SidebarTab } from "../types.ts";
import { historyBox, undoButton } from "./history.ts";
import {
  countsLine,
  downloadErrorsButton,
  firstRowsTable,
  issuesBox,
  noticesBox,
  planLine,
} from "./preview.ts";
import { readPickedFile, request, runPreview } from "./run.ts";
import { settingsBox } from "./settings.ts";
import { state } from "./state.ts";

let currentPanel: HTMLElement | null = null;
let currentApp: SidebarApp | null = null;

function redraw(): void {
  if (currentPanel?.isConnected && currentApp) draw(currentPanel, currentApp);
}

async function loadContext(app: SidebarApp): Promise<void> {
  state.loadingContext = true;
  try {
    state.context = await call("getImportContext");
  } catch (error) {
    app.showError(error);
  } finally {
    state.loadingContext = false;
  }
  redraw();
}

async function preview(app: SidebarApp): Promise<void> {
  try {
    await runPreview(redraw);
  } catch (error) {
    state.busy = "";
    app.showError(error);
  }
  redraw();
}

async function commit(app: SidebarApp): Promise<void> {
  state.busy = "writing";
  redraw();
  try {
    const outcome = await call("importResidents", request(false));
    state.outcome = outcome;
    state.undone = null;
    app.showNotice(
      tr("import.ui.done", {
        batch: outcome.batchId ?? "—",
        added: outcome.added,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
      }),
    );
    state.plan = null;
    state.context = await call("getImportContext");
    state.busy = "";
    await app.reloadOverview();
  } catch (error) {
    state.busy = "";
    app.showError(error);
  }
  redraw();
}

async function undo(app: SidebarApp, batchId: string): Promise<void> {
  try {
    const result = await call("undoImport", { batchId });
    state.undone = result;
    state.outcome = null;
    const parts = [
      tr("import.undoDone", { batch: result.batchId, removed: result.removed, restored: result.restored }),
    ];
    if (result.kept > 0) parts.push(tr("import.undoKept", { count: result.kept }));
    if (result.missing > 0) parts.push(tr("import.undoMissing", { count: result.missing }));
    app.showNotice(parts.join(" "));
    state.context = await call("getImportContext");
    await app.reloadOverview();
  } catch (error) {
    app.showError(error);
  }
  redraw();
}

function filePicker(app: SidebarApp): HTMLElement {
  const input = el("input", { type: "file", accept: ".csv,.txt,.tsv,.xlsx", "data-testid": "import-file" });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      state.file = await readPickedFile(file);
      state.options = {};
      state.sheet = null;
      state.outcome = null;
      state.undone = null;
    } catch (error) {
      app.showError(error);
      return;
    }
    await preview(app);
  });
  return input;
}

function busyBox(): HTMLElement | null {
  if (state.busy === "") return null;
  const { rows, fraction } = state.progress;
  const text =
    state.busy === "processing"
      ? tr("import.ui.progress", { rows, percent: Math.round(fraction * 100) })
      : state.busy === "checking"
        ? tr("import.ui.checking")
        : state.busy === "writing"
          ? tr("import.ui.writing", { count: state.preview?.rows.length ?? 0 })
          : tr("import.ui.reading");
  return el(
    "div",
    { "data-testid": "import-busy", role: "status" },
    el("progress", { max: "100", value: String(Math.round(fraction * 100)), style: "width:100%" }),
    el("div", { class: "muted" }, text),
  );
}

function previewBox(app: SidebarApp): HTMLElement | null {
  const p = state.preview;
  if (!p || state.busy === "processing" || state.busy === "reading") return null;
  const rerun = () => void preview(app);
  const box = el("section", { "data-testid": "import-preview" });
  if (p.fatal.length > 0)
    box.append(el("div", { class: "notice error" }, ...p.fatal.map((m) => el("p", {}, trMessage(m)))));
  else box.append(countsLine(p));
  const plan = planLine();
  if (plan) box.append(plan);
  if (state.plan && p.rows.length > 0 && state.busy === "") {
    const button = el(
      "button",
      { type: "button", class: "primary", "data-action": "commit-import" },
      tr("import.ui.commit", { count: p.rows.length }),
    );
    button.addEventListener("click", () => {
      button.disabled = true;
      void commit(app);
    });
    box.append(button);
  } else if (p.fatal.length === 0 && p.rows.length === 0)
    box.append(el("p", { class: "muted" }, tr("import.ui.nothing")));
  box.append(settingsBox(p, rerun));
  for (const node of [
    noticesBox(p.notices, "import-notices", tr("import.ui.notices")),
    firstRowsTable(p),
    issuesBox(p.errors, "import-errors", tr("import.ui.errors", { count: p.errors.length })),
    downloadErrorsButton(p),
    issuesBox(p.warnings, "import-warnings", tr("import.ui.warnings", { count: p.warnings.length })),
  ])
    if (node) box.append(node);
  return box;
}

function resultBox(app: SidebarApp): HTMLElement | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  return el(
    "section",
    { "data-testid": "import-result", class: "callout" },
    el(
      "p",
      {},
      tr("import.ui.done", {
        batch: outcome.batchId ?? "—",
        added: outcome.added,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
      }),
    ),
    outcome.batchId ? undoButton(outcome.batchId, (id) => void undo(app, id)) : null,
  );
}

function draw(panel: HTMLElement, app: SidebarApp): void {
  clear(panel);
  panel.append(el("p", { class: "muted" }, tr("import.ui.intro")));
  if (!state.context) {
    panel.append(el("p", { class: "muted" }, tr("sidebar.loading")));
    if (!state.loadingContext) void loadContext(app);
    return;
  }
  panel.append(filePicker(app));
  if (state.file)
    panel.append(el("div", { class: "muted", "data-testid": "import-file-name" }, state.file.name));
  for (const node of [busyBox(), resultBox(app), previewBox(app), historyBox((id) => void undo(app, id))])
    if (node) panel.append(node);
}

export const importTab: SidebarTab = {
  id: "import",
  label: "sidebar.tab.import",
  render(panel, app) {
    currentPanel = panel;
    currentApp = app;
    draw(panel, app);
  },
};
