/**
 * "Nhập dân cư", server side: the page's normalised rows are checked again, merged into `Dân cư`
 * and recorded for undo, under the document lock. One read of each tab, then a constant number of
 * writes whatever the number of rows (the table layer's writeCells). All or nothing: the room
 * left under Sheets' cell limit is checked before anything is written; the history and undo rows
 * are written first and removed again if writing the register fails, and the new rows (what can
 * hit a limit) are appended before any existing cell is changed.
 */
import { type CivilDate, fromLocalDate, pad2 } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { type MergeConflict, type MergePlan, planMerge } from "../../../shared/residents/merge.ts";
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
import { RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { CellWrite } from "../../../shared/table/types.ts";
import { maskIdNumber } from "../../../shared/templates/mask.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ImportConflict, ImportOutcome, ImportRequest } from "../../rpc/import-actions.ts";
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { appendLogRows, ensureLogSheet, findLogSheet } from "../sheets/log-tab.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { openTable, withTable } from "../table/open-table.ts";
import { TEXT_FORMAT } from "../table/write-cells.ts";
import { roomForResidents } from "./capacity.ts";
import { parseImportRequest } from "./input.ts";
import { REGISTER_KEYS, type Register, readAreas } from "./register.ts";

/** Protection of the log blocks (Vietnamese: it is what staff see in Sheets when editing one). */
const LOG_PROTECTION = "Đối thoại: lịch sử nhập dân cư (dùng để hoàn tác)";

export function importResidents(ctx: ServerContext, raw: unknown): ImportOutcome {
  const request = parseImportRequest(raw);
  const rows = unpackRows(request.rows);
  if (!rows) throw new UserFacingError([msg("import.badPayload")]);
  if (request.dryRun) return commit(ctx, request, rows, openTable(ctx, RESIDENTS_TAB, REGISTER_KEYS));
  return withTable(ctx, RESIDENTS_TAB, (register) => commit(ctx, request, rows, register), REGISTER_KEYS);
}

function commit(
  ctx: ServerContext,
  request: ImportRequest,
  incoming: ReturnType<typeof unpackRows> & {},
  register: Register,
): ImportOutcome {
  const now = ctx.now();
  const today = fromLocalDate(now) as CivilDate;
  const areas = readAreas(ctx);
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
  const { grid, layout } = register.snapshot;
  const plan = planMerge(
    grid,
    layout.indexByKey,
    checked.rows,
    batchId,
    today,
    request.acceptConflicts === true,
    register.snapshot.idFloor,
  );
  const outcome: ImportOutcome = {
    conflicts: plan.conflicts.map(conflictOf),
    batchId: null,
    dryRun: request.dryRun,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    repeats: plan.repeats + checked.repeats,
  };
  if (request.dryRun || plan.added.length + plan.updated.length === 0) return outcome;
  const room = roomForResidents(ctx, register.sheet);
  if (plan.added.length > room)
    throw new UserFacingError([msg("import.tooManyRows", { rows: plan.added.length, room })]);
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
  const historySheet = history ?? ensureLogSheet(ctx, HISTORY_TAB, HISTORY_HEADERS, LOG_PROTECTION);
  const undoSheet = ensureLogSheet(ctx, UNDO_TAB, UNDO_HEADERS, LOG_PROTECTION, true);
  const marks = [historySheet.getLastRow(), undoSheet.getLastRow()] as const;
  const numberColumns = new Set([4, 5, 6, 7, 8]);
  try {
    appendLogRows(
      historySheet,
      [historyRow(summary)],
      HISTORY_HEADERS.map((_, i) => (numberColumns.has(i) ? "0" : TEXT_FORMAT)),
      LOG_PROTECTION,
    );
    appendLogRows(
      undoSheet,
      undoRows(batchId, plan),
      UNDO_HEADERS.map(() => TEXT_FORMAT),
      LOG_PROTECTION,
    );
    writePlan(register, plan, batchId);
  } catch (error) {
    // The register is as before (nothing of it is written before the append succeeds): the
    // history must not say otherwise.
    dropRowsAfter(historySheet, marks[0]);
    dropRowsAfter(undoSheet, marks[1]);
    throw error;
  }
  return { ...outcome, batchId };
}

/** Removes the rows below `last` (those this import appended), leaving the sheet as it was. */
function dropRowsAfter(sheet: GasSheet, last: number): void {
  const end = sheet.getLastRow();
  if (end <= last) return;
  if (last >= 1) sheet.deleteRows(last + 1, end - last);
  else sheet.getRange(1, 1, end, Math.max(1, sheet.getLastColumn())).clearContent();
}

function conflictOf(conflict: MergeConflict): ImportConflict {
  return {
    row: conflict.row,
    residentId: conflict.residentId,
    idNumber: maskIdNumber(conflict.idNumber),
    existing: conflict.existing,
    incoming: conflict.incoming,
    applied: conflict.applied,
  };
}

/** Changed cells of matched rows one by one; the new rows as one bulk block after the last. */
function writePlan(register: Register, plan: MergePlan, batchId: string): void {
  const writes: CellWrite[] = [];
  for (const update of plan.updated) {
    for (const change of update.changes)
      writes.push({
        gridIndex: update.gridIndex,
        column: change.column,
        value: change.value,
        format: TEXT_FORMAT,
      });
  }
  const rows = plan.added.map((add) => [
    add.residentId,
    ...RESIDENT_FIELDS.map((field) => add.values[field]),
    batchId,
  ]);
  // The append first: it is what can meet a limit, and it changes no existing cell.
  register.appendRows(["residentId", ...RESIDENT_FIELDS, "importBatch"], rows, TEXT_FORMAT);
  register.write(writes);
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
