/**
 * One workbook, several conferences: each opinion keeps the day of the conference that received
 * it (`Hội nghị ngày`). The current conference is the `Hội nghị` tab's; an opinion with no day
 * was logged for it. The next dialogue opens with how the previous one's opinions were settled:
 * those that needed follow-up carry over into its report, with their state now.
 */
import { type CivilDate, compareCivilDates } from "../dates/civil.ts";
import { isSettled } from "./lifecycle.ts";
import type { Opinion } from "./opinions.ts";

function sameDay(a: CivilDate, b: CivilDate): boolean {
  return compareCivilDates(a, b) === 0;
}

/** The opinions of the conference held on `day` (all of them when the day is not set). */
export function ofConference(opinions: readonly Opinion[], day: CivilDate | null): Opinion[] {
  if (!day) return [...opinions];
  return opinions.filter((o) => !o.conferenceDate || sameDay(o.conferenceDate, day));
}

/** Settled at the meeting itself, or dropped: nothing to report to the next one. */
function closedAtItsMeeting(o: Opinion): boolean {
  return o.status === "answeredAtMeeting" || o.status === "merged" || o.status === "withdrawn";
}

/** The latest conference before `day` that received opinions. */
export function previousConference(opinions: readonly Opinion[], day: CivilDate): CivilDate | null {
  let previous: CivilDate | null = null;
  for (const o of opinions) {
    const d = o.conferenceDate;
    if (d && compareCivilDates(d, day) < 0 && (!previous || compareCivilDates(d, previous) > 0)) previous = d;
  }
  return previous;
}

/**
 * Opinions of earlier conferences that needed follow-up and are either still open or were settled
 * since the previous conference: what the conference on `day` reports on, in code order.
 */
export function carriedOver(opinions: readonly Opinion[], day: CivilDate | null): Opinion[] {
  if (!day) return [];
  const previous = previousConference(opinions, day);
  if (!previous) return [];
  return opinions.filter((o) => {
    if (!o.conferenceDate || compareCivilDates(o.conferenceDate, day) >= 0) return false;
    if (closedAtItsMeeting(o)) return false;
    if (!isSettled(o.status) || !o.settledOn) return true;
    return compareCivilDates(o.settledOn, previous) >= 0;
  });
}
