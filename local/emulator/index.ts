/**
 * The local emulation of the Apps Script services the add-on uses (see README.md). This entry
 * has no Node dependency; the .xlsx backing is in ./xlsx-store.ts.
 */
export { CallCounter } from "./call-counter.ts";
export type { HtmlFileReader } from "./html.ts";
export { EmuHtmlOutput, EmuHtmlService } from "./html.ts";
export { EmuLock, EmuLockService } from "./lock.ts";
export type { Cell, RawValue } from "./model/cell.ts";
export { DocumentLockState } from "./model/lock-state.ts";
export type { ProtectionModel } from "./model/protection.ts";
export type { CellSnapshot } from "./model/read.ts";
export { DEFAULT_COLUMN_WIDTH, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, EmulatedSheet } from "./model/sheet.ts";
export type { CriteriaName, RangeRef, ValidationRule } from "./model/validation.ts";
export { CELL_LIMIT, EmulatedWorkbook, type SheetData, type WorkbookInit } from "./model/workbook.ts";
export { EmuProperties, EmuPropertiesService } from "./properties.ts";
export { describeWorkbook } from "./serialize.ts";
export {
  type AppsScriptGlobals,
  createServices,
  type EmulatedServices,
  type ServicesOptions,
} from "./services.ts";
export type { RecordedMenu, RecordedMenuItem, ServiceLog } from "./spreadsheet/context.ts";
export { EmuDataValidation, EmuDataValidationBuilder } from "./spreadsheet/data-validation.ts";
export { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from "./spreadsheet/number-format.ts";
export { EmuProtection } from "./spreadsheet/protection.ts";
export { EmuRange } from "./spreadsheet/range.ts";
export { EmuSheet } from "./spreadsheet/sheet.ts";
export { EmuSpreadsheet } from "./spreadsheet/spreadsheet.ts";
export { EmuSpreadsheetApp } from "./spreadsheet/spreadsheet-app.ts";
export { EmuMenu, EmuUi } from "./ui.ts";
