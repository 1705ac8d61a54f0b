/**
 * The `Nhập dân cư` tab: pick a CSV/TXT/XLSX file, see the preview (read in this page, in slices,
 * with a progress bar), adjust how it is read, commit the valid rows to `Dân cư` in one batch, and
 * undo a batch (`Hoàn tác lần nhập`, confirmed with its row count). A file that would change
 * nothing says so and offers no import; after an undo the preview on screen is checked again.
 */
import { useEffect } from "preact/hooks";
import { tr, trMessage } from "../../locale.ts";
import { call } from "../../rpc-client.ts";
import { useChanges } from "../../store.ts";
import type { SidebarApp, SidebarTab, TabProps } from "../types.ts";
import { ConflictsBox } from "./conflicts.tsx";
import { HistoryBox, UndoButton } from "./history.tsx";
import { IssuesSection } from "./issues.tsx";
import { CountsLine, FirstRowsTable, NoticesBox, PlanLine } from "./preview.tsx";
import { readPickedFile, recheck, request, runPreview } from "./run.ts";
import { SettingsBox } from "./settings.tsx";
import { importChanges, redraw, state } from "./state.ts";

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
  // A second click before the button is gone must not import twice.
  if (state.busy !== "") return;
  state.busy = "writing";
  redraw();
  try {
    const outcome = await call("importResidents", request(false));
    state.outcome = outcome;
    state.undone = null;
    // The tick was for this import: held rows of a later one are asked about again.
    state.acceptConflicts = false;
    // The result box below says what was done (one banner, with its undo).
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

async function toggleConflicts(app: SidebarApp, accept: boolean): Promise<void> {
  state.acceptConflicts = accept;
  redraw();
  try {
    await recheck();
  } catch (error) {
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
    redraw();
    return;
  }
  // The register changed under the file on screen: what it would add or update is checked again.
  if (state.file) await preview(app);
  redraw();
}

async function pick(app: SidebarApp, file: File | undefined): Promise<void> {
  if (!file) return;
  try {
    state.file = await readPickedFile(file);
    state.options = {};
    state.sheet = null;
    state.outcome = null;
    state.undone = null;
    state.acceptConflicts = false;
  } catch (error) {
    app.showError(error);
    return;
  }
  await preview(app);
}

function BusyBox() {
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
  return (
    <div data-testid="import-busy" role="status">
      <progress max="100" value={Math.round(fraction * 100)} style="width:100%" />
      <div class="muted">{text}</div>
    </div>
  );
}

function PreviewBox({ app }: { app: SidebarApp }) {
  const p = state.preview;
  if (!p || state.busy === "processing" || state.busy === "reading") return null;
  const changing = state.plan ? state.plan.added + state.plan.updated : 0;
  const unchanged = state.plan !== null && changing === 0 && p.rows.length > 0;
  const canCommit = state.plan !== null && changing > 0 && state.busy === "";
  return (
    <section data-testid="import-preview">
      {p.fatal.length > 0 ? (
        <div class="notice error">
          {p.fatal.map((m, i) => (
            <p key={i}>{trMessage(m)}</p>
          ))}
        </div>
      ) : (
        <CountsLine preview={p} />
      )}
      <PlanLine />
      {state.plan ? (
        <ConflictsBox
          conflicts={state.plan.conflicts}
          onToggle={(accept) => void toggleConflicts(app, accept)}
        />
      ) : null}
      {canCommit ? (
        <button type="button" class="primary" data-action="commit-import" onClick={() => void commit(app)}>
          {tr("sidebar.import.commit", { count: changing })}
        </button>
      ) : unchanged && state.plan ? (
        <p class="notice ok" data-testid="import-unchanged">
          {tr("sidebar.import.unchanged", { unchanged: state.plan.unchanged })}
        </p>
      ) : p.fatal.length === 0 && p.rows.length === 0 ? (
        <p class="muted">{tr("import.ui.nothing")}</p>
      ) : null}
      <SettingsBox preview={p} rerun={() => void preview(app)} />
      <NoticesBox messages={p.notices} testId="import-notices" title={tr("import.ui.notices")} />
      <FirstRowsTable preview={p} />
      <IssuesSection preview={p} />
    </section>
  );
}

function ResultBox({ app }: { app: SidebarApp }) {
  const outcome = state.outcome;
  if (!outcome) return null;
  // Rows held back by this import; once ticked, the new dry run's plan lists them instead.
  const held = state.plan ? null : (
    <ConflictsBox conflicts={outcome.conflicts} onToggle={(accept) => void toggleConflicts(app, accept)} />
  );
  // Nothing written (the register already held every row): no batch to name or undo.
  if (!outcome.batchId)
    return (
      <section data-testid="import-result" class="callout">
        <p>{tr("sidebar.import.unchanged", { unchanged: outcome.unchanged })}</p>
        {held}
      </section>
    );
  return (
    <section data-testid="import-result" class="callout">
      <p>
        {tr("import.ui.done", {
          batch: outcome.batchId,
          added: outcome.added,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
        })}
      </p>
      <UndoButton batchId={outcome.batchId} size={outcome} onUndo={(id) => undo(app, id)} />
      {held}
    </section>
  );
}

function ImportPanel({ app }: TabProps) {
  useChanges(importChanges);
  const ready = state.context !== null;
  useEffect(() => {
    if (!ready && !state.loadingContext) void loadContext(app);
  }, [ready, app]);
  return (
    <>
      <p class="muted">{tr("import.ui.intro")}</p>
      {ready ? (
        <>
          <input
            type="file"
            accept=".csv,.txt,.tsv,.xlsx"
            data-testid="import-file"
            onChange={(event) => void pick(app, event.currentTarget.files?.[0])}
          />
          {state.file ? (
            <div class="muted" data-testid="import-file-name">
              {state.file.name}
            </div>
          ) : null}
          <BusyBox />
          <ResultBox app={app} />
          <PreviewBox app={app} />
          <HistoryBox onUndo={(id) => undo(app, id)} />
        </>
      ) : (
        <p class="muted">{tr("sidebar.loading")}</p>
      )}
    </>
  );
}

export const importTab: SidebarTab = { id: "import", label: "sidebar.tab.import", Panel: ImportPanel };
