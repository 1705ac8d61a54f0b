/**
 * The fallback for hundreds of scattered changes: at most MAX_BANDS bands of rows (split at the
 * widest gaps) and, within a band, runs of adjacent columns; each block costs one
 * getNumberFormats, one getFormulas, one setNumberFormats and one setValues. The cells between
 * the changes are written back as they were read moments ago: a formula as its formula, a number,
 * date or boolean as itself, text outside a "@" cell behind an apostrophe (Sheets drops it and
 * keeps the text as text). What this cannot keep: a value typed in the sheet during the call,
 * rich-text links, cells filled by an array formula (docs/architecture.md).
 */
import type { CellWrite } from "../../../shared/table/types.ts";
import type { CellValue, Grid } from "../../../shared/workbook/cells.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { cellKey, indexRuns, TEXT_FORMAT } from "./blocks.ts";

const MAX_BANDS = 4;
/** Rows between two changed rows worth a band of their own rather than being rewritten. */
const MIN_GAP = 8;

/** Bands of rows [first, last]: split at the widest gaps, at most MAX_BANDS of them. */
export function rowBands(rows: Iterable<number>): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const gaps = sorted
    .slice(1)
    .map((row, i) => ({ at: i + 1, size: row - (sorted[i] as number) }))
    .filter((gap) => gap.size > MIN_GAP)
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_BANDS - 1)
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

export function writeBands(
  sheet: GasSheet,
  grid: Grid,
  writes: readonly CellWrite[],
  byCell: ReadonlyMap<number, CellWrite>,
): void {
  for (const [first, last] of rowBands(writes.map((w) => w.gridIndex))) {
    const inBand = writes.filter((w) => w.gridIndex >= first && w.gridIndex <= last);
    for (const [start, end] of indexRuns(inBand.map((w) => w.column)))
      writeBlock(sheet, grid, byCell, first, last, start, end);
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

/** A value read moments ago, so that writing it again leaves the cell as it was. */
function asWrittenBack(value: CellValue | undefined, format: string): unknown {
  if (value === undefined) return "";
  if (typeof value === "string" && value !== "" && format !== TEXT_FORMAT) return `'${value}`;
  return value;
}
