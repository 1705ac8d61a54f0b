/**
 * Calendar dates and clock times as plain values. A sheet gives Date objects (in the sheet's time
 * zone), text typed by hand, or Excel serial numbers; the core never depends on the process's time
 * zone, so every Date is read with local getters exactly once, at the edge (see fromLocalDate).
 */

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export interface CivilTime {
  hour: number; // 0-23
  minute: number; // 0-59
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

/** A real calendar day between years 1000 and 9999 (no 31/02, no 29/02/2023). */
export function isValidCivilDate(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1000 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

export function makeCivilDate(year: number, month: number, day: number): CivilDate | null {
  const d = { year, month, day };
  return isValidCivilDate(d) ? d : null;
}

/** Reads a Date as the calendar day it shows in the runtime's zone (Apps Script: the script's). */
export function fromLocalDate(date: Date): CivilDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return makeCivilDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function timeFromLocalDate(date: Date): CivilTime | null {
  if (Number.isNaN(date.getTime())) return null;
  return { hour: date.getHours(), minute: date.getMinutes() };
}

/** The Date a sheet cell holds for a calendar day: local midnight. */
export function toLocalDate(d: CivilDate): Date {
  return new Date(d.year, d.month - 1, d.day);
}

/** Day number since 1970-01-01, for comparing and subtracting dates without a time zone. */
export function toEpochDay(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromEpochDay(days: number): CivilDate {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: CivilDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Excel/Sheets serial day number (1900 system, 25569 = 1970-01-01) to a calendar day. */
export function fromSerialDay(serial: number): CivilDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  return fromEpochDay(Math.floor(serial) - 25_569);
}

export function toSerialDay(d: CivilDate): number {
  return toEpochDay(d) + 25_569;
}

/** "15/6/2022", "15-06-2022", "15.6.2022", "2022-06-15" (ISO). Null for anything else or impossible. */
export function parseDateText(text: string): CivilDate | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (iso) return makeCivilDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (dmy) return makeCivilDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

/** "8:00", "08:00", "8h", "8h30", "08 giờ 00", "8 giờ". */
export function parseTimeText(text: string): CivilTime | null {
  const m = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút|p)?$/i.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

export function isoDate(d: CivilDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
