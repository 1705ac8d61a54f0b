/**
 * exceljs -> the core's cells. The core reads what Apps Script's getValues() gives (string, number,
 * boolean, local-midnight Date, "" for empty); this adapter makes an .xlsx read look the same, so
 * the extension (and later its document filling) runs the very code the add-on runs.
 */
import type { Cell, CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import type { CellValue, Grid } from "../../shared/workbook/cells.ts";
import { isDateValue } from "../../shared/workbook/cells.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";

/** What the adapter needs of exceljs: the browser build's global and the Node package both fit. */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

/**
 * exceljs gives a date cell as the wall-clock value stored as if it were UTC (a day is UTC
 * midnight). The core reads dates with local getters, as Apps Script gives them: rebuild the same
 * wall clock in the local zone, or a zone west of UTC would see the previous day.
 */
export function excelDateToLocal(date: Date): Date {
  if (Number.isNaN(date.getTime())) return date;
  const local = new Date(0);
  // setFullYear, not the Date constructor: years 0-99 must not become 1900-1999.
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return local;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** One exceljs cell value as the core's CellValue: rich text and hyperlinks as their text, formulas as their result. */
export function toCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDateValue(value)) return excelDateToLocal(value);
  if (!isRecord(value)) return "";
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) ? String(run.text ?? "") : "")).join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    // An uncalculated formula has no result: show nothing rather than its source.
    return "result" in value ? toCellValue(value.result as ExcelValue) : "";
  }
  if ("hyperlink" in value) {
    // The text of a link may itself be rich text.
    return "text" in value ? toCellValue(value.text as ExcelValue) : "";
  }
  if (typeof value.error === "string") return value.error;
  return "";
}

/** A merged range shows its value in its top-left cell only, as getValues() does. */
function isHiddenByMerge(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The used block of a sheet from A1, rectangular, "" where empty (exceljs rows are 1-based). */
export function worksheetGrid(sheet: Worksheet): Grid {
  const rows: CellValue[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (isHiddenByMerge(cell)) return;
      const value = toCellValue(cell.value);
      if (value === "") return;
      cells[columnNumber - 1] = value;
      width = Math.max(width, columnNumber);
    });
    rows[rowNumber - 1] = cells;
  });
  // Trailing rows that held only formatting are not part of the data.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
  const grid: Grid = [];
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] ?? [];
    const line: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) line[c] = source[c] ?? "";
    grid.push(line);
  }
  return grid;
}

/** Every worksheet of the workbook, by its name as written in the file. */
export function workbookSnapshot(workbook: Workbook): WorkbookSnapshot {
  const tabs = new Map<string, Grid>();
  for (const sheet of workbook.worksheets) tabs.set(sheet.name, worksheetGrid(sheet));
  return { tabs };
}

/** Reads .xlsx bytes; throws what exceljs throws for a damaged file. */
export async function readXlsx(bytes: ArrayBuffer, excel: ExcelModule): Promise<WorkbookSnapshot> {
  const workbook = new excel.Workbook();
  // exceljs types its input as Node's Buffer; its browser build takes an ArrayBuffer.
  await workbook.xlsx.load(bytes as Parameters<Workbook["xlsx"]["load"]>[0]);
  return workbookSnapshot(workbook);
}
