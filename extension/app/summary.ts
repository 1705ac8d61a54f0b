/**
 * What the app page shows for a workbook: the conference's key facts read by the shared core, and
 * how many rows the other tabs hold. Pure (no DOM) so it is tested in Node.
 */
import type { MonthOrDate } from "../../shared/conference/facts.ts";
import { type Conference, readConference } from "../../shared/conference/model.ts";
import type { CivilDate } from "../../shared/dates/civil.ts";
import {
  formatClock,
  formatDeadlineDate,
  formatLongDate,
  formatMonthOfYear,
  formatStartMoment,
} from "../../shared/dates/vietnamese.ts";
import { type Message, type MessageKey, msg } from "../../shared/i18n/index.ts";
import { CONFERENCE_TAB, TABS } from "../../shared/schema/tabs.ts";
import { type Grid, isBlank } from "../../shared/workbook/cells.ts";
import { findTabName, type WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";

/** A value as text to show, or a message when its wording depends on the page's language. */
export type Shown = string | Message;

export interface FactRow {
  label: MessageKey;
  /** Empty when the fact is not filled in yet. */
  values: Shown[];
}

export interface TabCount {
  /** The schema's name of the tab. */
  tab: string;
  /** Data rows (header excluded, blank rows skipped); null when the tab is not in the file. */
  rows: number | null;
}

export type WorkbookView =
  | { ok: false; problem: Message; hint?: Message }
  | {
      ok: true;
      source: Message;
      title: string;
      facts: FactRow[];
      tabs: TabCount[];
      problems: Message[];
    };

function formatMonthOrDate(d: MonthOrDate): string {
  return d.day === null
    ? `tháng ${formatMonthOfYear(d.month)} năm ${d.year}`
    : formatLongDate({ year: d.year, month: d.month, day: d.day });
}

function person(p: { name: string; title: string }): string {
  return p.title === "" ? p.name : `${p.name}, ${p.title}`;
}

function startText(c: Conference): string[] {
  const date: CivilDate | null = c.startDate;
  if (date && c.startTime) return [formatStartMoment(date, c.startTime)];
  if (date) return [formatLongDate(date)];
  return c.startTime ? [formatClock(c.startTime)] : [];
}

function planText(c: Conference): Shown[] {
  const date = c.planDate ? formatMonthOrDate(c.planDate) : "";
  if (c.planNumber === "") return date === "" ? [] : [date];
  if (date === "") return [c.planNumber];
  return [msg("extension.fact.planValue", { number: c.planNumber, date })];
}

const nonBlank = (values: string[]): string[] => values.filter((v) => v !== "");

export function conferenceFacts(c: Conference): FactRow[] {
  return [
    { label: "extension.fact.issuingBody", values: nonBlank([c.issuingBody]) },
    { label: "extension.fact.plan", values: planText(c) },
    { label: "extension.fact.start", values: startText(c) },
    { label: "extension.fact.venue", values: nonBlank([c.venue]) },
    { label: "extension.fact.chairs", values: c.chairs.map(person).filter((v) => v !== "") },
    { label: "extension.fact.secretary", values: c.secretary ? nonBlank([person(c.secretary)]) : [] },
    {
      label: "extension.fact.signer",
      values: nonBlank([[c.signerTitle, c.signer].filter((v) => v !== "").join(" ")]),
    },
    {
      label: "extension.fact.reportDeadline",
      values: c.reportDeadline ? [formatDeadlineDate(c.reportDeadline)] : [],
    },
  ];
}

export function countDataRows(grid: Grid): number {
  return grid.slice(1).filter((row) => !row.every((cell) => isBlank(cell))).length;
}

export function summariseWorkbook(
  fileName: string,
  snapshot: WorkbookSnapshot,
  kind: "xlsx" | "csv",
): WorkbookView {
  const names = [...snapshot.tabs.keys()];
  const conferenceName = findTabName(names, CONFERENCE_TAB.name);
  const conferenceGrid = conferenceName === undefined ? undefined : snapshot.tabs.get(conferenceName);
  if (conferenceName === undefined || conferenceGrid === undefined) {
    const listed = names.map((n) => `“${n}”`).join(", ");
    const problem = msg("extension.error.missingTab", {
      file: fileName,
      tab: CONFERENCE_TAB.name,
      tabs: listed === "" ? "-" : listed,
    });
    return kind === "csv"
      ? { ok: false, problem, hint: msg("extension.error.csvHint") }
      : { ok: false, problem };
  }
  const { conference, problems } = readConference(conferenceGrid);
  const tabs = TABS.filter((tab) => tab.key !== CONFERENCE_TAB.key).map((tab) => {
    const name = findTabName(names, tab.name);
    const grid = name === undefined ? undefined : snapshot.tabs.get(name);
    return { tab: tab.name, rows: grid === undefined ? null : countDataRows(grid) };
  });
  return {
    ok: true,
    source: msg("extension.source", { file: fileName, tab: conferenceName }),
    title: conference.title,
    facts: conferenceFacts(conference),
    tabs,
    problems,
  };
}
