/**
 * A workbook as the core reads it. An open emulated workbook (the preview's) is read through the
 * emulated getValues, as the add-on reads Sheets; a file is read through the one exceljs adapter,
 * as the extension reads it — the same cells (test/shared/workbook/xlsx-adapter.test.ts), without
 * building the emulation's model first (most of `doi-thoai render`'s time).
 */
import { readFile } from "node:fs/promises";
import { readWholeSheet } from "../../addon/server/sheets/read.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";
import { readXlsx } from "../../shared/workbook/xlsx-adapter.ts";
import { CliError } from "../cli/io.ts";
import { createServices, type EmulatedWorkbook } from "../emulator/index.ts";
import { exceljsForReading } from "../emulator/xlsx/exceljs-node.ts";
import { withoutSheetRules } from "../emulator/xlsx/skip-validations.ts";
import { checkInputFile } from "./files.ts";

export function snapshotOf(workbook: EmulatedWorkbook): WorkbookSnapshot {
  const spreadsheet = createServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
  return { tabs: new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), readWholeSheet(sheet)])) };
}

export async function readWorkbookSnapshot(path: string): Promise<WorkbookSnapshot> {
  checkInputFile(path);
  try {
    const bytes = await withoutSheetRules(new Uint8Array(await readFile(path)));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return await readXlsx(buffer, exceljsForReading());
  } catch (error) {
    if (error instanceof CliError) throw error;
    // exceljs's own words (zip internals, in English) would not help a clerk.
    throw new CliError("cli.notXlsx", { file: path });
  }
}
