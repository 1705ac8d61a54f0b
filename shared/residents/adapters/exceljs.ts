/**
 * An .xlsx workbook, as exceljs loads it (in the sidebar and in the CLI), to the grid the pipeline
 * takes, through the one exceljs adapter (shared/workbook/xlsx-adapter.ts, one rule for every
 * reader). Dates arrive as Excel serial days of the workbook's wall clock, which the birth-date
 * parser reads as it reads a serial typed as a number.
 */
import {
  excelDateToSerial,
  worksheetGrid,
  type XlsxSheet,
  type XlsxWorkbook,
} from "../../workbook/xlsx-adapter.ts";
import { headerScore } from "../columns.ts";
import type { ImportGrid } from "../types.ts";

export function importGrid(sheet: XlsxSheet): ImportGrid {
  return worksheetGrid(sheet, excelDateToSerial);
}

/** The named sheet, else the one whose first rows look most like a residents header. */
export function pickWorksheet(
  workbook: XlsxWorkbook,
  wanted?: string,
): { sheet: XlsxSheet; grid: ImportGrid } | null {
  if (wanted !== undefined) {
    const sheet = workbook.worksheets.find((s) => s.name === wanted);
    return sheet ? { sheet, grid: importGrid(sheet) } : null;
  }
  let best: { sheet: XlsxSheet; grid: ImportGrid; score: number } | null = null;
  for (const sheet of workbook.worksheets) {
    const grid = importGrid(sheet);
    let score = 0;
    for (const row of grid.slice(0, 30)) score = Math.max(score, headerScore(row).score);
    if (!best || score > best.score) best = { sheet, grid, score };
  }
  return best;
}
