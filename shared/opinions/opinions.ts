/**
 * The `Ý kiến` tab: every opinion raised, who raised it (or that it was anonymous), its field and
 * competent level, who answered and how, and where its follow-up stands.
 */
import type { CivilDate } from "../dates/civil.ts";
import type { Message } from "../i18n/index.ts";
import {
  OPINION_CHANNELS,
  OPINION_STATUSES,
  type OpinionChannel,
  type OpinionStatus,
} from "../schema/choices.ts";
import { OPINIONS_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "../workbook/cells.ts";
import { readTable, textValue } from "../workbook/table.ts";

export interface Opinion {
  row: number;
  id: string;
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
}

export interface OpinionsRead {
  opinions: Opinion[];
  problems: Message[];
}

function reverse<K extends string>(labels: Record<K, string>): Map<string, K> {
  return new Map((Object.entries(labels) as [K, string][]).map(([key, label]) => [foldKey(label), key]));
}

const CHANNEL_BY_LABEL = reverse<OpinionChannel>(OPINION_CHANNELS);
const STATUS_BY_LABEL = reverse<OpinionStatus>(OPINION_STATUSES);

export function readOpinions(grid: Grid): OpinionsRead {
  const { records, problems } = readTable(OPINIONS_TAB, grid, ["content"]);
  const opinions: Opinion[] = [];
  for (const record of records) {
    const content = textValue(record, "content");
    if (content === "") continue;
    const askerName = textValue(record, "askerName");
    const due = record.values.dueDate;
    opinions.push({
      row: record.row,
      id: textValue(record, "opinionId"),
      channel: CHANNEL_BY_LABEL.get(foldKey(textValue(record, "channel"))) ?? null,
      askerName,
      anonymous: record.values.anonymous === true || askerName === "",
      tdp: textValue(record, "tdp"),
      kdc: textValue(record, "kdc"),
      content,
      field: textValue(record, "field"),
      level: textValue(record, "level"),
      answerer: textValue(record, "answerer"),
      answer: textValue(record, "answer"),
      status: STATUS_BY_LABEL.get(foldKey(textValue(record, "status"))) ?? null,
      assignedUnit: textValue(record, "assignedUnit"),
      dueDate: due && typeof due === "object" && "day" in due ? due : null,
      forwardedTo: textValue(record, "forwardedTo"),
      forwardRef: textValue(record, "forwardRef"),
      mergedInto: textValue(record, "mergedInto"),
    });
  }
  return { opinions, problems };
}
