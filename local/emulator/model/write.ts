/**
 * Writing user values into cells as Range.setValues does: exact-size checks, the coercion of
 * strings typed into non-text cells, and rejection by validation rules that disallow invalid data.
 * A write is all or nothing: every cell is checked before any is changed.
 */
import { isDateValue } from "../../../shared/workbook/cells.ts";
import { a1Notation } from "../spreadsheet/a1.ts";
import { parseTypedText } from "../spreadsheet/coercion.ts";
import { serialFromDate, wallClockFromSerial } from "../spreadsheet/dates.ts";
import { gasError } from "../spreadsheet/errors.ts";
import { evaluateFormula } from "../spreadsheet/formula.ts";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  displayValue,
  formatDateTime,
  isDateTimeFormat,
  PLAIN_TEXT_FORMAT,
  TIME_FORMAT,
} from "../spreadsheet/number-format.ts";
import type { Cell, RawValue } from "./cell.ts";
import { displayCell } from "./read.ts";
import type { EmulatedSheet } from "./sheet.ts";
import type { ValidationRule } from "./validation.ts";

export interface Content {
  value: RawValue | null;
  formula: string | null;
  format: string | null;
}

/** Throws as Apps Script does when a 2-D array does not have exactly the range's size. */
export function assertGridSize(
  data: unknown,
  numRows: number,
  numColumns: number,
  method: string,
): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw gasError(
      `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== numRows) {
    throw gasError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== numColumns) {
      throw gasError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return rows;
}

function dateFormatFor(serial: number): string {
  const w = wallClockFromSerial(serial);
  if (w.year === 1899 && w.month === 12 && w.day === 30) return TIME_FORMAT;
  return w.hour || w.minute || w.second || w.millisecond ? DATE_TIME_FORMAT : DATE_FORMAT;
}

/** What a cell with `format` holds after a user value is written into it. */
export function contentFor(input: unknown, format: string | null, now: () => Date): Content {
  const plainText = format === PLAIN_TEXT_FORMAT;
  if (input === null || input === undefined) return { value: null, formula: null, format };
  if (typeof input === "boolean") return { value: input, formula: null, format };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { value: input, formula: null, format }
      : { value: "#NUM!", formula: null, format };
  }
  if (isDateValue(input)) {
    const serial = serialFromDate(input);
    if (Number.isNaN(serial)) return { value: "Invalid Date", formula: null, format };
    // A plain-text cell keeps text: the date arrives as the text it would show.
    if (plainText) return { value: formatDateTime(serial, dateFormatFor(serial)), formula: null, format };
    return {
      value: serial,
      formula: null,
      format: isDateTimeFormat(format) ? format : dateFormatFor(serial),
    };
  }
  const text = typeof input === "string" ? input : String(input);
  if (plainText) return { value: text === "" ? null : text, formula: null, format };
  const parsed = parseTypedText(text, now);
  switch (parsed.kind) {
    case "empty":
      return { value: null, formula: null, format };
    case "text":
      return { value: parsed.text, formula: null, format };
    case "boolean":
      return { value: parsed.value, formula: null, format };
    case "formula":
      return { value: evaluateFormula(parsed.formula), formula: parsed.formula, format };
    case "number": {
      const auto = parsed.format;
      const keep =
        auto === null || (format !== null && (isDateTimeFormat(format) || !isDateTimeFormat(auto)));
      return { value: parsed.value, formula: null, format: keep ? format : auto };
    }
  }
}

/** Whether a rule accepts a value (empty always passes: clearing is allowed). */
export function satisfies(rule: ValidationRule, content: Content, sheet: EmulatedSheet): boolean {
  const { value, format } = content;
  if (value === null) return true;
  switch (rule.criteria) {
    case "CHECKBOX":
      return typeof value === "boolean";
    case "DATE_IS_VALID_DATE":
      return typeof value === "number" && isDateTimeFormat(format);
    case "VALUE_IN_LIST":
      return (rule.list ?? []).includes(displayValue(value, format));
    case "VALUE_IN_RANGE": {
      const ref = rule.range;
      const source = ref ? sheet.workbook.sheetById(ref.sheetId) : undefined;
      if (!ref || !source) return false;
      const shown = displayValue(value, format);
      for (let r = ref.row; r < ref.row + ref.numRows; r++) {
        for (let c = ref.column; c < ref.column + ref.numColumns; c++) {
          if (displayCell(source.getCell(r, c)) === shown) return true;
        }
      }
      return false;
    }
  }
}

/** Writes a block of user values at (row, column); the caller checked the block's size. */
export function writeUserValues(
  sheet: EmulatedSheet,
  row: number,
  column: number,
  values: readonly (readonly unknown[])[],
  now: () => Date,
): void {
  const planned: Content[][] = values.map((line, i) =>
    line.map((input, j) => {
      const cell = sheet.getCell(row + i, column + j);
      const content = contentFor(input, cell?.format ?? null, now);
      const rule = cell?.validation;
      if (rule && !rule.allowInvalid && !satisfies(rule, content, sheet)) {
        throw gasError(
          `The data you entered in cell ${a1Notation(row + i, column + j)} violates the data validation rules set on this cell.`,
        );
      }
      return content;
    }),
  );
  planned.forEach((line, i) => {
    line.forEach((content, j) => {
      const existing = sheet.getCell(row + i, column + j);
      if (!existing && content.value === null && content.formula === null && content.format === null) return;
      const cell: Cell = existing ?? sheet.cellFor(row + i, column + j);
      cell.value = content.value;
      cell.formula = content.formula;
      cell.format = content.format;
    });
  });
}
