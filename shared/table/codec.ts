/**
 * Typed values to what is written into a cell, and back to comparable form. Dates and times are
 * written as serial numbers under a date/time format: unambiguous whatever the spreadsheet's
 * locale or zone (a "05/01/2026" string is 5 January in vi_VN and 1 May in en_US). Text is written
 * under "@", so "0905..." keeps its zero and "=HYPERLINK(...)" stays text, never a formula.
 */
import { type CivilDate, type CivilTime, toSerialDay } from "../dates/civil.ts";
import { numberFormatFor } from "../schema/formats.ts";
import type { ColumnSpec } from "../schema/types.ts";
import type { TypedValue } from "../workbook/typed.ts";

export interface EncodedCell {
  value: string | number | boolean;
  format: string | null;
}

function isCivilDate(value: TypedValue): value is CivilDate {
  return typeof value === "object" && value !== null && "year" in value;
}

function isCivilTime(value: TypedValue): value is CivilTime {
  return typeof value === "object" && value !== null && "hour" in value;
}

export function encodeCell(column: ColumnSpec, value: TypedValue | undefined): EncodedCell {
  const format = numberFormatFor(column.type);
  if (value === null || value === undefined) return { value: column.type === "yesno" ? false : "", format };
  switch (column.type) {
    case "date":
      return { value: isCivilDate(value) ? toSerialDay(value) : "", format };
    case "time":
      return { value: isCivilTime(value) ? (value.hour * 60 + value.minute) / (24 * 60) : "", format };
    case "yesno":
      // A checkbox keeps its own format; only its value changes.
      return { value: value === true, format: null };
    case "number":
      return { value: typeof value === "number" && Number.isFinite(value) ? value : "", format };
    case "text":
    case "choice":
      return { value: typeof value === "string" ? value.normalize("NFC") : String(value), format };
  }
}

/** Whether two typed values are the same (dates and times by their fields). */
export function sameValue(a: TypedValue | undefined, b: TypedValue | undefined): boolean {
  const blankA = a === null || a === undefined || a === "";
  const blankB = b === null || b === undefined || b === "";
  if (blankA || blankB) return blankA === blankB;
  if (isCivilDate(a as TypedValue) && isCivilDate(b as TypedValue)) {
    const x = a as CivilDate;
    const y = b as CivilDate;
    return x.year === y.year && x.month === y.month && x.day === y.day;
  }
  if (isCivilTime(a as TypedValue) && isCivilTime(b as TypedValue)) {
    const x = a as CivilTime;
    const y = b as CivilTime;
    return x.hour === y.hour && x.minute === y.minute;
  }
  if (typeof a === "string" && typeof b === "string") return a.normalize("NFC") === b.normalize("NFC");
  return a === b;
}
