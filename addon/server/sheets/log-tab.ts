/**
 * Append-only log tabs the add-on keeps for itself (the import history and its undo data, the
 * opinions' change history, the documents made): found by name or created with their header, and
 * appended to in one block per operation. The tab's rows are protected with a warning so that
 * nobody edits a log by accident: once at creation and once per growth of the grid (by GROW_ROWS
 * at a time), never once per append, which would leave thousands of protected ranges behind.
 */
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { TEXT_FORMAT } from "../table/write-cells.ts";
import { writeBlock } from "./write.ts";

/** The tab, or null when it does not exist yet (nothing imported). */
export function findLogSheet(ctx: ServerContext, name: string): GasSheet | null {
  return ctx.spreadsheet.getSheetByName(name);
}

const GROW_ROWS = 200;

/** `hidden`: a tab staff need not see (the undo data), hidden from the tab bar when created. */
export function ensureLogSheet(
  ctx: ServerContext,
  name: string,
  headers: readonly string[],
  protection: string,
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
  protectRows(sheet, 2, sheet.getMaxRows() - 1, headers.length, protection);
  if (hidden) sheet.hideSheet();
  return sheet;
}

function protectRows(
  sheet: GasSheet,
  first: number,
  count: number,
  width: number,
  description: string,
): void {
  if (count < 1) return;
  sheet.getRange(first, 1, count, width).protect().setDescription(description).setWarningOnly(true);
}

/** Appends rows under the last one with one format per column ("@" keeps text as text). */
export function appendLogRows(
  sheet: GasSheet,
  rows: unknown[][],
  formats: readonly string[],
  protection: string,
): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const last = first + rows.length - 1;
  if (last > maxRows) {
    const added = last - maxRows + GROW_ROWS;
    sheet.insertRowsAfter(maxRows, added);
    protectRows(sheet, maxRows + 1, added, formats.length, protection);
  }
  writeBlock(sheet, first, 1, rows, formats);
}
