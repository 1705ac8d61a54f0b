/**
 * "Hoàn tác lần nhập": removes the rows a batch added and puts back the cells it changed, under the
 * document lock, in a bounded number of service calls:
 * - restored cells: through the table layer (exactly the cells changed);
 * - added rows in up to MAX_ROW_DELETES runs (the usual case is one: appended at the end, nothing
 *   sorted since): each run deleted, bottom up, so Sheets itself moves every formula that points
 *   below it; a run that ends the register is cleared (Sheets refuses to delete every non-frozen
 *   row);
 * - more runs than that (the register sorted since a big import): the rows from the first of them
 *   down are written back without them, formats included, and the freed rows at the bottom
 *   cleared. A clerk's formula in those rows is written back as a formula, its rows moved as a
 *   deletion moves them, and text outside a text cell behind an apostrophe. What this cannot do:
 *   move a formula above the first removed row that points below it (docs/import.md). */
import { msg } from "../../../shared/i18n/index.ts";
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
import { afterDeletedRows } from "../../../shared/workbook/formula-rows.ts";
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

/**
 * Up to this many separate runs of rows to remove (the register sorted since the import) are
 * deleted one by one, bottom up, so Sheets itself moves every formula that points below them.
 * Past it, the rows are rewritten without them (compact), in a constant number of calls.
 */
const MAX_ROW_DELETES = 40;

function applyUndo(register: Register, plan: UndoPlan): void {
  const { sheet } = register;
  const { grid } = register.snapshot;
  const deletions = indexRuns(plan.deleteIndexes);
  const firstDeleted = deletions[0]?.[0] ?? Number.POSITIVE_INFINITY;
  // With many scattered deletions the rows from the first one down are rewritten whole, restores
  // included; otherwise the restores are written in place before any row goes.
  const rewriteFrom = deletions.length > MAX_ROW_DELETES ? firstDeleted : Number.POSITIVE_INFINITY;
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
  if (deletions.length > MAX_ROW_DELETES) {
    compact(sheet, grid, rewriteFrom, new Set(plan.deleteIndexes), width);
    return;
  }
  for (const [start, end] of [...deletions].reverse()) {
    // The register's last rows are cleared rather than deleted: Sheets refuses to delete every
    // row under a frozen header, and the emptied rows keep their formats for the next import.
    if (end === lastIndex) sheet.getRange(start + 1, 1, end - start + 1, width).clearContent();
    else sheet.deleteRows(start + 1, end - start + 1);
  }
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
  // Sheet rows, ascending: each kept formula is moved as Sheets moves it when rows are deleted
  // (only formulas in the rewritten rows; one above them pointing below keeps its old rows).
  const deletedRows = [...deleted].sort((a, b) => a - b).map((index) => index + 1);
  const keptValues: unknown[][] = [];
  const keptFormats: string[][] = [];
  for (let r = from; r < grid.length; r++) {
    if (deleted.has(r)) continue;
    const rowFormats = formats[r - from] ?? [];
    const rowFormulas = formulas[r - from] ?? [];
    const row = grid[r] ?? [];
    const values: unknown[] = [];
    for (let c = 0; c < width; c++) {
      const formula = rowFormulas[c] ?? "";
      if (formula !== "") {
        values.push(afterDeletedRows(formula, deletedRows));
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
