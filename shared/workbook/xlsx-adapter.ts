/**
 * The one reader of exceljs workbooks: the extension, the residents import and the emulation's
 * .xlsx store all turn exceljs cells into values here, under one rule.
 *
 * - Text stays text, numbers stay numbers, booleans stay booleans; an empty cell is "".
 * - A date or time is the wall clock written in the workbook. exceljs gives it as a Date whose UTC
 *   fields hold that wall clock; the core gets a Date whose *local* fields hold it (what Apps
 *   Script's getValues() gives in the script's zone), and stores that keep Excel serial numbers,
 *   as Sheets does, get the serial of the same wall clock. A date exceljs cannot represent is "".
 * - A formula gives its cached result, never its source; without a result it is "".
 * - Rich text and hyperlinks give the text shown; an error gives its code ("#N/A"), as getValues().
 * - A merged range shows its value in its top-left cell only, as getValues() does.
 *
 * exceljs is a library, not a platform: it is never imported here. Callers hand in the loaded
 * workbook (or the module, for readXlsx), typed structurally, so the Apps Script bundle never holds
 * exceljs and the core stays free of platform globals.
 */
import type { CellValue, Grid } from "./cells.ts";
import { isDateValue } from "./cells.ts";
import type { WorkbookSnapshot } from "./snapshot.ts";

export interface XlsxCell {
  value: unknown;
  address: string;
  isMerged: boolean;
  master: { address: string };
}

export interface XlsxRow {
  eachCell(options: { includeEmpty: boolean }, callback: (cell: XlsxCell, column: number) => void): void;
}

export interface XlsxSheet {
  name: string;
  eachRow(options: { includeEmpty: boolean }, callback: (row: XlsxRow, rowNumber: number) => void): void;
}

export interface XlsxWorkbook {
  worksheets: readonly XlsxSheet[];
}

/** What readXlsx needs of exceljs: its browser build's global and the Node package both fit. */
export interface ExcelModule {
  Workbook: new () => XlsxWorkbook & { xlsx: { load(data: never): Promise<unknown> } };
}

/** How a reader wants dates: from the wall clock exceljs carries in a Date's UTC fields. */
export type DateReader<D> = (wallClockUtc: Date) => D;

/** The wall clock as a Date with the same local fields (the core's dates, as getValues() gives). */
export function excelDateToLocal(date: Date): Date {
  const local = new Date(0);
  // setFullYear, not the Date constructor: years 0-99 must not become 1900-1999.
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return local;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569;

/** The wall clock as an Excel serial day (25569 = 1970-01-01; the time is the fraction). */
export function excelDateToSerial(date: Date): number {
  return Math.round(date.getTime()) / MS_PER_DAY + EPOCH_SERIAL;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** One exceljs cell value under the rule above, dates as `date` makes them. */
export function readXlsxValue<D>(value: unknown, date: DateReader<D>): string | number | boolean | D {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDateValue(value)) return Number.isNaN(value.getTime()) ? "" : date(value);
  if (!isRecord(value)) return "";
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) ? String(run.text ?? "") : "")).join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? readXlsxValue(value.result, date) : "";
  }
  // The text of a link may itself be rich text.
  if ("hyperlink" in value) return "text" in value ? readXlsxValue(value.text, date) : "";
  if (typeof value.error === "string") return value.error;
  return "";
}

/** One exceljs cell value as the core's CellValue. */
export function toCellValue(value: unknown): CellValue {
  return readXlsxValue(value, excelDateToLocal);
}

/** A cell hidden by a merge: only the top-left cell of a merged range shows a value. */
export function isHiddenByMerge(cell: XlsxCell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/**
 * The used block of a sheet from A1, rectangular, "" where empty. Trailing rows that held only
 * formatting are not data; blank rows inside stay, so row numbers match the sheet.
 */
export function worksheetGrid<D = Date>(
  sheet: XlsxSheet,
  date: DateReader<D> = excelDateToLocal as DateReader<D>,
): (string | number | boolean | D)[][] {
  type Value = string | number | boolean | D;
  const rows: Value[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Value[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (isHiddenByMerge(cell)) return;
      const value = readXlsxValue(cell.value, date);
      if (value === "") return;
      cells[column - 1] = value;
      width = Math.max(width, column);
    });
    rows[rowNumber - 1] = cells;
  });
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
  const grid: Value[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] ?? [];
    const line = new Array<Value>(width);
    for (let c = 0; c < width; c++) line[c] = source[c] ?? "";
    grid.push(line);
  }
  return grid;
}

/** Every worksheet of the workbook, by its name as written in the file. */
export function workbookSnapshot(workbook: XlsxWorkbook): WorkbookSnapshot {
  const tabs = new Map<string, Grid>();
  for (const sheet of workbook.worksheets) tabs.set(sheet.name, worksheetGrid(sheet));
  return { tabs };
}

/** Loads .xlsx bytes with the exceljs handed in; throws what exceljs throws for a damaged file. */
export async function loadXlsx(bytes: ArrayBuffer, excel: ExcelModule): Promise<XlsxWorkbook> {
  const workbook = new excel.Workbook();
  // exceljs types its input as Node's Buffer; its browser build and Node's both take an ArrayBuffer.
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

/** .xlsx bytes to the core's snapshot. */
export async function readXlsx(bytes: ArrayBuffer, excel: ExcelModule): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadXlsx(bytes, excel));
}
