/**
 * The slice of the Apps Script services the add-on uses. Server code is written against these
 * interfaces only; the real services satisfy them (checked at the bottom of this file) and so does
 * the local emulation in local/emulator. A method the real services lack cannot be called.
 */
type S = typeof GoogleAppsScript.Spreadsheet;
type Real = GoogleAppsScript.Spreadsheet.Range;

export type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
export type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export interface GasRange
  extends Pick<
    Real,
    | "getValues"
    | "getFormulas"
    | "getDisplayValues"
    | "getNumberFormats"
    | "getNumRows"
    | "getNumColumns"
    | "getRow"
    | "getColumn"
    | "getA1Notation"
    | "getLastRow"
    | "getLastColumn"
  > {
  setValues(values: unknown[][]): GasRange;
  setValue(value: unknown): GasRange;
  setNumberFormat(numberFormat: string): GasRange;
  setNumberFormats(numberFormats: string[][]): GasRange;
  setDataValidation(rule: GasDataValidation | null): GasRange;
  getDataValidation(): GasDataValidation | null;
  setFontWeight(fontWeight: string | null): GasRange;
  setBackground(color: string | null): GasRange;
  setNote(note: string | null): GasRange;
  setWrap(isWrapEnabled: boolean): GasRange;
  clearContent(): GasRange;
  protect(): GasProtection;
  getSheet(): GasSheet;
}

export interface GasDataValidation {
  getCriteriaType(): DataValidationCriteria;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string | null;
}

export interface GasDataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): GasDataValidationBuilder;
  requireValueInRange(range: GasRange, showDropdown: boolean): GasDataValidationBuilder;
  requireCheckbox(): GasDataValidationBuilder;
  requireDate(): GasDataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): GasDataValidationBuilder;
  setHelpText(helpText: string): GasDataValidationBuilder;
  build(): GasDataValidation;
}

export interface GasProtection {
  setWarningOnly(warningOnly: boolean): GasProtection;
  isWarningOnly(): boolean;
  setDescription(description: string): GasProtection;
  getDescription(): string;
  getRange(): GasRange;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): GasRange;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getFrozenRows(): number;
  hideSheet(): GasSheet;
  isSheetHidden(): boolean;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): GasSheet;
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet;
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet;
  deleteRows(rowPosition: number, howMany: number): void;
  getProtections(type: ProtectionType): GasProtection[];
}

export interface GasSpreadsheet {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSpreadsheetTimeZone(): string;
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  insertSheet(sheetName: string): GasSheet;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

export interface GasUi {
  createAddonMenu(): GasMenu;
  createMenu(caption: string): GasMenu;
  showSidebar(userInterface: GasHtmlOutput): void;
  alert(prompt: string): GoogleAppsScript.Base.Button;
}

export interface GasSpreadsheetApp {
  ProtectionType: Pick<S["ProtectionType"], "RANGE" | "SHEET">;
  getActiveSpreadsheet(): GasSpreadsheet;
  getUi(): GasUi;
  newDataValidation(): GasDataValidationBuilder;
  flush(): void;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
  getTitle(): string;
  getContent(): string;
}

export interface GasHtmlService {
  createHtmlOutput(html: string): GasHtmlOutput;
  /** Reads a file pushed with the script (dist/addon/<filename>.html). */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput;
}

export interface GasLock {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface GasLockService {
  getDocumentLock(): GasLock | null;
}

export interface GasProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): GasProperties;
  deleteProperty(key: string): GasProperties;
  getProperties(): Record<string, string>;
}

export interface GasPropertiesService {
  getDocumentProperties(): GasProperties | null;
  getUserProperties(): GasProperties;
}

// Compile-time proof that the real services fit these slices: if a slice names a method the real
// service lacks, or with another signature, these lines stop compiling.
type Fits<Real, Slice> = Real extends Slice ? true : never;
export const realServicesFit: [
  Fits<GoogleAppsScript.Spreadsheet.Range, GasRange>,
  Fits<GoogleAppsScript.Spreadsheet.Sheet, GasSheet>,
  Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, GasSpreadsheet>,
  Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder, GasDataValidationBuilder>,
  Fits<GoogleAppsScript.Spreadsheet.Protection, GasProtection>,
  Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, GasSpreadsheetApp>,
  Fits<GoogleAppsScript.HTML.HtmlOutput, GasHtmlOutput>,
  Fits<GoogleAppsScript.HTML.HtmlService, GasHtmlService>,
  Fits<GoogleAppsScript.Lock.LockService, GasLockService>,
  Fits<GoogleAppsScript.Properties.PropertiesService, GasPropertiesService>,
  Fits<GoogleAppsScript.Base.Ui, GasUi>,
] = [true, true, true, true, true, true, true, true, true, true, true];
