/**
 * Counting opinions the way practice reports do: by channel (phiếu / trực tiếp), by field, by
 * competent level ("18 thuộc thẩm quyền phường, 02 thuộc thành phố"), and by where their
 * follow-up stands. A duplicate merged into another opinion is not counted twice.
 */
import { type CivilDate, compareCivilDates } from "../dates/civil.ts";
import { OPINION_STATUSES, type OpinionChannel, type OpinionStatus } from "../schema/choices.ts";
import { foldKey } from "../text/fold.ts";
import type { Opinion } from "./opinions.ts";

export interface Tally {
  /** The catalogue's spelling; "" for opinions with no value. */
  label: string;
  count: number;
}

export type Outcome = "answered" | "pending" | "forwarded" | "outside" | "merged" | "withdrawn";

export const OUTCOME_OF: Record<OpinionStatus, Outcome> = {
  received: "pending",
  assigned: "pending",
  inProgress: "pending",
  answeredAtMeeting: "answered",
  answered: "answered",
  forwarded: "forwarded",
  outsideJurisdiction: "outside",
  merged: "merged",
  withdrawn: "withdrawn",
};

export function outcomeOf(opinion: Opinion): Outcome {
  return opinion.status ? OUTCOME_OF[opinion.status] : "pending";
}

export interface OpinionTallies {
  /** Opinions counted: all but duplicates merged into another. */
  total: number;
  byChannel: Record<OpinionChannel | "unknown", number>;
  byField: Tally[];
  byLevel: Tally[];
  byOutcome: Record<Outcome, number>;
  /** Every opinion, merged ones included, by the workbook's status word, in lifecycle order. */
  byStatus: Tally[];
  byAnswerer: Tally[];
  answeredAtMeeting: number;
}

/** Groups by a text value, in the catalogue's order first, then as first seen; blank last. */
export function tallyBy(values: readonly string[], known: readonly string[]): Tally[] {
  const tallies: Tally[] = known.map((label) => ({ label, count: 0 }));
  const byKey = new Map(tallies.map((t) => [foldKey(t.label), t]));
  let blank: Tally | null = null;
  for (const value of values) {
    if (value.trim() === "") {
      blank ??= { label: "", count: 0 };
      blank.count++;
      continue;
    }
    let tally = byKey.get(foldKey(value));
    if (!tally) {
      tally = { label: value, count: 0 };
      tallies.push(tally);
      byKey.set(foldKey(value), tally);
    }
    tally.count++;
  }
  const used = tallies.filter((t) => t.count > 0);
  return blank ? [...used, blank] : used;
}

export function countedOpinions(opinions: readonly Opinion[]): Opinion[] {
  return opinions.filter((o) => o.status !== "merged");
}

export function tallyOpinions(
  opinions: readonly Opinion[],
  catalogue: { fields: readonly string[]; levels: readonly string[]; answerers?: readonly string[] },
): OpinionTallies {
  const counted = countedOpinions(opinions);
  const byChannel: Record<OpinionChannel | "unknown", number> = { slip: 0, direct: 0, unknown: 0 };
  const byOutcome: Record<Outcome, number> = {
    answered: 0,
    pending: 0,
    forwarded: 0,
    outside: 0,
    merged: 0,
    withdrawn: 0,
  };
  for (const o of opinions) byOutcome[outcomeOf(o)]++;
  for (const o of counted) byChannel[o.channel ?? "unknown"]++;
  return {
    total: counted.length,
    byChannel,
    byField: tallyBy(
      counted.map((o) => o.field),
      catalogue.fields,
    ),
    byLevel: tallyBy(
      counted.map((o) => o.level),
      catalogue.levels,
    ),
    byOutcome,
    byStatus: tallyBy(
      opinions.map((o) => (o.status ? OPINION_STATUSES[o.status] : OPINION_STATUSES.received)),
      Object.values(OPINION_STATUSES),
    ),
    byAnswerer: tallyBy(
      counted.map((o) => o.answerer),
      catalogue.answerers ?? [],
    ),
    answeredAtMeeting: counted.filter((o) => o.status === "answeredAtMeeting").length,
  };
}

/** Past its due date and still not settled: computed, never a status staff set. */
export function isOverdue(opinion: Opinion, today: CivilDate): boolean {
  return (
    outcomeOf(opinion) === "pending" &&
    opinion.dueDate !== null &&
    compareCivilDates(opinion.dueDate, today) < 0
  );
}
