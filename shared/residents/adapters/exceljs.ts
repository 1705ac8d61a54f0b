/**
 * An .xlsx workbook, as exceljs loads it (in the sidebar and in the CLI), to the grids the pipeline
 * takes. Typed structurally so that this module needs no exceljs import, and kept out of the
 * pipeline: the core only ever sees grids. Dates become Excel serial days (exceljs gives them as
 * UTC midnights); rich text, hyperlinks and formulas give their text or result.
 */
import { headerScore } from "../columns.ts";
import type { ImportCell, ImportGrid } from "../types.ts";

export interface WorksheetLike {
  name: string;
  rowCount: number;
  getRow(index: number): { values: unknown };
}

export interface WorkbookLike {
  worksheets: readonly WorksheetLike[];
}

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function cellOf(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : time / MS_PER_DAY + EPOCH_SERIAL;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((part) => (typeof part?.text === "string" ? part.text : "")).join("");
    if ("result" in v) return cellOf(v.result);
    if (typeof v.text === "string") return v.text;
    if ("error" in v) return null;
  }
  return null;
}

export function worksheetGrid(sheet: WorksheetLike): ImportGrid {
  const grid: ImportGrid = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    const row: ImportCell[] = [];
    if (Array.isArray(values)) for (let c = 1; c < values.length; c++) row.push(cellOf(values[c]));
    grid.push(row);
  }
  return grid;
}

/** The named sheet, else the one whose first rows look most like a residents header. */
export function pickWorksheet(
  workbook: WorkbookLike,
  wanted?: string,
): { sheet: WorksheetLike; grid: ImportGrid } | null {
  if (wanted !== undefined) {
    const sheet = workbook.worksheets.find((s) => s.name === wanted);
    return sheet ? { sheet, grid: worksheetGrid(sheet) } : null;
  }
  let best: { sheet: WorksheetLike; grid: ImportGrid; score: number } | null = null;
  for (const sheet of workbook.worksheets) {
    const grid = worksheetGrid(sheet);
    let score = 0;
    for (const row of grid.slice(0, 30)) score = Math.max(score, headerScore(row).score);
    if (!best || score > best.score) best = { sheet, grid, score };
  }
  return best;
}
