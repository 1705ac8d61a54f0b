/**
 * The opinion lifecycle of domain.md: received → assigned → answered at the meeting | in progress
 * → answered | forwarded (to which authority, with its document number) | outside jurisdiction
 * (who handles it) | merged into another | withdrawn. Which step may follow which, and what each
 * step needs written down, so the sidebar, the actions and `doi-thoai call` refuse the same moves
 * with the same words. "Overdue" is no status: it is computed from the due date.
 */
import { type Message, msg } from "../i18n/index.ts";
import { OPINION_STATUSES, type OpinionStatus } from "../schema/choices.ts";

/** Settled: nothing left to follow up. */
export const SETTLED: ReadonlySet<OpinionStatus> = new Set<OpinionStatus>([
  "answeredAtMeeting",
  "answered",
  "forwarded",
  "outsideJurisdiction",
  "merged",
  "withdrawn",
]);

const CLOSING: readonly OpinionStatus[] = ["forwarded", "outsideJurisdiction", "merged", "withdrawn"];

/**
 * What may follow each status. An answer at the meeting can still promise follow-up (assigned, in
 * progress), and an authority that was forwarded an opinion can answer it; the other settled
 * steps are final, so a closed record is not reopened by a stray click.
 */
export const TRANSITIONS: Record<OpinionStatus, readonly OpinionStatus[]> = {
  received: ["assigned", "answeredAtMeeting", "inProgress", "answered", ...CLOSING],
  assigned: ["answeredAtMeeting", "inProgress", "answered", ...CLOSING],
  answeredAtMeeting: ["assigned", "inProgress"],
  inProgress: ["answered", ...CLOSING],
  answered: [],
  forwarded: ["answered"],
  outsideJurisdiction: [],
  merged: [],
  withdrawn: [],
};

export function isSettled(status: OpinionStatus | null): boolean {
  return status !== null && SETTLED.has(status);
}

/** Statuses reachable from `from` (a blank status counts as received). */
export function nextStatuses(from: OpinionStatus | null): readonly OpinionStatus[] {
  return TRANSITIONS[from ?? "received"];
}

export function canMove(from: OpinionStatus | null, to: OpinionStatus): boolean {
  return (from ?? "received") === to || nextStatuses(from).includes(to);
}

/** The refusal of a move, naming both steps and what is allowed instead. */
export function moveRefusal(id: string, from: OpinionStatus | null, to: OpinionStatus): Message {
  const allowed = nextStatuses(from).map((s) => OPINION_STATUSES[s]);
  return msg(allowed.length === 0 ? "opinions.transitionFinal" : "opinions.transitionRefused", {
    id,
    from: OPINION_STATUSES[from ?? "received"],
    to: OPINION_STATUSES[to],
    allowed: allowed.join(", "),
  });
}

/** What a status needs on the row; the column that must be filled for each. */
export interface StatusNeeds {
  answer?: boolean;
  answerOrResolution?: boolean;
  assignedUnit?: boolean;
  forwardedTo?: boolean;
  forwardRef?: boolean;
  mergedInto?: boolean;
}

export const NEEDS: Record<OpinionStatus, StatusNeeds> = {
  received: {},
  assigned: { assignedUnit: true },
  answeredAtMeeting: { answer: true },
  inProgress: { assignedUnit: true },
  answered: { answerOrResolution: true },
  forwarded: { forwardedTo: true, forwardRef: true },
  outsideJurisdiction: { forwardedTo: true },
  merged: { mergedInto: true },
  withdrawn: {},
};

/** The status a new opinion starts in: answered at the meeting when an answer was given. */
export function initialStatus(answer: string, assignedUnit: string): OpinionStatus {
  if (answer.trim() !== "") return "answeredAtMeeting";
  return assignedUnit.trim() !== "" ? "assigned" : "received";
}
