/**
 * What is due and when: the announcement at least 7 days before the conference and the result
 * made public within 10 days (law 72/2025/QH15 art. 43; the numbers are `Hội nghị` rows, the
 * law's only when left blank), the report deadline, each open opinion's due date, overdue ones
 * flagged. Days left are counted from today in the workbook's calendar.
 */
import type { Conference } from "../conference/model.ts";
import { type CivilDate, compareCivilDates, fromEpochDay, toEpochDay } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { isSettled } from "./lifecycle.ts";
import type { Opinion } from "./opinions.ts";
import { isOverdue } from "./tally.ts";

/** Law 72/2025/QH15 art. 43, used when the `Hội nghị` rows are blank. */
export const LAW_ANNOUNCE_DAYS = 7;
export const LAW_PUBLISH_DAYS = 10;

export type DeadlineKind = "announce" | "publish" | "report" | "followUp";

export interface Deadline {
  kind: DeadlineKind;
  date: CivilDate;
  /** Negative once the day has passed. */
  daysLeft: number;
  /** For follow-up: the opinion, its unit and whether it is overdue (open past its day). */
  opinionId?: string;
  unit?: string;
  overdue: boolean;
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromEpochDay(toEpochDay(d) + days);
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

function dayCount(typed: string, fallback: number, label: string, problems: Message[]): number {
  if (typed.trim() === "") return fallback;
  const n = Number(typed.trim());
  if (Number.isInteger(n) && n >= 0 && n <= 365) return n;
  problems.push(msg("opinions.badDayCount", { label, value: typed, fallback }));
  return fallback;
}

export function listDeadlines(
  c: Conference,
  opinions: readonly Opinion[],
  today: CivilDate,
): { deadlines: Deadline[]; problems: Message[] } {
  const problems: Message[] = [];
  const deadlines: Deadline[] = [];
  const at = (kind: DeadlineKind, date: CivilDate, extra: Partial<Deadline> = {}) =>
    deadlines.push({ kind, date, daysLeft: daysBetween(today, date), overdue: false, ...extra });
  if (c.startDate) {
    const announce = dayCount(c.announceDays, LAW_ANNOUNCE_DAYS, "Thông báo trước (ngày)", problems);
    const publish = dayCount(c.publishDays, LAW_PUBLISH_DAYS, "Công khai kết quả trong (ngày)", problems);
    at("announce", addDays(c.startDate, -announce));
    at("publish", addDays(c.startDate, publish));
  } else problems.push(msg("opinions.noConferenceDate"));
  if (c.reportDeadline) at("report", c.reportDeadline);
  for (const o of opinions) {
    if (isSettled(o.status) || !o.dueDate) continue;
    at("followUp", o.dueDate, {
      opinionId: o.id,
      unit: o.assignedUnit || o.answerer,
      overdue: isOverdue(o, today),
    });
  }
  deadlines.sort(
    (a, b) => compareCivilDates(a.date, b.date) || (a.opinionId ?? "").localeCompare(b.opinionId ?? ""),
  );
  return { deadlines, problems };
}
