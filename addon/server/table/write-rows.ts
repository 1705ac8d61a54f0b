/** Bulk rows (an import's thousands of additions). */
import type { CellValue, Grid } from "../../../shared/workbook/cells.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { ensureSize } from "../sheets/write.ts";
import { indexRuns } from "./blocks.ts";

/**
 * Bulk rows (an import's thousands of additions) without a write object per cell: `rows[i][j]` goes
 * to grid row `first + i`, column `columns[j]`. One setNumberFormats and one setValues per run of
 * adjacent columns; columns between the runs (a clerk's own) are not touched.
 */
export function writeRows(
  sheet: GasSheet,
  grid: Grid,
  first: number,
  columns: readonly number[],
  rows: readonly CellValue[][],
  format: string,
): void {
  if (rows.length === 0 || columns.length === 0) return;
  const position = new Map(columns.map((column, j) => [column, j]));
  const runs = indexRuns(columns);
  ensureSize(sheet, first + rows.length, Math.max(...columns) + 1);
  for (const [start, end] of runs) {
    const width = end - start + 1;
    const picks = Array.from({ length: width }, (_, k) => position.get(start + k) as number);
    // The usual case, the rows already in column order: no copy of a large block.
    const inOrder = picks.every((j, k) => j === k) && width === columns.length;
    const values = inOrder ? (rows as CellValue[][]) : rows.map((row) => picks.map((j) => row[j] ?? ""));
    const formatRow = new Array<string>(width).fill(format);
    const range = sheet.getRange(first + 1, start + 1, rows.length, width);
    range.setNumberFormats(rows.map(() => formatRow));
    range.setValues(values);
  }
  rows.forEach((row, i) => {
    const target = grid[first + i];
    // A new row whose cells start at column A in order is kept as it is rather than copied.
    if (!target && columns.every((column, j) => column === j)) {
      grid[first + i] = row;
      return;
    }
    const cells = target ?? [];
    grid[first + i] = cells;
    columns.forEach((column, j) => {
      cells[column] = row[j] ?? "";
    });
  });
}
