/**
 * "Nhập dân cư", server side: the page's normalised rows are checked again, merged into `Dân cư`
 * and recorded for undo, under the document lock. One read of each tab, then a constant number of
 * writes whatever the number of rows (see blocks.ts). The undo data is written before the register,
 * so that an import cut short by an error can still be undone.
 */
import { type CivilDate, fromLocalDate, pad2 } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { type MergePlan, planMerge } from "../../../shared/residents/merge.ts";
import { unpackRows } from "../../../shared/residents/pack.ts";
import { recheckRows } from "../../../shared/residents/recheck.ts";
import { RESIDENT_FIELDS } from "../../../shared/residents/types.ts";
import {
  type BatchSummary,
  HISTORY_HEADERS,
  HISTORY_TAB,
  historyRow,
  readHistory,
  UNDO_HEADERS,
  UNDO_TAB,
  undoRows,
} from "../../../shared/residents/undo-log.ts";
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ImportOutcome, ImportRequest } from "../../rpc/import-actions.ts";
import type { ServerContext } from "../context.ts";
import { withDocumentLock } from "../sheets/lock.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { cellKey, TEXT_FORMAT, writeGridRows } from "./blocks.ts";
import { parseImportRequest } from "./input.ts";
import { appendLogRows, ensureLogSheet, findLogSheet } from "./log-sheets.ts";
import { type Register, readImportInputs } from "./register.ts";

export function importResidents(ctx: ServerContext, raw: unknown): ImportOutcome {
  const request = parseImportRequest(raw);
  const rows = unpackRows(request.rows);
  if (!rows) throw new UserFacingError([msg("import.badPayload")]);
  const run = () => commit(ctx, request, rows);
  return request.dryRun ? run() : withDocumentLock(ctx, run);
}

function commit(
  ctx: ServerContext,
  request: ImportRequest,
  incoming: ReturnType<typeof unpackRows> & {},
): ImportOutcome {
  const now = ctx.now();
  const today = fromLocalDate(now) as CivilDate;
  const { register, areas } = readImportInputs(ctx);
  const checked = recheckRows(incoming, areas, today);
  const first = checked.errors[0];
  if (first) {
    const rowsWithErrors = new Set(checked.errors.map((e) => e.row)).size;
    throw new UserFacingError([
      msg("import.rowsRejected", { count: rowsWithErrors, row: first.row, column: first.column }),
      first.message,
    ]);
  }
  const history = findLogSheet(ctx, HISTORY_TAB);
  const batchId = newBatchId(now, history ? readHistory(readWholeSheet(history)).map((b) => b.batchId) : []);
  const plan = planMerge(register.grid, register.columns, checked.rows, batchId, today);
  const outcome: ImportOutcome = {
    batchId: null,
    dryRun: request.dryRun,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    repeats: plan.repeats + checked.repeats,
  };
  if (request.dryRun || plan.added.length + plan.updated.length === 0) return outcome;
  const summary: BatchSummary = {
    batchId,
    at: timeText(now),
    source: request.source,
    encoding: request.encoding,
    rows: request.fileRows,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    duplicates: request.duplicates + outcome.repeats,
  };
  const historySheet = history ?? ensureLogSheet(ctx, HISTORY_TAB, HISTORY_HEADERS);
  const numberColumns = new Set([4, 5, 6, 7, 8]);
  appendLogRows(
    historySheet,
    [historyRow(summary)],
    HISTORY_HEADERS.map((_, i) => (numberColumns.has(i) ? "0" : TEXT_FORMAT)),
  );
  appendLogRows(
    ensureLogSheet(ctx, UNDO_TAB, UNDO_HEADERS, true),
    undoRows(batchId, plan),
    UNDO_HEADERS.map(() => TEXT_FORMAT),
  );
  writePlan(register, plan, batchId);
  return { ...outcome, batchId };
}

/** Applies the plan to the grid read moments ago and writes the changed blocks. */
function writePlan(register: Register, plan: MergePlan, batchId: string): void {
  const { grid, columns, sheet } = register;
  if (plan.updated.length > 0) {
    let low = Number.POSITIVE_INFINITY;
    let high = -1;
    const columnsChanged = new Set<number>();
    const cells = new Set<number>();
    for (const update of plan.updated) {
      const row = grid[update.gridIndex] as CellValue[];
      for (const change of update.changes) {
        row[change.column] = change.value;
        columnsChanged.add(change.column);
        cells.add(cellKey(update.gridIndex, change.column));
      }
      low = Math.min(low, update.gridIndex);
      high = Math.max(high, update.gridIndex);
    }
    writeGridRows(sheet, grid, low, high, columnsChanged, (r, c) => cells.has(cellKey(r, c)));
  }
  if (plan.added.length > 0) {
    const start = grid.length;
    const owned = [...columns.values()];
    const width = Math.max(register.width, ...owned.map((c) => c + 1));
    for (const add of plan.added) {
      const row: CellValue[] = new Array<CellValue>(width).fill("");
      row[columns.get("residentId") as number] = add.residentId;
      for (const field of RESIDENT_FIELDS) row[columns.get(field) as number] = add.values[field];
      row[columns.get("importBatch") as number] = batchId;
      grid.push(row);
    }
    writeGridRows(sheet, grid, start, grid.length - 1, owned);
  }
}

/** "NHAP-20250615-083012", with "-2", "-3"... when one was made in the same second. */
export function newBatchId(now: Date, existing: readonly string[]): string {
  const base = `NHAP-${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}-${pad2(now.getHours())}${pad2(now.getMinutes())}${pad2(now.getSeconds())}`;
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function timeText(now: Date): string {
  return `${pad2(now.getDate())}/${pad2(now.getMonth() + 1)}/${now.getFullYear()} ${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
}
