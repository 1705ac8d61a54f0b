import type { GasSheet } from "../../../addon/server/gas/spreadsheet-types.ts";
import { createServices, type EmulatedServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";

export interface Fixture {
  workbook: EmulatedWorkbook;
  services: EmulatedServices;
  sheet: GasSheet;
}

/** A fresh spreadsheet with one 1000 x 26 sheet "Sheet1", and services over it. */
export function fixture(): Fixture {
  const workbook = EmulatedWorkbook.create();
  const services = createServices({ workbook, now: () => new Date(2024, 2, 10) });
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  if (!sheet) throw new Error("no sheet");
  return { workbook, services, sheet };
}

/** The model sheet behind Sheet1, for emulator-only inspection. */
export function modelSheet(f: Fixture) {
  const sheet = f.workbook.sheetByName("Sheet1");
  if (!sheet) throw new Error("no Sheet1");
  return sheet;
}
