/** The imports so far, each with its own `Hoàn tác lần nhập` while it is not undone. */
import { el } from "../../dom.ts";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

export function undoButton(batchId: string, onUndo: (batchId: string) => void): HTMLButtonElement {
  const button = el(
    "button",
    { type: "button", class: "link", "data-action": "undo-import", "data-batch": batchId },
    tr("import.ui.undo"),
  );
  button.addEventListener("click", () => {
    button.disabled = true;
    onUndo(batchId);
  });
  return button;
}

export function historyBox(onUndo: (batchId: string) => void): HTMLElement | null {
  const batches = state.context?.batches ?? [];
  const items = [...batches].reverse().map((batch) =>
    el(
      "li",
      { "data-batch": batch.batchId },
      tr("import.ui.historyItem", {
        batch: batch.batchId,
        source: batch.source,
        added: batch.added,
        updated: batch.updated,
      }),
      " ",
      batch.undone
        ? el("span", { class: "muted" }, `(${tr("import.ui.historyUndone")})`)
        : undoButton(batch.batchId, onUndo),
    ),
  );
  return el(
    "section",
    { "data-testid": "import-history" },
    el("h3", {}, tr("import.ui.history")),
    items.length > 0
      ? el("ul", { style: "padding-left:18px;font-size:12px" }, ...items)
      : el("p", { class: "muted" }, tr("import.ui.noHistory")),
  );
}
