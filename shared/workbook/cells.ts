/** What a sheet cell holds once read: Apps Script's getValues() and exceljs both give these. */
export type CellValue = string | number | boolean | Date;

/** A block of cells, rows then columns, as getValues() returns it. */
export type Grid = CellValue[][];

/**
 * Realm-safe Date test: the local preview runs the add-on bundle in a separate VM context, where a
 * Date made by the emulator is not an instance of that context's Date.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cell as clean text: NFC, trimmed; numbers without a trailing ".0"; blank for empty. */
export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isDateValue(value) ? value.toISOString() : String(value);
}

/**
 * Characters that make a spreadsheet treat text as a formula (or, after import into other tools,
 * as a command): = + - @ and a leading tab or CR. Such text must be written into plain-text cells.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
