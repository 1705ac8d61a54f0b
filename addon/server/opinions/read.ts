/**
 * The opinion log read for the sidebar and `doi-thoai call`: the list (this conference's opinions
 * and those carried over from earlier ones), the tallies, what the capture form offers, and what
 * is due. Reads only: no lock, one getValues per tab.
 */
import { carriedOver, ofConference } from "../../../shared/opinions/conferences.ts";
import { listDeadlines } from "../../../shared/opinions/deadlines.ts";
import { type Opinion, parseStatus, readOpinions } from "../../../shared/opinions/opinions.ts";
import { isOverdue, tallyOpinions } from "../../../shared/opinions/tally.ts";
import { OPINION_CHANNELS, OPINION_STATUSES, type OpinionStatus } from "../../../shared/schema/choices.ts";
import { OPINIONS_TAB } from "../../../shared/schema/tabs.ts";
import { foldKey } from "../../../shared/text/fold.ts";
import type {
  DeadlineList,
  OpinionContext,
  OpinionItem,
  OpinionTallyResult,
} from "../../rpc/opinion-actions.ts";
import type { ServerContext } from "../context.ts";
import { openTable } from "../table/open-table.ts";
import { parseList } from "./input.ts";
import { dayText, type OpinionSetting, readSetting } from "./setting.ts";
import { deadlineItem, opinionItem, tallyResult } from "./view.ts";

interface Log {
  setting: OpinionSetting;
  all: Opinion[];
  current: Opinion[];
  carried: Opinion[];
}

function readLog(ctx: ServerContext): Log {
  const table = openTable(ctx, OPINIONS_TAB, ["content"]);
  const all = readOpinions(table.snapshot.grid).opinions;
  const setting = readSetting(ctx);
  const day = setting.conference.startDate;
  return { setting, all, current: ofConference(all, day), carried: carriedOver(all, day) };
}

export function listOpinions(ctx: ServerContext, raw: unknown): OpinionItem[] {
  const filter = parseList(raw);
  const log = readLog(ctx);
  const carried = new Set(log.carried.map((o) => o.id));
  const chosen = filter.scope === "all" ? log.all : [...log.carried, ...log.current];
  const status = filter.status === undefined ? undefined : parseStatus(filter.status);
  return chosen
    .filter((o) => filter.status === undefined || (o.status ?? "received") === status)
    .filter((o) => filter.field === undefined || foldKey(o.field) === foldKey(filter.field))
    .filter((o) => filter.overdue === undefined || isOverdue(o, log.setting.today) === filter.overdue)
    .map((o) => opinionItem(o, log.setting.today, carried.has(o.id)));
}

export function tallyCurrent(ctx: ServerContext): OpinionTallyResult {
  const log = readLog(ctx);
  const t = tallyOpinions(log.current, log.setting.catalogue);
  const overdue = [...log.carried, ...log.current].filter((o) => isOverdue(o, log.setting.today)).length;
  return tallyResult(t, overdue);
}

export function opinionContext(ctx: ServerContext): OpinionContext {
  const setting = readSetting(ctx);
  const c = setting.catalogue;
  return {
    channels: Object.values(OPINION_CHANNELS),
    statuses: (Object.entries(OPINION_STATUSES) as [OpinionStatus, string][]).map(([key, label]) => ({
      key,
      label,
    })),
    fields: c.fields,
    levels: c.levels,
    answerers: c.answerers,
    kdcs: c.kdcs,
    tdps: c.tdps,
    conference: dayText(setting.conference.startDate),
    today: dayText(setting.today),
  };
}

export function dueList(ctx: ServerContext): DeadlineList {
  const log = readLog(ctx);
  const { deadlines, problems } = listDeadlines(
    log.setting.conference,
    [...log.carried, ...log.current],
    log.setting.today,
  );
  return { today: dayText(log.setting.today), deadlines: deadlines.map(deadlineItem), problems };
}
