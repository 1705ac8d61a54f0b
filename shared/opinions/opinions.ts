/**
 * The `Ý kiến` tab: every opinion raised, who raised it (or that it was anonymous), its field and
 * competent level, who answered and how, and where its follow-up stands. Read through the table
 * layer's typed rows, so the documents, the sidebar and the actions see the same opinion.
 */
import type { CivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import {
  OPINION_CHANNELS,
  OPINION_STATUSES,
  type OpinionChannel,
  type OpinionStatus,
} from "../schema/choices.ts";
import { OPINIONS_TAB } from "../schema/tabs.ts";
import { readRows, snapshotOf } from "../table/table.ts";
import type { RowValues } from "../table/types.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "../workbook/cells.ts";

export interface Opinion {
  row: number;
  id: string;
  /** The day of the conference that received it; null: the workbook's current conference. */
  conferenceDate: CivilDate | null;
  channel: OpinionChannel | null;
  askerName: string;
  /** Ticked, or no name given: the documents then write "ẩn danh". */
  anonymous: boolean;
  tdp: string;
  kdc: string;
  content: string;
  field: string;
  level: string;
  answerer: string;
  answer: string;
  status: OpinionStatus | null;
  assignedUnit: string;
  dueDate: CivilDate | null;
  forwardedTo: string;
  forwardRef: string;
  mergedInto: string;
  resolution: string;
  settledOn: CivilDate | null;
}

export interface OpinionsRead {
  opinions: Opinion[];
  problems: Message[];
}

export type OpinionValues = RowValues<typeof OPINIONS_TAB>;

function reverse<K extends string>(labels: Record<K, string>): Map<string, K> {
  return new Map((Object.entries(labels) as [K, string][]).map(([key, label]) => [foldKey(label), key]));
}

const CHANNEL_BY_LABEL = reverse<OpinionChannel>(OPINION_CHANNELS);
const STATUS_BY_LABEL = reverse<OpinionStatus>(OPINION_STATUSES);

/** "Phiếu", "phieu", "slip" → "slip"; null for anything else. */
export function parseChannel(text: string): OpinionChannel | null {
  const folded = foldKey(text);
  if (Object.hasOwn(OPINION_CHANNELS, text)) return text as OpinionChannel;
  return CHANNEL_BY_LABEL.get(folded) ?? null;
}

/** The workbook's word ("Đã trả lời") or the key ("answered"); null for anything else. */
export function parseStatus(text: string): OpinionStatus | null {
  if (Object.hasOwn(OPINION_STATUSES, text)) return text as OpinionStatus;
  return STATUS_BY_LABEL.get(foldKey(text)) ?? null;
}

/** One typed row as an opinion (row: the sheet row, 1-based). */
export function opinionOf(id: string, row: number, v: OpinionValues): Opinion {
  const askerName = v.askerName;
  return {
    row,
    id,
    conferenceDate: v.conferenceDate,
    channel: v.channel ? parseChannel(v.channel) : null,
    askerName,
    anonymous: v.anonymous === true || askerName === "",
    tdp: v.tdp ?? "",
    kdc: v.kdc ?? "",
    content: v.content,
    field: v.field ?? "",
    level: v.level ?? "",
    answerer: v.answerer ?? "",
    answer: v.answer,
    status: v.status ? parseStatus(v.status) : null,
    assignedUnit: v.assignedUnit,
    dueDate: v.dueDate,
    forwardedTo: v.forwardedTo,
    forwardRef: v.forwardRef,
    mergedInto: v.mergedInto,
    resolution: v.resolution,
    settledOn: v.settledOn,
  };
}

/** Rows with content; a missing `Nội dung` column or a bad value is a problem, reading goes on. */
export function readOpinions(grid: Grid): OpinionsRead {
  const snapshot = snapshotOf(OPINIONS_TAB, grid);
  const problems: Message[] = [...snapshot.layout.problems];
  if (grid.length > 0 && !snapshot.layout.indexByKey.has("content"))
    problems.push(msg("workbook.missingColumn", { tab: OPINIONS_TAB.name, column: "Nội dung" }));
  const read = readRows(snapshot);
  problems.push(...read.problems);
  const opinions = read.rows
    .filter((r) => r.values.content !== "")
    .map((r) => opinionOf(r.id, r.gridIndex + 1, r.values));
  return { opinions, problems };
}
