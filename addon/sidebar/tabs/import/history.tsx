/** The imports so far, each with its own `Hoàn tác lần nhập` while it is not undone. */
import { useState } from "preact/hooks";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

type OnUndo = (batchId: string) => Promise<void>;

/** Disabled while its undo runs; usable again if the undo failed. */
export function UndoButton({ batchId, onUndo }: { batchId: string; onUndo: OnUndo }) {
  const [clicked, setClicked] = useState(false);
  return (
    <button
      type="button"
      class="link"
      data-action="undo-import"
      data-batch={batchId}
      disabled={clicked}
      onClick={() => {
        setClicked(true);
        void onUndo(batchId).finally(() => setClicked(false));
      }}
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
                <UndoButton batchId={batch.batchId} onUndo={onUndo} />
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
