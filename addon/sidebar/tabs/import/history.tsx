/**
 * The imports so far, each with its own `Hoàn tác lần nhập` while it is not undone. An undo can
 * take thousands of rows out of `Dân cư`: it asks first, naming how many.
 */
import { useState } from "preact/hooks";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

type OnUndo = (batchId: string) => Promise<void>;

/** Rows an undo touches: those the batch added (removed) and those it changed (restored). */
export interface UndoSize {
  added: number;
  updated: number;
}

/**
 * `Hoàn tác lần nhập`, then a confirmation naming the rows; disabled while the undo runs, usable
 * again if it failed.
 */
export function UndoButton({ batchId, size, onUndo }: { batchId: string; size: UndoSize; onUndo: OnUndo }) {
  const [step, setStep] = useState<"idle" | "asking" | "running">("idle");
  const rows = size.added + size.updated;
  if (step === "asking")
    return (
      <div class="callout" data-testid="confirm-undo" data-batch={batchId} role="alertdialog">
        <p style="margin:0 0 4px">
          {tr("sidebar.import.confirmUndo", {
            batch: batchId,
            added: size.added,
            updated: size.updated,
            rows,
          })}
        </p>
        <button
          type="button"
          class="primary"
          data-action="confirm-undo"
          onClick={() => {
            setStep("running");
            void onUndo(batchId).finally(() => setStep("idle"));
          }}
        >
          {tr("sidebar.import.confirmUndoYes", { rows })}
        </button>{" "}
        <button type="button" class="link" data-action="cancel-undo" onClick={() => setStep("idle")}>
          {tr("sidebar.import.cancel")}
        </button>
      </div>
    );
  return (
    <button
      type="button"
      class="link"
      data-action="undo-import"
      data-batch={batchId}
      disabled={step === "running"}
      onClick={() => setStep("asking")}
    >
      {tr("import.ui.undo")}
    </button>
  );
}

export function HistoryBox({ onUndo }: { onUndo: OnUndo }) {
  const batches = [...(state.context?.batches ?? [])].reverse();
  return (
    <section data-testid="import-history">
      <h3>{tr("import.ui.history")}</h3>
      {batches.length > 0 ? (
        <ul style="padding-left:18px;font-size:12px">
          {batches.map((batch) => (
            <li key={batch.batchId} data-batch={batch.batchId}>
              {tr("import.ui.historyItem", {
                batch: batch.batchId,
                source: batch.source,
                added: batch.added,
                updated: batch.updated,
              })}{" "}
              {batch.undone ? (
                <span class="muted">({tr("import.ui.historyUndone")})</span>
              ) : (
                <UndoButton batchId={batch.batchId} size={batch} onUndo={onUndo} />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tr("import.ui.noHistory")}</p>
      )}
    </section>
  );
}
