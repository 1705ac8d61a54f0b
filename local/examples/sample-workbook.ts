/**
 * The sample .xlsx is generated, never committed: the add-on's own set-up gives it the schema
 * (formats, dropdowns, checkboxes), then each tab's TSV rows are typed in as a clerk would type them,
 * so the emulation coerces dates, times and ticks exactly as Sheets would.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { foldKey } from "../../shared/text/fold.ts";
import { createServices, EmulatedWorkbook } from "../emulator/index.ts";
import { saveWorkbookToXlsx } from "../emulator/xlsx-store.ts";
import { createAddonRuntime } from "../runtime/addon-runtime.ts";
import { loadExample } from "./tsv.ts";

export const SAMPLE_DIR = join(import.meta.dirname, "..", "..", "examples", "thanh-khe-tay-2022");
export const SAMPLE_XLSX = join(import.meta.dirname, "..", "..", "examples", "thanh-khe-tay-2022.xlsx");

export async function buildExampleWorkbook(dir: string, distDir?: string): Promise<EmulatedWorkbook> {
  const example = await loadExample(dir);
  const workbook = EmulatedWorkbook.create({ name: example.name, sheetNames: [] });
  const runtime = createAddonRuntime({ workbook, uiAvailable: false, ...(distDir ? { distDir } : {}) });
  const setup = runtime.call("setupWorkbook");
  if (!setup.ok) throw new Error(`set-up failed: ${JSON.stringify(setup.messages)}`);

  const spreadsheet = createServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
  for (const [tabName, rows] of example.tabs) {
    const sheet = spreadsheet.getSheetByName(tabName);
    if (!sheet) throw new Error(`set-up made no tab ${tabName}`);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const position = new Map(header.map((h, i) => [foldKey(String(h)), i]));
    const [tsvHeader = [], ...records] = rows;
    const targets = tsvHeader.map((h) => {
      const index = position.get(foldKey(h));
      if (index === undefined) throw new Error(`${tabName}: column ${h} is not in the schema`);
      return index;
    });
    if (records.length === 0) continue;
    const grid = records.map((record) => {
      const row: unknown[] = header.map(() => "");
      record.forEach((value, i) => {
        row[targets[i] ?? 0] = value;
      });
      return row;
    });
    sheet.getRange(2, 1, grid.length, header.length).setValues(grid);
  }
  return workbook;
}

/** Writes the sample .xlsx when it is missing; returns whether it did. */
export async function ensureSampleWorkbook(path = SAMPLE_XLSX, dir = SAMPLE_DIR): Promise<boolean> {
  if (existsSync(path)) return false;
  await saveWorkbookToXlsx(await buildExampleWorkbook(dir), path);
  return true;
}
