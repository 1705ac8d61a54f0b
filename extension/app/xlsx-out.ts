/**
 * Print-ready spreadsheets with exceljs (its browser build, a global in the page): the roster and
 * the sign-in sheet. A4, fitted to the page width, the header row repeated on every printed page,
 * column widths set, text wrapped.
 */

import type { DocumentModel, TableBlock } from "../../shared/documents/model.ts";
import type { DocumentSources } from "../../shared/documents/sources.ts";
import { ROSTER_SHEET, TYPE } from "../../shared/documents/template.ts";
import { countAttendance } from "../../shared/roster/attendance.ts";

interface OutCell {
  value: unknown;
  font: unknown;
  alignment: unknown;
  border: unknown;
}
interface OutRow {
  getCell(column: number): OutCell;
  height: number;
  font: unknown;
}
interface OutSheet {
  columns: { width: number }[];
  addRow(values: unknown[]): OutRow;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  pageSetup: Record<string, unknown>;
  rowCount: number;
}
export interface ExcelWriter {
  Workbook: new () => {
    addWorksheet(name: string): OutSheet;
    xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  };
}

const FONT = { name: "Times New Roman", size: 12 };
const THIN = { style: "thin" };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Characters across an A4 portrait page at 12 pt, less the margins. */
const PAGE_CHARS = 95;

interface Sheet {
  title: string[];
  headers: string[];
  /** Fractions of the page width. */
  widths: number[];
  rows: string[][];
}

async function write(excel: ExcelWriter, name: string, sheet: Sheet): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  const ws = workbook.addWorksheet(name);
  ws.columns = sheet.widths.map((w) => ({ width: Math.max(4, Math.round(w * PAGE_CHARS)) }));
  const n = sheet.headers.length;
  for (const line of sheet.title) {
    const row = ws.addRow([line]);
    row.font = { ...FONT, bold: true };
    row.getCell(1).alignment = { horizontal: "center", wrapText: true };
    ws.mergeCells(ws.rowCount, 1, ws.rowCount, n);
  }
  ws.addRow([]);
  const header = ws.addRow(sheet.headers);
  const headerRow = ws.rowCount;
  for (let c = 1; c <= n; c++) {
    const cell = header.getCell(c);
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  }
  for (const values of sheet.rows) {
    const row = ws.addRow(values);
    row.height = 30;
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.font = FONT;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: c === 1 ? "center" : "left" };
      cell.border = BORDER;
    }
  }
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The roster: every row of `Đại biểu`, with category, area and whether present. */
export function rosterXlsx(excel: ExcelWriter, s: DocumentSources): Promise<Uint8Array> {
  const attendance = countAttendance(s.categories, s.invitees, s.areas);
  const rows = s.invitees.map((p, i) => [
    String(i + 1),
    [p.salutation, p.fullName].filter(Boolean).join(" "),
    [p.title, p.unit].filter(Boolean).join(", "),
    p.category,
    [p.tdp, p.kdc].filter(Boolean).join(", "),
    p.present ? "x" : "",
  ]);
  return write(excel, ROSTER_SHEET.sheetName, {
    title: [
      TYPE.signin.title,
      s.conference.title,
      ROSTER_SHEET.counts(attendance.present, attendance.invited),
    ],
    headers: [...ROSTER_SHEET.columns],
    widths: [0.06, 0.24, 0.3, 0.18, 0.14, 0.08],
    rows,
  });
}

/** The built-in sign-in sheet (documents/signin.ts) as a spreadsheet: its tables, one after another. */
export function signinXlsx(excel: ExcelWriter, doc: DocumentModel): Promise<Uint8Array> {
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === "table");
  const first = tables[0];
  const title = doc.blocks.flatMap((b) => (b.kind === "title" ? [b.type, ...b.summary] : []));
  const rows = tables.flatMap((t) => t.rows.map((r) => r.cells));
  return write(excel, ROSTER_SHEET.signinSheetName, {
    title,
    headers: first?.columns.map((c) => c.header) ?? [],
    widths: first?.columns.map((c) => c.width) ?? [],
    rows,
  });
}
