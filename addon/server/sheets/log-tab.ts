/**
 * The two tabs that keep the import history and the undo data (see shared/residents/undo-log.ts):
 * found by name or created with their header, and appended to in one block per import, each block
 * protected with a warning so that nobody edits the undo data by accident.
 */
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { writeBlock } from "../sheets/write.ts";
import { TEXT_FORMAT } from "../table/write-cells.ts";

const PROTECTION = "Đối thoại: lịch sử nhập dân cư (dùng để hoàn tác)";

/** The tab, or null when it does not exist yet (nothing imported). */
export function findLogSheet(ctx: ServerContext, name: string): GasSheet | null {
  return ctx.spreadsheet.getSheetByName(name);
}

/** `hidden`: a tab staff need not see (the undo data), hidden from the tab bar when created. */
export function ensureLogSheet(
  ctx: ServerContext,
  name: string,
  headers: readonly string[],
  hidden = false,
): GasSheet {
  const existing = ctx.spreadsheet.getSheetByName(name);
  if (existing) return existing;
  const sheet = ctx.spreadsheet.insertSheet(name);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setNumberFormat(TEXT_FORMAT);
  header.setValues([[...headers]]);
  header.setFontWeight("bold");
  sheet.setFrozenRows(1);
  if (hidden) sheet.hideSheet();
  return sheet;
}

/** Appends rows under the last one; numbers stay numbers, everything else is written as text. */
export function appendLogRows(sheet: GasSheet, rows: unknown[][], formats: readonly string[]): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  writeBlock(sheet, first, 1, rows, formats);
  sheet
    .getRange(first, 1, rows.length, formats.length)
    .protect()
    .setDescription(PROTECTION)
    .setWarningOnly(true);
}
