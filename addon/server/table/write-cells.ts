/**
 * Writing scattered cells in a constant number of service calls, changing nothing else.
 *
 * Changed cells are grouped into at most MAX_BLOCKS bands of rows (split at the widest gaps) and,
 * within a band, into runs of adjacent columns; each block costs one setNumberFormats and one
 * setValues, plus one getNumberFormats and one getFormulas when it also covers cells that are not
 * changing. Those are written back as they are: a formula as its formula, a number, date or
 * boolean as itself, and text outside a "@" cell behind an apostrophe (Sheets drops the apostrophe
 * and keeps the text as text), so a clerk's formula or a text "=..." never changes.
 */
import type { CellWrite } from "../../../shared/table/types.ts";
import type { CellValue, Grid } from "../../../shared/workbook/cells.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { ensureSize } from "../sheets/write.ts";

export const TEXT_FORMAT = "@";
const MAX_BLOCKS = 4;
/** Rows between two changed rows worth a block of their own rather than being rewritten. */
const MIN_GAP = 8;

/** Sheets has at most 18,278 columns: row * 20,000 + column names one cell. */
export function cellKey(row: number, column: number): number {
  return row * 20_000 + column;
}

/** Runs of adjacent indexes (columns or rows): [2, 3, 4, 7] -> [[2, 4], [7, 7]]. */
export function indexRuns(indexes: Iterable<number>): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/** Bands of rows [first, last]: split at the widest gaps, at most MAX_BLOCKS of them. */
export function rowBands(rows: Iterable<number>): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const gaps = sorted
    .slice(1)
    .map((row, i) => ({ at: i + 1, size: row - (sorted[i] as number) }))
    .filter((gap) => gap.size > MIN_GAP)
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_BLOCKS - 1)
    .map((gap) => gap.at)
    .sort((a, b) => a - b);
  const bands: [number, number][] = [];
  let start = 0;
  for (const cut of [...gaps, sorted.length]) {
    bands.push([sorted[start] as number, sorted[cut - 1] as number]);
    start = cut;
  }
  return bands;
}

/**
 * Writes the cells into the sheet whose grid was read moments ago (under the same lock) and
 * applies them to that grid too, so a caller can go on planning from it.
 */
export function writeCells(sheet: GasSheet, grid: Grid, writes: readonly CellWrite[]): void {
  if (writes.length === 0) return;
  const byCell = new Map<number, CellWrite>();
  let lastRow = 0;
  let lastColumn = 0;
  for (const write of writes) {
    byCell.set(cellKey(write.gridIndex, write.column), write);
    lastRow = Math.max(lastRow, write.gridIndex);
    lastColumn = Math.max(lastColumn, write.column);
  }
  ensureSize(sheet, lastRow + 1, lastColumn + 1);
  for (const [first, last] of rowBands(writes.map((w) => w.gridIndex))) {
    const inBand = writes.filter((w) => w.gridIndex >= first && w.gridIndex <= last);
    for (const [start, end] of indexRuns(inBand.map((w) => w.column)))
      writeBlock(sheet, grid, byCell, first, last, start, end);
  }
  for (const write of byCell.values()) {
    const row = grid[write.gridIndex] ?? [];
    grid[write.gridIndex] = row;
    row[write.column] = write.value;
  }
}

function writeBlock(
  sheet: GasSheet,
  grid: Grid,
  byCell: ReadonlyMap<number, CellWrite>,
  first: number,
  last: number,
  start: number,
  end: number,
): void {
  const range = sheet.getRange(first + 1, start + 1, last - first + 1, end - start + 1);
  let keepsCells = false;
  let keepsFormats = false;
  for (let r = first; r <= last && !(keepsCells && keepsFormats); r++) {
    for (let c = start; c <= end; c++) {
      const write = byCell.get(cellKey(r, c));
      if (!write) keepsCells = true;
      else if (write.format === null) keepsFormats = true;
    }
  }
  const formatsBefore = keepsCells || keepsFormats ? range.getNumberFormats() : null;
  const formulas = keepsCells ? range.getFormulas() : null;
  const values: unknown[][] = [];
  const formats: string[][] = [];
  for (let r = first; r <= last; r++) {
    const rowValues: unknown[] = [];
    const rowFormats: string[] = [];
    for (let c = start; c <= end; c++) {
      const before = formatsBefore?.[r - first]?.[c - start] ?? TEXT_FORMAT;
      const write = byCell.get(cellKey(r, c));
      if (write) {
        rowValues.push(write.value);
        rowFormats.push(write.format ?? before);
        continue;
      }
      const formula = formulas?.[r - first]?.[c - start] ?? "";
      rowValues.push(formula !== "" ? formula : asWrittenBack(grid[r]?.[c], before));
      rowFormats.push(before);
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  range.setNumberFormats(formats);
  range.setValues(values);
}

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

/** A value read moments ago, so that writing it again leaves the cell as it was. */
function asWrittenBack(value: CellValue | undefined, format: string): unknown {
  if (value === undefined) return "";
  if (typeof value === "string" && value !== "" && format !== TEXT_FORMAT) return `'${value}`;
  return value;
}
