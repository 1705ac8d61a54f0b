/** Reading cells the way getValues / getDisplayValues / getNumberFormats answer. */
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { dateFromSerial } from "../spreadsheet/dates.ts";
import { AUTOMATIC_FORMAT, displayValue, isDateTimeFormat } from "../spreadsheet/number-format.ts";
import type { Cell } from "./cell.ts";
import type { ValidationRule } from "./validation.ts";

/** A number under a date/time format reads as a Date; an empty checkbox reads as false. */
export function readCell(cell: Cell | undefined, DateCtor: DateConstructor): CellValue {
  if (!cell) return "";
  const value = cell.value;
  if (value === null) return cell.validation?.criteria === "CHECKBOX" ? false : "";
  if (typeof value === "number" && isDateTimeFormat(cell.format)) return dateFromSerial(value, DateCtor);
  return value;
}

export function displayCell(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.value === null) return cell.validation?.criteria === "CHECKBOX" ? "FALSE" : "";
  return displayValue(cell.value, cell.format);
}

export function formatOf(cell: Cell | undefined): string {
  return cell?.format ?? AUTOMATIC_FORMAT;
}

/** Everything the emulator keeps for one cell, for tests to inspect (no service call counted). */
export interface CellSnapshot {
  /** As getValues would answer (Dates in this realm). */
  value: CellValue;
  /** As stored: dates are serial numbers, null is empty. */
  raw: string | number | boolean | null;
  formula: string | null;
  /** As getNumberFormats would answer ("0.###############" when never set). */
  numberFormat: string;
  display: string;
  validation: ValidationRule | null;
  bold: boolean;
  background: string | null;
  note: string | null;
  wrap: boolean;
}

export function snapshotCell(cell: Cell | undefined): CellSnapshot {
  return {
    value: readCell(cell, Date),
    raw: cell?.value ?? null,
    formula: cell?.formula ?? null,
    numberFormat: formatOf(cell),
    display: displayCell(cell),
    validation: cell?.validation ?? null,
    bold: cell?.bold ?? false,
    background: cell?.background ?? null,
    note: cell?.note ?? null,
    wrap: cell?.wrap ?? false,
  };
}
