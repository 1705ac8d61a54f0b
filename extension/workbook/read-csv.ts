/**
 * A .csv file is one sheet. Its name comes from the file name: Google Sheets downloads a sheet as
 * "<workbook> - <sheet>.csv", and staff can simply call the file "Hội nghị.csv".
 */
import Papa from "papaparse";
import type { Grid } from "../../shared/workbook/cells.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";

export function csvTabName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "");
  const dash = base.lastIndexOf(" - ");
  return (dash >= 0 ? base.slice(dash + 3) : base).normalize("NFC").trim();
}

/**
 * Every cell stays text, as typed: the core parses dates and numbers by column type. Blank lines
 * inside are kept so that row numbers in messages match the sheet.
 */
export function parseCsv(text: string): Grid {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, "")).data;
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell.trim() === "")) rows.pop();
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

export function readCsv(fileName: string, text: string): WorkbookSnapshot {
  return { tabs: new Map([[csvTabName(fileName), parseCsv(text)]]) };
}
