/**
 * Small rules of Vietnamese administrative writing shared by every document: list punctuation,
 * document numbers with their blanks, place-and-date lines, placeholders in wording rows.
 */

import type { MonthOrDate } from "../conference/facts.ts";
import type { CivilDate } from "../dates/civil.ts";
import { formatDayOfMonth, formatMonthOfYear } from "../dates/vietnamese.ts";
import { fillAreaPlaceholders } from "../roster/categories.ts";
import { type PlaceholderValues, WORDING_FIELDS } from "../templates/wording.ts";
import { collapseSpaces, foldKey } from "../text/fold.ts";

/** What a blank left for a hand-written value looks like (the seed's "Số:      /KH-UBND"). */
export const BLANK = "      ";
/** A blank inside running text (minutes' closing time), as the decree's forms print it. */
export const DOTS = "...";

const END_MARK = /[;.:!?]$|\.\/\.$/;

/** List lines end with ";", the last with "." — unless staff already punctuated them. */
export function punctuateList(items: readonly string[], last = "."): string[] {
  return items.map((item, i) => {
    const text = item.trim();
    if (END_MARK.test(text)) return text;
    return `${text}${i === items.length - 1 ? last : ";"}`;
  });
}

/** A sentence ends with one full stop. */
export function endSentence(text: string): string {
  const t = text.trim();
  return END_MARK.test(t) ? t : `${t}.`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "05" for 5: document numbers under 10 take a leading zero. */
export function documentNumber(number: string): string {
  const n = number.trim();
  return /^\d$/.test(n) ? `0${n}` : n;
}

/** "Số: 05/KH-UBND", or "Số:      /KH-UBND" when the office has not numbered it yet. */
export function numberLine(number: string, type: string, symbol: string): string {
  const n = documentNumber(number);
  return `Số:${n === "" ? BLANK : ` ${n}`}/${type}-${symbol}`;
}

/** "ngày 05 tháng 3 năm 2026", blanks where the date is not known yet. */
export function dateWords(date: MonthOrDate | CivilDate | null): string {
  const part = (value: string | null) => (value === null ? BLANK : ` ${value} `);
  const day = part(date && date.day !== null ? formatDayOfMonth(date.day) : null);
  const month = part(date ? formatMonthOfYear(date.month) : null);
  return `ngày${day}tháng${month}năm${date ? ` ${date.year}` : BLANK}`;
}

/** "An Phú, ngày 05 tháng 3 năm 2026". */
export function placeDateLine(place: string, date: MonthOrDate | CivilDate | null): string {
  return `${place}, ${dateWords(date)}`;
}

/**
 * The conference as named inside sentences: the summary line without its leading "Tổ chức",
 * lower-cased ("hội nghị đối thoại giữa ...").
 */
export function conferenceName(title: string): string {
  const t = collapseSpaces(title);
  const stripped = /^(ke hoach )?to chuc /.test(foldKey(t)) ? t.replace(/^(kế hoạch\s+)?tổ chức\s+/i, "") : t;
  return lowerFirst(stripped);
}

export type { PlaceholderValues } from "../templates/wording.ts";

/**
 * Fills what an office's wording rows may hold: the fields of templates/wording.ts ({số KDC},
 * {Hạn báo cáo}, {Chủ trì}...), the same ones Word templates use. Unknown or empty placeholders
 * stay as written.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const withAreas = fillAreaPlaceholders(text, values.areas);
  return withAreas.replace(/\{([^{}]+)\}/g, (whole, inner: string) => {
    const folded = foldKey(inner);
    const field = WORDING_FIELDS.find((f) => foldKey(f.name) === folded);
    return (field ? field.value(values) : null) ?? whole;
  });
}
