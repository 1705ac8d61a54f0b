/**
 * Batched writes: number formats first (so text stays text), then values, one call each per block.
 */
import type { GasSheet } from "../gas/spreadsheet-types.ts";

/**
 * Writes a block at (row, column), 1-based. `formats` gives each column's number format; text
 * columns get "@" before the values land, so nothing typed by a user becomes a number or formula.
 */
export function writeBlock(
  sheet: GasSheet,
  row: number,
  column: number,
  values: unknown[][],
  formats: readonly string[],
): void {
  if (values.length === 0) return;
  const width = formats.length;
  ensureSize(sheet, row + values.length - 1, column + width - 1);
  const range = sheet.getRange(row, column, values.length, width);
  range.setNumberFormats(values.map(() => [...formats]));
  range.setValues(values);
}

/** Grows the grid so that (lastRow, lastColumn) exists; a constant number of calls. */
export function ensureSize(sheet: GasSheet, lastRow: number, lastColumn: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
}
