/**
 * The conference as the documents and the sidebar see it: typed facts, nothing particular to a
 * ward in code. Which facts a document cannot do without is decided by that document.
 */
import type { CivilDate, CivilTime } from "../dates/civil.ts";
import type { Message } from "../i18n/index.ts";
import type { FactKey } from "../schema/conference-facts.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "../workbook/cells.ts";
import { type FactEntry, type MonthOrDate, readFacts } from "./facts.ts";

export interface NamedPerson {
  name: string;
  /** Title, or title and unit, as written after the name. */
  title: string;
}

export interface UnitTask {
  /** Blank when the task is a paragraph of its own. */
  unit: string;
  task: string;
}

export interface Conference {
  supervisingBody: string;
  issuingBody: string;
  issuerShortName: string;
  issuerSymbol: string;
  localLevel: string;
  placeName: string;
  planNumber: string;
  planDate: MonthOrDate | null;
  title: string;
  legalBases: string[];
  introduction: string;
  purposes: string[];
  requirements: string[];
  format: string;
  chairs: NamedPerson[];
  /** Who presides and signs CHỦ TỌA: the `Chủ tọa` row, else the first chair. */
  presiding: NamedPerson | null;
  secretary: NamedPerson | null;
  contents: string[];
  startDate: CivilDate | null;
  startTime: CivilTime | null;
  endTime: CivilTime | null;
  venue: string;
  agenda: string[];
  /** Written after the meeting: what happened, and the chair's conclusion (minutes, section II). */
  proceedings: string[];
  conclusions: string[];
  tasks: UnitTask[];
  closing: string;
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signer: string;
  invitationNumber: string;
  invitationDate: MonthOrDate | null;
  minutesNumber: string;
  reportNumber: string;
  reportDate: MonthOrDate | null;
  reportDeadline: CivilDate | null;
  reportRecipients: string[];
  /** Days as typed (the law's defaults apply when blank): shared/opinions/deadlines.ts reads them. */
  announceDays: string;
  publishDays: string;
}

export interface ConferenceRead {
  conference: Conference;
  /** Row of each fact in the tab, to point staff at it. */
  rows: Partial<Record<FactKey, number>>;
  problems: Message[];
}

export function readConference(grid: Grid): ConferenceRead {
  const { entries, problems } = readFacts(grid);
  const all = (key: FactKey): FactEntry[] => entries.get(key) ?? [];
  const text = (key: FactKey): string => {
    const value = all(key)[0]?.value;
    return typeof value === "string" ? value : "";
  };
  const texts = (key: FactKey): string[] =>
    all(key)
      .map((e) => (typeof e.value === "string" ? e.value : ""))
      .filter((v) => v !== "");
  const first = <T>(key: FactKey): T | null => (all(key)[0]?.value as T | undefined) ?? null;
  const person = (e: FactEntry): NamedPerson => ({
    name: typeof e.value === "string" ? e.value : "",
    title: e.detail,
  });
  const rows: Partial<Record<FactKey, number>> = {};
  for (const [key, list] of entries) if (list[0]) rows[key] = list[0].row;

  const secretary = all("secretary")[0];
  const chairs = all("chair").map(person);
  const conference: Conference = {
    supervisingBody: text("supervisingBody"),
    issuingBody: text("issuingBody"),
    issuerShortName: text("issuerShortName"),
    issuerSymbol: text("issuerSymbol"),
    localLevel: text("localLevel"),
    placeName: text("placeName"),
    planNumber: text("planNumber"),
    planDate: first<MonthOrDate>("planDate"),
    title: text("title"),
    legalBases: texts("legalBasis"),
    introduction: text("introduction"),
    purposes: texts("purpose"),
    requirements: texts("requirement"),
    format: text("format"),
    chairs,
    presiding: presidingOf(all("presiding")[0], chairs),
    secretary: secretary ? person(secretary) : null,
    contents: texts("content"),
    startDate: first<CivilDate>("startDate"),
    startTime: first<CivilTime>("startTime"),
    endTime: first<CivilTime>("endTime"),
    venue: text("venue"),
    agenda: texts("agenda"),
    proceedings: texts("proceedings"),
    conclusions: texts("conclusion"),
    tasks: all("task").map((e) => ({ unit: typeof e.value === "string" ? e.value : "", task: e.detail })),
    closing: text("closing"),
    recipients: texts("recipient"),
    signerAuthority: text("signerAuthority"),
    signerTitle: text("signerTitle"),
    signer: text("signer"),
    invitationNumber: text("invitationNumber"),
    invitationDate: first<MonthOrDate>("invitationDate"),
    minutesNumber: text("minutesNumber"),
    reportNumber: text("reportNumber"),
    reportDate: first<MonthOrDate>("reportDate"),
    reportDeadline: first<CivilDate>("reportDeadline"),
    reportRecipients: texts("reportRecipient"),
    announceDays: text("announceDays"),
    publishDays: text("publishDays"),
  };
  return { conference, rows, problems };
}

/**
 * The `Chủ tọa` row names one of the chairs (their title comes from the `Chủ trì` row) or someone
 * else with a title; without it, the first chair presides.
 */
function presidingOf(entry: FactEntry | undefined, chairs: readonly NamedPerson[]): NamedPerson | null {
  const name = typeof entry?.value === "string" ? entry.value.trim() : "";
  if (!entry || name === "") return chairs[0] ?? null;
  const chair = chairs.find((c) => foldKey(c.name) === foldKey(name));
  return { name: chair?.name ?? name, title: entry.detail || chair?.title || "" };
}
