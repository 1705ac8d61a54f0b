/**
 * A .csv file is one sheet, read by the core's one CSV reader (shared/residents/csv/read.ts: the
 * encodings, separators and quoting the residents import knows). Its name comes from the file
 * name: Google Sheets downloads a sheet as "<workbook> - <sheet>.csv", and staff can simply call
 * the file "Hội nghị.csv".
 */
import { readDelimited } from "../../shared/residents/csv/read.ts";
import type { PlatformDecoder } from "../../shared/residents/decode/platform.ts";
import type { Grid } from "../../shared/workbook/cells.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";

export function csvTabName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "");
  const dash = base.lastIndexOf(" - ");
  return (dash >= 0 ? base.slice(dash + 3) : base).normalize("NFC").trim();
}

/**
 * Every cell stays text, as typed: the core parses dates and numbers by column type. Blank lines
 * inside are kept so that row numbers in messages match the sheet; trailing ones are dropped and
 * the grid is made rectangular, as getValues() gives it.
 */
export function parseCsv(bytes: Uint8Array, decoder: PlatformDecoder): Grid {
  const rows = readDelimited(bytes, { decoder }).grid;
  const text = (cell: unknown) => (typeof cell === "string" ? cell : "");
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => text(cell).trim() === ""))
    rows.pop();
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, c) => text(row[c])));
}

export function readCsv(fileName: string, bytes: Uint8Array, decoder: PlatformDecoder): WorkbookSnapshot {
  return { tabs: new Map([[csvTabName(fileName), parseCsv(bytes, decoder)]]) };
}
