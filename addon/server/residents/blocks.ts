/**
 * Writing scattered changes in a constant number of service calls: the rows between the first and
 * the last changed one are written back as one block per run of adjacent columns (values read
 * moments ago, changes applied), never row by row. Changed cells get the text format "@" before
 * the values land; the other cells of the block keep the format they had.
 */
import type { Grid } from "../../../shared/workbook/cells.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { ensureSize } from "../sheets/write.ts";

export const TEXT_FORMAT = "@";

/** Sheets has at most 18,278 columns: row * 20,000 + column names one cell. */
export function cellKey(row: number, column: number): number {
  return row * 20_000 + column;
}

/** Runs of adjacent indexes (columns or rows): [2, 3, 4, 7] -> [[2, 4], [7, 7]]. */
export function indexRuns(columns: Iterable<number>): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/**
 * Writes grid rows [first, last] (0-based grid indexes; sheet row = index + 1) of the given
 * columns: per run of columns, one getNumberFormats (only when some cells are unchanged), one
 * setNumberFormats, one setValues. `changed(r, c)` says which cells hold new values; all when absent.
 */
export function writeGridRows(
  sheet: GasSheet,
  grid: Grid,
  first: number,
  last: number,
  columns: Iterable<number>,
  changed?: (row: number, column: number) => boolean,
): void {
  if (last < first) return;
  const runs = indexRuns(columns);
  const lastRun = runs[runs.length - 1];
  if (!lastRun) return;
  ensureSize(sheet, last + 1, lastRun[1] + 1);
  for (const [start, end] of runs) {
    const range = sheet.getRange(first + 1, start + 1, last - first + 1, end - start + 1);
    const before = changed ? range.getNumberFormats() : null;
    const values: unknown[][] = [];
    const formats: string[][] = [];
    for (let r = first; r <= last; r++) {
      const row = grid[r] ?? [];
      const rowValues: unknown[] = [];
      const rowFormats: string[] = [];
      for (let c = start; c <= end; c++) {
        rowValues.push(row[c] ?? "");
        const keep = before && changed && !changed(r, c);
        rowFormats.push(keep ? (before[r - first]?.[c - start] ?? TEXT_FORMAT) : TEXT_FORMAT);
      }
      values.push(rowValues);
      formats.push(rowFormats);
    }
    range.setNumberFormats(formats);
    range.setValues(values);
  }
}
