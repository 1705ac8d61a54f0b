/**
 * Undoing one import batch: remove exactly the rows it added, put back what it overwrote. Rows are
 * found by `Mã dân cư`, so sorting or filtering the register between import and undo is harmless.
 * A value changed by hand since the import is left as it is (and counted); a batch that a later,
 * still active batch built upon cannot be undone before that one.
 */
import { type Message, msg } from "../i18n/index.ts";
import type { CellValue, Grid } from "../workbook/cells.ts";
import { type RegisterKey, registerText } from "./merge.ts";
import type { BatchChanges, HistoryEntry } from "./undo-log.ts";

export interface UndoPlan {
  batchId: string;
  /** 0-based register grid indexes of the rows to remove, ascending. */
  deleteIndexes: number[];
  restores: { gridIndex: number; column: number; value: CellValue }[];
  /** Cells edited since the import, left alone. */
  kept: number;
  /** Residents of the batch no longer in the register. */
  missing: number;
}

/** The batch to undo: the one named, else the latest not undone. */
export function chooseBatch(history: readonly HistoryEntry[], wanted: string | null): HistoryEntry | Message {
  if (wanted !== null) {
    const batch = history.find((b) => b.batchId === wanted);
    if (!batch) return msg("import.undoUnknownBatch", { batch: wanted });
    if (batch.undone) return msg("import.undoAlreadyDone", { batch: wanted });
    return batch;
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const batch = history[i] as HistoryEntry;
    if (!batch.undone) return batch;
  }
  return msg("import.undoNothing");
}

/** Later batches, not undone, that added or changed a resident this batch touched. */
export function laterConflicts(
  history: readonly HistoryEntry[],
  batch: HistoryEntry,
  changes: ReadonlyMap<string, BatchChanges>,
): string[] {
  const own = changes.get(batch.batchId);
  if (!own) return [];
  const touched = new Set([...own.added, ...own.updated.map((u) => u.residentId)]);
  const conflicts: string[] = [];
  for (const later of history.slice(history.indexOf(batch) + 1)) {
    if (later.undone) continue;
    const theirs = changes.get(later.batchId);
    if (!theirs) continue;
    if (theirs.updated.some((u) => touched.has(u.residentId)) || theirs.added.some((id) => touched.has(id)))
      conflicts.push(later.batchId);
  }
  return conflicts;
}

export function planUndo(
  grid: Grid,
  columns: ReadonlyMap<string, number>,
  batchId: string,
  changes: BatchChanges,
): UndoPlan {
  const idColumn = columns.get("residentId");
  if (idColumn === undefined) throw new Error("register column residentId not located");
  const rowOfId = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const id = registerText(grid[r]?.[idColumn]);
    if (id !== "" && !rowOfId.has(id)) rowOfId.set(id, r);
  }
  const plan: UndoPlan = { batchId, deleteIndexes: [], restores: [], kept: 0, missing: 0 };
  for (const id of changes.added) {
    const r = rowOfId.get(id);
    if (r === undefined) plan.missing++;
    else plan.deleteIndexes.push(r);
  }
  plan.deleteIndexes.sort((a, b) => a - b);
  for (const update of changes.updated) {
    const r = rowOfId.get(update.residentId);
    if (r === undefined) {
      plan.missing++;
      continue;
    }
    for (const [key, pair] of Object.entries(update.changes) as [RegisterKey, [CellValue, string]][]) {
      const column = columns.get(key);
      if (column === undefined) continue;
      const [old, written] = pair;
      if (registerText(grid[r]?.[column]) === written)
        plan.restores.push({ gridIndex: r, column, value: old });
      else plan.kept++;
    }
  }
  return plan;
}
