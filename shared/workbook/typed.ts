/**
 * Turning a raw cell into the value its column type promises, or a message naming the cell.
 */
import {
  type CivilDate,
  type CivilTime,
  fromLocalDate,
  fromSerialDay,
  parseDateText,
  parseTimeText,
  timeFromLocalDate,
} from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import type { ColumnSpec } from "../schema/types.ts";
import { foldKey } from "../text/fold.ts";
import { type CellValue, cellText, isBlank, isDateValue } from "./cells.ts";

export type TypedValue = string | number | boolean | CivilDate | CivilTime | null;

export interface CellPlace {
  tab: string;
  row: number;
  column: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Message };

const YES = new Set(["true", "co", "x", "1", "yes", "v", "da"]);
const NO = new Set(["false", "khong", "0", "no", ""]);

export function parseDateCell(value: CellValue, place: CellPlace): Parsed<CivilDate | null> {
  if (isBlank(value)) return { ok: true, value: null };
  let date: CivilDate | null = null;
  if (isDateValue(value)) date = fromLocalDate(value);
  else if (typeof value === "number") date = fromSerialDay(value);
  else if (typeof value === "string") date = parseDateText(value);
  return date
    ? { ok: true, value: date }
    : { ok: false, problem: msg("workbook.badDate", { ...place, value: cellText(value) }) };
}

export function parseTimeCell(value: CellValue, place: CellPlace): Parsed<CivilTime | null> {
  if (isBlank(value)) return { ok: true, value: null };
  let time: CivilTime | null = null;
  if (isDateValue(value)) time = timeFromLocalDate(value);
  else if (typeof value === "number" && value >= 0 && value < 1) {
    // A day fraction, as spreadsheets store times.
    const minutes = Math.round(value * 24 * 60);
    time = { hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 };
  } else if (typeof value === "string") time = parseTimeText(value);
  return time
    ? { ok: true, value: time }
    : { ok: false, problem: msg("workbook.badTime", { ...place, value: cellText(value) }) };
}

export function parseYesNoCell(value: CellValue, place: CellPlace): Parsed<boolean> {
  if (typeof value === "boolean") return { ok: true, value };
  const folded = foldKey(cellText(value));
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false, problem: msg("workbook.badYesNo", { ...place, value: cellText(value) }) };
}

export function parseNumberCell(value: CellValue, place: CellPlace): Parsed<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "number") return { ok: true, value };
  const n = Number(cellText(value).replace(",", "."));
  return Number.isFinite(n)
    ? { ok: true, value: n }
    : { ok: false, problem: msg("workbook.badNumber", { ...place, value: cellText(value) }) };
}

/** For a fixed choice list: the canonical spelling of what was typed, matched folded. */
export function parseFixedChoice(
  value: CellValue,
  choices: readonly string[],
  place: CellPlace,
): Parsed<string | null> {
  const text = cellText(value);
  if (text === "") return { ok: true, value: null };
  const found = choices.find((choice) => foldKey(choice) === foldKey(text));
  return found
    ? { ok: true, value: found }
    : {
        ok: false,
        problem: msg("workbook.badChoice", { ...place, value: text, choices: choices.join(", ") }),
      };
}

/** Converts by the column's declared type. Catalogue and category choices stay text here. */
export function parseCell(column: ColumnSpec, value: CellValue, place: CellPlace): Parsed<TypedValue> {
  switch (column.type) {
    case "date":
      return parseDateCell(value, place);
    case "time":
      return parseTimeCell(value, place);
    case "yesno":
      return parseYesNoCell(value, place);
    case "number":
      return parseNumberCell(value, place);
    case "choice":
      if (column.choices?.kind === "fixed") return parseFixedChoice(value, column.choices.values, place);
      return { ok: true, value: cellText(value) || null };
    case "text":
      return { ok: true, value: cellText(value) };
  }
}
