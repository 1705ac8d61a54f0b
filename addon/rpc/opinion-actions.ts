/**
 * Actions of the opinion log (`Ý kiến`): capture at the meeting, follow-up, tallies and what is
 * due. Values are the workbook's own words ("Phiếu", "Đất đai", "Đã trả lời"); dates travel as
 * dd/mm/yyyy text, as staff type them.
 */
import type { Message } from "../../shared/i18n/index.ts";
import type { DeadlineKind } from "../../shared/opinions/deadlines.ts";
import type { OpinionFields } from "../../shared/opinions/edit.ts";
import type { Tally } from "../../shared/opinions/tally.ts";
import type { OpinionStatus } from "../../shared/schema/choices.ts";

/** `opinions.add`: a new opinion of the current conference (content and channel required). */
export type OpinionAddInput = Required<Pick<OpinionFields, "content" | "channel">> &
  Pick<OpinionFields, "asker" | "anonymous" | "tdp" | "kdc" | "field" | "level" | "answerer" | "answer"> & {
    /** Who is logging it, for the history (the sidebar's `Người ghi`). */
    by?: string;
  };

/** `opinions.update`: the given keys change, nothing else. */
export type OpinionUpdateInput = OpinionFields & { id: string; by?: string };

export interface OpinionListInput {
  /** A status word or key. */
  status?: string;
  field?: string;
  overdue?: boolean;
  /** "current" (default): this conference's opinions and those carried over; "all": every row. */
  scope?: "current" | "all";
}

export interface OpinionItem {
  id: string;
  /** dd/mm/yyyy of the conference that received it; "" for the current one. */
  conference: string;
  carriedOver: boolean;
  channel: string;
  asker: string;
  anonymous: boolean;
  tdp: string;
  kdc: string;
  content: string;
  field: string;
  level: string;
  answerer: string;
  answer: string;
  /** The workbook's word, and its key (null when the cell is blank). */
  status: string;
  statusKey: OpinionStatus | null;
  /** Statuses it may move to. */
  next: OpinionStatus[];
  assignedUnit: string;
  dueDate: string;
  forwardedTo: string;
  forwardRef: string;
  mergedInto: string;
  resolution: string;
  settledOn: string;
  overdue: boolean;
}

export interface OpinionTallyResult {
  total: number;
  byChannel: Tally[];
  byField: Tally[];
  byLevel: Tally[];
  byStatus: Tally[];
  byAnswerer: Tally[];
  answeredAtMeeting: number;
  overdue: number;
}

export interface DeadlineItem {
  kind: DeadlineKind;
  /** dd/mm/yyyy. */
  date: string;
  daysLeft: number;
  overdue: boolean;
  opinionId: string | null;
  unit: string;
  label: Message;
}

export interface DeadlineList {
  today: string;
  deadlines: DeadlineItem[];
  problems: Message[];
}

/** Everything the capture form offers, read once when the tab opens. */
export interface OpinionContext {
  channels: string[];
  statuses: { key: OpinionStatus; label: string }[];
  fields: string[];
  levels: string[];
  answerers: string[];
  kdcs: string[];
  tdps: { name: string; kdc: string }[];
  /** The current conference day, dd/mm/yyyy ("" when not set). */
  conference: string;
  today: string;
}

export interface OpinionActions {
  "opinions.add"(input: OpinionAddInput): { id: string };
  "opinions.update"(input: OpinionUpdateInput): { id: string; changed: string[] };
  /** Filters optional: `{}` (or nothing from the CLI) lists them all. */
  "opinions.list"(input: OpinionListInput): OpinionItem[];
  "opinions.tally"(): OpinionTallyResult;
  "opinions.context"(): OpinionContext;
  "deadlines.list"(): DeadlineList;
}
