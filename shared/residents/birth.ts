/**
 * Birth dates as the register keeps them: "dd/mm/yyyy", or "yyyy" when only the year is known.
 * Accepted: dd/mm/yyyy and d/m/yyyy (also with "-" or "."), yyyy-mm-dd, a bare year, an Excel
 * serial day (a number, or its digits as text), "00/00/1950" (year only). A file whose dates are
 * month-first (exported on a US-English Windows) is recognised as a whole, never row by row.
 */
import { type CivilDate, daysInMonth, fromSerialDay, makeCivilDate, pad2 } from "../dates/civil.ts";
import { msg } from "../i18n/index.ts";
import { cleanCell } from "./clean.ts";
import type { ImportCell } from "./types.ts";
import type { Verdict } from "./values.ts";

export type DateOrder = "dmy" | "mdy";

const MIN_YEAR = 1900;
const MAX_SERIAL = 2_958_465; // 31/12/9999
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YEAR = /^\d{4}$/;
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;

export function formatBirthDate(date: CivilDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

export function normaliseBirthDate(
  cell: ImportCell | undefined,
  today: CivilDate,
  order: DateOrder,
  verdict: Verdict,
): string {
  if (typeof cell === "number") return fromNumber(cell, today, String(cell), verdict);
  if (typeof cell === "string") {
    const quick = quickDate(cell, today, order);
    if (quick !== null) return quick;
  }
  const text = cleanCell(cell);
  if (text === "") return "";
  if (YEAR.test(text)) return yearOnly(Number(text), today, text, verdict);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const a = Number(dayFirst[1]);
    const b = Number(dayFirst[2]);
    return order === "dmy"
      ? fullDate(Number(dayFirst[3]), b, a, today, text, verdict)
      : fullDate(Number(dayFirst[3]), a, b, today, text, verdict);
  }
  const iso = ISO.exec(text);
  if (iso) return fullDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), today, text, verdict);
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return partial(Number(monthYear[2]), today, text, verdict);
  if (SERIAL_TEXT.test(text)) return fromNumber(Number(text), today, text, verdict);
  verdict.error = msg("import.badDate", { value: text });
  return text;
}

/**
 * The common "d/m/yyyy" read from character codes: the canonical text, or null to take the slow
 * path (anything else, or anything wrong, which the slow path reports).
 */
function quickDate(text: string, today: CivilDate, order: DateOrder): string | null {
  const n = text.length;
  if (n < 8 || n > 10) return null;
  let i = 0;
  let a = 0;
  let digits = 0;
  for (; i < n && digits < 3; i++, digits++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    a = a * 10 + c - 48;
  }
  const sep = text.charCodeAt(i);
  if (digits === 0 || digits > 2 || (sep !== 47 && sep !== 45 && sep !== 46)) return null;
  let b = 0;
  digits = 0;
  for (i++; i < n && digits < 3; i++, digits++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    b = b * 10 + c - 48;
  }
  if (digits === 0 || digits > 2 || text.charCodeAt(i) !== sep || n - i - 1 !== 4) return null;
  let year = 0;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    year = year * 10 + c - 48;
  }
  const day = order === "dmy" ? a : b;
  const month = order === "dmy" ? b : a;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (dayNumber(year, month, day) > dayNumber(today.year, today.month, today.day)) return null;
  if (n === 10 && sep === 47 && order === "dmy") return text;
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function fromNumber(value: number, today: CivilDate, text: string, verdict: Verdict): string {
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= today.year) return String(value);
  const date = value >= 1 && value <= MAX_SERIAL ? fromSerialDay(value) : null;
  if (!date) {
    verdict.error = msg("import.badDate", { value: text });
    return text;
  }
  return checkRange(date, today, text, verdict);
}

function yearOnly(year: number, today: CivilDate, text: string, verdict: Verdict): string {
  if (year < MIN_YEAR) verdict.error = msg("import.impossibleDate", { value: text });
  else if (year > today.year) verdict.error = msg("import.futureDate", { value: text });
  else return String(year);
  return text;
}

function partial(year: number, today: CivilDate, text: string, verdict: Verdict): string {
  const value = yearOnly(year, today, text, verdict);
  if (!verdict.error) verdict.warning = msg("import.partialDate", { value: text, kept: value });
  return value;
}

function fullDate(
  year: number,
  month: number,
  day: number,
  today: CivilDate,
  text: string,
  verdict: Verdict,
) {
  if (day === 0 || month === 0) return partial(year, today, text, verdict);
  const date = makeCivilDate(year, month, day);
  if (!date) {
    verdict.error = msg("import.impossibleDate", { value: text });
    return text;
  }
  return checkRange(date, today, text, verdict);
}

function checkRange(date: CivilDate, today: CivilDate, text: string, verdict: Verdict): string {
  if (date.year < MIN_YEAR) verdict.error = msg("import.impossibleDate", { value: text });
  else if (dayNumber(date.year, date.month, date.day) > dayNumber(today.year, today.month, today.day))
    verdict.error = msg("import.futureDate", { value: text });
  else return formatBirthDate(date);
  return text;
}

/** Month-first only when some date's second part exceeds 12 and none's first part does. */
export function detectDateOrder(cells: Iterable<ImportCell | undefined>): DateOrder {
  let secondBig = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const match = DAY_FIRST.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return "dmy";
    if (Number(match[2]) > 12) secondBig++;
  }
  return secondBig > 0 ? "mdy" : "dmy";
}
