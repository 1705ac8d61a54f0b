/**
 * "Hoàn tác lần nhập": removes the rows a batch added and puts back the cells it changed, under the
 * document lock, in a constant number of service calls:
 * - restored cells: one block per run of columns over the rows between the first and last one;
 * - added rows in one run (the usual case: appended at the end, nothing sorted since): cleared when
 *   they end the register (Sheets refuses to delete every non-frozen row), else deleted at once;
 * - added rows scattered (the register was sorted since): the rows from the first of them down are
 *   written back without them, formats included, and the freed rows at the bottom cleared. A
 *   clerk's formula is written back as a formula, its relative rows moved with it (as Sheets moves
 *   them when rows are deleted), and text outside a text cell behind an apostrophe, so nothing a
 *   clerk typed turns into a value or a live formula (RangeList is not in our slice: one block).
 */
import { msg } from "../../../shared/i18n/index.ts";
import { shiftFormulaRows } from "../../../shared/residents/formula-shift.ts";
import {
  HISTORY_TAB,
  readBatchChanges,
  readHistory,
  STATUS_UNDONE,
  UNDO_TAB,
} from "../../../shared/residents/undo-log.ts";
import { chooseBatch, laterConflicts, planUndo, type UndoPlan } from "../../../shared/residents/undo-plan.ts";
import { RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { UndoOutcome } from "../../rpc/import-actions.ts";
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { findLogSheet } from "../sheets/log-tab.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { withTable } from "../table/open-table.ts";
import { indexRuns, TEXT_FORMAT } from "../table/write-cells.ts";
import { timeText } from "./commit.ts";
import { parseUndoRequest } from "./input.ts";
import { REGISTER_KEYS, type Register } from "./register.ts";

const STATUS_COLUMN = 10;

export function undoImport(ctx: ServerContext, raw: unknown): UndoOutcome {
  const request = parseUndoRequest(raw);
  return withTable(
    ctx,
    RESIDENTS_TAB,
    (register) => {
      const historySheet = findLogSheet(ctx, HISTORY_TAB);
      const undoSheet = findLogSheet(ctx, UNDO_TAB);
      if (!historySheet || !undoSheet) throw new UserFacingError([msg("import.undoNothing")]);
      const history = readHistory(readWholeSheet(historySheet));
      const batch = chooseBatch(history, request.batchId ?? null);
      if ("key" in batch) throw new UserFacingError([batch]);
      const later = history.slice(history.indexOf(batch)).filter((b) => !b.undone);
      const changes = readBatchChanges(readWholeSheet(undoSheet), new Set(later.map((b) => b.batchId)));
      const conflicts = laterConflicts(history, batch, changes);
      if (conflicts.length > 0)
        throw new UserFacingError([
          msg("import.undoBlocked", { batch: batch.batchId, later: conflicts.join(", ") }),
        ]);
      const own = changes.get(batch.batchId) ?? { added: [], updated: [] };
      const { grid, layout } = register.snapshot;
      const plan = planUndo(grid, layout.indexByKey, batch.batchId, own);
      applyUndo(register, plan);
      const status = historySheet.getRange(batch.index + 1, STATUS_COLUMN, 1, 1);
      status.setNumberFormat(TEXT_FORMAT);
      status.setValues([[`${STATUS_UNDONE} ${timeText(ctx.now())}`]]);
      return {
        batchId: batch.batchId,
        removed: plan.deleteIndexes.length,
        restored: plan.restores.length,
        kept: plan.kept,
        missing: plan.missing,
      };
    },
    REGISTER_KEYS,
  );
}

function applyUndo(register: Register, plan: UndoPlan): void {
  const { sheet } = register;
  const { grid } = register.snapshot;
  const deletions = indexRuns(plan.deleteIndexes);
  const firstDeleted = deletions[0]?.[0] ?? Number.POSITIVE_INFINITY;
  // With scattered deletions the rows from the first one down are rewritten whole, restores included.
  const rewriteFrom = deletions.length > 1 ? firstDeleted : Number.POSITIVE_INFINITY;
  // Restored cells below are written by the rewrite; writeCells puts the values in the grid too.
  for (const restore of plan.restores) {
    const row = grid[restore.gridIndex];
    if (row && restore.gridIndex >= rewriteFrom) row[restore.column] = restore.value;
  }
  register.write(
    plan.restores
      .filter((restore) => restore.gridIndex < rewriteFrom)
      .map((restore) => ({ ...restore, format: TEXT_FORMAT })),
  );
  const lastIndex = grid.length - 1;
  const width = Math.max(1, grid[0]?.length ?? 1);
  const only = deletions.length === 1 ? deletions[0] : undefined;
  if (only) {
    const [start, end] = only;
    if (end === lastIndex) sheet.getRange(start + 1, 1, end - start + 1, width).clearContent();
    else sheet.deleteRows(start + 1, end - start + 1);
  } else if (deletions.length > 1) compact(sheet, grid, rewriteFrom, new Set(plan.deleteIndexes), width);
}

/** Rewrites rows [from, end] without the deleted ones, then clears the rows freed at the bottom. */
function compact(
  sheet: GasSheet,
  grid: Grid,
  from: number,
  deleted: ReadonlySet<number>,
  width: number,
): void {
  const count = grid.length - from;
  const region = sheet.getRange(from + 1, 1, count, width);
  const formats = region.getNumberFormats();
  const formulas = region.getFormulas();
  const keptValues: unknown[][] = [];
  const keptFormats: string[][] = [];
  for (let r = from; r < grid.length; r++) {
    if (deleted.has(r)) continue;
    const rowFormats = formats[r - from] ?? [];
    const rowFormulas = formulas[r - from] ?? [];
    const row = grid[r] ?? [];
    const values: unknown[] = [];
    const moved = from + keptValues.length - r;
    for (let c = 0; c < width; c++) {
      const formula = rowFormulas[c] ?? "";
      if (formula !== "") {
        values.push(shiftFormulaRows(formula, moved));
        continue;
      }
      const value = row[c] ?? "";
      const format = rowFormats[c] ?? TEXT_FORMAT;
      // Outside text cells a string would be read again (numbers, dates, formulas): the
      // apostrophe keeps it text and is not stored.
      values.push(typeof value === "string" && value !== "" && format !== TEXT_FORMAT ? `'${value}` : value);
    }
    keptValues.push(values);
    keptFormats.push(rowFormats.length === width ? rowFormats : new Array<string>(width).fill(TEXT_FORMAT));
  }
  if (keptValues.length > 0) {
    const target = sheet.getRange(from + 1, 1, keptValues.length, width);
    target.setNumberFormats(keptFormats);
    target.setValues(keptValues);
  }
  sheet.getRange(from + 1 + keptValues.length, 1, count - keptValues.length, width).clearContent();
}
