/**
 * Dates and times written the way decree 30/2020 and ward offices write them.
 */
import { type CivilDate, type CivilTime, pad2, weekday } from "./civil.ts";

/** Days under 10 and months 1 and 2 take a leading zero: "ngày 05 tháng 01 năm 2022". */
export function formatDayOfMonth(day: number): string {
  return pad2(day);
}

export function formatMonthOfYear(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** "ngày 05 tháng 6 năm 2022". */
export function formatLongDate(d: CivilDate): string {
  return `ngày ${formatDayOfMonth(d.day)} tháng ${formatMonthOfYear(d.month)} năm ${d.year}`;
}

/**
 * "15/6/2022", "05/01/2026": the one short form of every date in every document. The same rule as
 * the long form (decree 30/2020): days under 10 and months 1 and 2 take a leading zero, so a
 * January deadline reads "05/01/2026" and the seed's "05/7/2022" and "15/6/2022" stay as issued.
 */
export function formatShortDate(d: CivilDate): string {
  return `${formatDayOfMonth(d.day)}/${formatMonthOfYear(d.month)}/${d.year}`;
}

/** Deadlines are short dates too; kept as a name for callers that speak of deadlines. */
export const formatDeadlineDate = formatShortDate;

const WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"] as const;

/** "thứ Tư", "Chủ nhật". */
export function weekdayName(d: CivilDate): string {
  return WEEKDAYS[weekday(d)] ?? "";
}

/** "08 giờ 00". */
export function formatClock(t: CivilTime): string {
  return `${pad2(t.hour)} giờ ${pad2(t.minute)}`;
}

/** "08 giờ 00, thứ Tư ngày 15/6/2022", as the seed writes the start of the conference. */
export function formatStartMoment(d: CivilDate, t: CivilTime): string {
  return `${formatClock(t)}, ${weekdayName(d)} ngày ${formatShortDate(d)}`;
}
