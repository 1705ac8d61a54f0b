/**
 * Date cells are serial numbers, as in Sheets (25569 = 1970-01-01, time is the fraction). A serial
 * is always built from whole milliseconds of the wall-clock fields, so that it survives exceljs's
 * millisecond rounding unchanged. Dates are read and made with local wall-clock fields: a calendar
 * day is local midnight, a time-only cell lies on 1899-12-30 (Sheets' day zero).
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function utcMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

export function serialFromWallClock(w: WallClock): number {
  return utcMs(w) / MS_PER_DAY + EPOCH_SERIAL;
}

/** Serial of a Date from any realm, read with its local getters. NaN for an invalid Date. */
export function serialFromDate(date: Date): number {
  const t = date.getTime();
  if (Number.isNaN(t)) return Number.NaN;
  return serialFromWallClock({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    millisecond: date.getMilliseconds(),
  });
}

/** Serial of an instant as exceljs reads it (its Dates carry the wall clock in UTC fields). */
export function serialFromUtcDate(date: Date): number {
  return Math.round(date.getTime()) / MS_PER_DAY + EPOCH_SERIAL;
}

export function wallClockFromSerial(serial: number): WallClock {
  const d = new Date(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** A Date of the given realm showing the serial's wall clock in the process's time zone. */
export function dateFromSerial(serial: number, DateCtor: DateConstructor = Date): Date {
  const w = wallClockFromSerial(serial);
  const date = new DateCtor(2000, 0, 1);
  date.setFullYear(w.year, w.month - 1, w.day);
  date.setHours(w.hour, w.minute, w.second, w.millisecond);
  return date;
}
