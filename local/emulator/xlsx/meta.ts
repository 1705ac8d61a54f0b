/**
 * What an .xlsx cannot say (or exceljs cannot write) is kept in a very hidden sheet named
 * "_doi_thoai_meta", one record per row: column A the kind, column B its JSON. It carries the
 * spreadsheet's id, name and time zone, each sheet's id and grid size, protected ranges (exceljs
 * has no protected ranges and no warning-only flag), the exact validation rules (exceljs drops
 * showDropDown; Excel caps lists at 255 characters), the document properties, and numbers under a
 * date format too large for a JavaScript Date (exceljs would read them back as an invalid Date).
 * When the sheet is present its rules and protections are authoritative; a file without it (from
 * Excel or a Sheets export) is read from the xlsx's own data validations.
 */
import type { CriteriaName } from "../model/validation.ts";
import { CRITERIA_NAMES } from "../model/validation.ts";

export const META_SHEET = "_doi_thoai_meta";
export const META_VERSION = 1;

export interface SpreadsheetRecord {
  id: string;
  name: string;
  timeZone: string;
  activeSheetIndex: number;
}

export interface SheetRecord {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  /**
   * Column widths in pixels, exactly. The file's own widths are read only without this: exceljs
   * gives a column that carries just a style its default width, which is no width anyone set.
   */
  columnWidths?: [number, number][];
}

export interface ProtectionRecord {
  sheet: string;
  a1: string;
  description: string;
  warningOnly: boolean;
}

export interface RuleRecord {
  criteria: CriteriaName;
  list: string[] | null;
  /** The source range as "'Sheet name'!A2:A100". */
  range: string | null;
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ValidationRecord {
  sheet: string;
  a1: string;
  rule: RuleRecord;
}

/** A number exceljs cannot read back because its date format makes it an impossible Date. */
export interface NumberRecord {
  sheet: string;
  a1: string;
  value: number;
}

/**
 * A vertical run of cells holding nothing but a number format (a register's empty "@" rows, set up
 * down to row 1000): kept here once instead of as thousands of styled empty cells, which made
 * every read of the file slow.
 */
export interface FormatRecord {
  sheet: string;
  a1: string;
  format: string;
}

export interface MetaModel {
  version: number;
  spreadsheet: SpreadsheetRecord | null;
  sheets: SheetRecord[];
  protections: ProtectionRecord[];
  validations: ValidationRecord[];
  documentProperties: [string, string][];
  numbers: NumberRecord[];
  formats: FormatRecord[];
}

export function emptyMeta(): MetaModel {
  return {
    version: META_VERSION,
    spreadsheet: null,
    sheets: [],
    protections: [],
    validations: [],
    documentProperties: [],
    numbers: [],
    formats: [],
  };
}

/** The rows of the meta sheet, in a fixed order (saving twice gives the same bytes). */
export function metaRows(meta: MetaModel): [string, string][] {
  const rows: [string, string][] = [["version", JSON.stringify(meta.version)]];
  if (meta.spreadsheet) rows.push(["spreadsheet", JSON.stringify(meta.spreadsheet)]);
  for (const s of meta.sheets) rows.push(["sheet", JSON.stringify(s)]);
  for (const p of meta.protections) rows.push(["protection", JSON.stringify(p)]);
  for (const v of meta.validations) rows.push(["validation", JSON.stringify(v)]);
  for (const [key, value] of meta.documentProperties)
    rows.push(["documentProperty", JSON.stringify({ key, value })]);
  for (const n of meta.numbers) rows.push(["number", JSON.stringify(n)]);
  for (const f of meta.formats) rows.push(["format", JSON.stringify(f)]);
  return rows;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(o: Json, key: string): string | null {
  const v = o[key];
  return typeof v === "string" ? v : null;
}

function num(o: Json, key: string): number | null {
  const v = o[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function parseRule(value: unknown): RuleRecord | null {
  if (!isObject(value)) return null;
  const criteria = CRITERIA_NAMES.find((c) => c === value.criteria);
  if (!criteria) return null;
  const list = Array.isArray(value.list) ? value.list.map((item) => String(item)) : null;
  return {
    criteria,
    list,
    range: str(value, "range"),
    showDropdown: value.showDropdown !== false,
    allowInvalid: value.allowInvalid !== false,
    helpText: str(value, "helpText"),
  };
}

/** Parses the meta rows read back; records that do not parse are skipped (untrusted file). */
export function parseMeta(rows: readonly [string, string][]): MetaModel {
  const meta = emptyMeta();
  for (const [kind, text] of rows) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    if (kind === "version" && typeof value === "number") meta.version = value;
    if (!isObject(value)) continue;
    if (kind === "spreadsheet") {
      const id = str(value, "id");
      const name = str(value, "name");
      const timeZone = str(value, "timeZone");
      if (id !== null && name !== null && timeZone !== null) {
        meta.spreadsheet = { id, name, timeZone, activeSheetIndex: num(value, "activeSheetIndex") ?? 0 };
      }
    } else if (kind === "sheet") {
      const name = str(value, "name");
      const sheetId = num(value, "sheetId");
      const maxRows = num(value, "maxRows");
      const maxColumns = num(value, "maxColumns");
      if (name !== null && sheetId !== null && maxRows !== null && maxColumns !== null) {
        const widths = Array.isArray(value.columnWidths)
          ? value.columnWidths.filter(
              (pair): pair is [number, number] =>
                Array.isArray(pair) && pair.length === 2 && pair.every((n) => typeof n === "number"),
            )
          : undefined;
        meta.sheets.push({ name, sheetId, maxRows, maxColumns, ...(widths ? { columnWidths: widths } : {}) });
      }
    } else if (kind === "protection") {
      const sheet = str(value, "sheet");
      const a1 = str(value, "a1");
      if (sheet !== null && a1 !== null) {
        meta.protections.push({
          sheet,
          a1,
          description: str(value, "description") ?? "",
          warningOnly: value.warningOnly === true,
        });
      }
    } else if (kind === "validation") {
      const sheet = str(value, "sheet");
      const a1 = str(value, "a1");
      const rule = parseRule(value.rule);
      if (sheet !== null && a1 !== null && rule) meta.validations.push({ sheet, a1, rule });
    } else if (kind === "documentProperty") {
      const key = str(value, "key");
      const v = str(value, "value");
      if (key !== null && v !== null) meta.documentProperties.push([key, v]);
    } else if (kind === "number") {
      const sheet = str(value, "sheet");
      const a1 = str(value, "a1");
      const n = num(value, "value");
      if (sheet !== null && a1 !== null && n !== null) meta.numbers.push({ sheet, a1, value: n });
    } else if (kind === "format") {
      const sheet = str(value, "sheet");
      const a1 = str(value, "a1");
      const format = str(value, "format");
      if (sheet !== null && a1 !== null && format !== null) meta.formats.push({ sheet, a1, format });
    }
  }
  return meta;
}
