/**
 * A workbook file as the core reads it, through the emulated getValues (so dates, ticks and text
 * arrive exactly as the add-on would see them in Sheets).
 */
import { readWholeSheet } from "../../addon/server/sheets/read.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";
import { createServices, type EmulatedWorkbook } from "../emulator/index.ts";
import { openWorkbookFile } from "./files.ts";

export function snapshotOf(workbook: EmulatedWorkbook): WorkbookSnapshot {
  const spreadsheet = createServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
  return { tabs: new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), readWholeSheet(sheet)])) };
}

export async function readWorkbookSnapshot(path: string): Promise<WorkbookSnapshot> {
  return snapshotOf(await openWorkbookFile(path));
}
