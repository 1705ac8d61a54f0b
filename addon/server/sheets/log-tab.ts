/**
 * Append-only log tabs the add-on keeps for itself (the import history and its undo data; later a
 * change history): found by name or created with their header, and appended to in one block per
 * operation, each block protected with a warning so that nobody edits the log by accident.
 */
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { TEXT_FORMAT } from "../table/write-cells.ts";
import { writeBlock } from "./write.ts";

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

/**
 * Appends rows under the last one with one format per column ("@" keeps text as text); the block
 * is protected (warning only) with `protection` as its description.
 */
export function appendLogRows(
  sheet: GasSheet,
  rows: unknown[][],
  formats: readonly string[],
  protection: string,
): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  writeBlock(sheet, first, 1, rows, formats);
  sheet
    .getRange(first, 1, rows.length, formats.length)
    .protect()
    .setDescription(protection)
    .setWarningOnly(true);
}
