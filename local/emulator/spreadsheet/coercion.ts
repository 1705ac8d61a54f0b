/**
 * What Sheets makes of a string written into a cell that is not plain text ("@"): the same
 * parsing as typing it. Numbers are read en-US style (conservative: "1,5" stays text), dates
 * day-first as the vi_VN locale does, "=..." becomes a formula, and "+1+2" / "-A1" too (Sheets,
 * like Excel, takes a leading sign followed by an expression as a formula). A leading apostrophe
 * forces text and is not part of the value.
 */
import { serialFromWallClock } from "./dates.ts";
import { DATE_FORMAT, DATE_TIME_FORMAT, TIME_FORMAT } from "./number-format.ts";

export type ParsedInput =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "number"; value: number; format: string | null }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?(?:\\s*([AaPp][Mm]))?";
const DMY = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:\\s+${TIME})?$`);
const YMD = new RegExp(`^(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?:(?:\\s+|T)${TIME})?$`);
const DM = /^(\d{1,2})([/-])(\d{1,2})$/;
const TIME_ONLY = new RegExp(`^${TIME}$`);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function clock(h?: string, m?: string, s?: string, ms?: string, ampm?: string): Clock | null {
  if (h === undefined || m === undefined) return { hour: 0, minute: 0, second: 0, millisecond: 0 };
  let hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = ms === undefined ? 0 : Number(ms.padEnd(3, "0"));
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, millisecond };
}

function dateSerial(year: number, month: number, day: number, time: Clock): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return serialFromWallClock({ year, month, day, ...time });
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function parseDateTime(t: string, now: () => Date): ParsedInput | null {
  let m = DMY.exec(t);
  if (m) {
    const time = clock(m[5], m[6], m[7], m[8], m[9]);
    const serial = time && dateSerial(fullYear(m[4] ?? ""), Number(m[3]), Number(m[1]), time);
    if (serial === null || serial === undefined) return null;
    return { kind: "number", value: serial, format: m[5] ? DATE_TIME_FORMAT : DATE_FORMAT };
  }
  m = YMD.exec(t);
  if (m) {
    const time = clock(m[5], m[6], m[7], m[8], m[9]);
    const serial = time && dateSerial(Number(m[1]), Number(m[3]), Number(m[4]), time);
    if (serial === null || serial === undefined) return null;
    return { kind: "number", value: serial, format: m[5] ? DATE_TIME_FORMAT : DATE_FORMAT };
  }
  m = DM.exec(t);
  if (m) {
    // A day and month without a year fall in the current year, as when typed.
    const serial = dateSerial(now().getFullYear(), Number(m[3]), Number(m[1]), clock() as Clock);
    return serial === null ? null : { kind: "number", value: serial, format: DATE_FORMAT };
  }
  m = TIME_ONLY.exec(t);
  if (m) {
    const time = clock(m[1], m[2], m[3], m[4], m[5]);
    if (!time) return null;
    return {
      kind: "number",
      value: serialFromWallClock({ year: 1899, month: 12, day: 30, ...time }),
      format: TIME_FORMAT,
    };
  }
  return null;
}

/** A leading sign followed by arithmetic or a cell reference: Sheets enters it as a formula. */
function isSignedExpression(t: string): boolean {
  if (!/^[+-]/.test(t)) return false;
  const rest = t.slice(1);
  if (!/^[A-Za-z0-9$.:()+\-*/^%, ]+$/.test(rest)) return false;
  const hasReference = /(^|[^A-Za-z])\$?[A-Za-z]{1,3}\$?\d+\b/.test(rest);
  const hasOperation = /[\d)]\s*[-+*/^]\s*[\d(.]/.test(rest);
  return hasReference || hasOperation;
}

export function parseTypedText(text: string, now: () => Date): ParsedInput {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === "" ? { kind: "empty" } : { kind: "text", text: rest };
  }
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const t = text.trim();
  if (t === "") return { kind: "text", text };
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  if (/\d/.test(t) && NUMBER.test(t)) {
    const value = Number(t.replace(/,/g, ""));
    if (Number.isFinite(value)) return { kind: "number", value, format: /[eE]/.test(t) ? "0.00E+00" : null };
  }
  const pct = /^(.*\d)\s*%$/.exec(t);
  if (pct?.[1] && NUMBER.test(pct[1])) {
    const value = Number(pct[1].replace(/,/g, "")) / 100;
    if (Number.isFinite(value))
      return { kind: "number", value, format: pct[1].includes(".") ? "0.00%" : "0%" };
  }
  const date = parseDateTime(t, now);
  if (date) return date;
  if (isSignedExpression(t)) return { kind: "formula", formula: `=${t}` };
  return { kind: "text", text };
}
