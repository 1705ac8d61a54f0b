/**
 * Everything a document is built from, read once from a workbook snapshot, and the check that a
 * document's required facts are there: one message listing every missing one, tab and label,
 * before anything is created.
 */
import { type Catalogue, readCatalogue } from "../catalogue/catalogue.ts";
import { type Conference, readConference } from "../conference/model.ts";
import type { CivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { carriedOver, ofConference, previousConference } from "../opinions/conferences.ts";
import { type Opinion, readOpinions } from "../opinions/opinions.ts";
import type { Attendance } from "../roster/attendance.ts";
import type { AreaCounts, Category } from "../roster/categories.ts";
import { readCategories } from "../roster/categories.ts";
import { type Invitee, readRoster } from "../roster/roster.ts";
import { FACTS, type FactKey } from "../schema/conference-facts.ts";
import { CATALOGUE_TAB, CATEGORIES_TAB, CONFERENCE_TAB, OPINIONS_TAB, ROSTER_TAB } from "../schema/tabs.ts";
import type { TabSpec } from "../schema/types.ts";
import { tabGrid, type WorkbookSnapshot } from "../workbook/snapshot.ts";
import { hostTitles } from "./hosts.ts";
import type { PlaceholderValues } from "./text.ts";

export interface DocumentSources {
  conference: Conference;
  categories: Category[];
  invitees: Invitee[];
  /** The current conference's opinions (those of earlier conferences in the workbook left out). */
  opinions: Opinion[];
  /** Earlier conferences' opinions the report accounts for (shared/opinions/conferences.ts). */
  carriedOver: Opinion[];
  /** The day of the conference before this one, when the workbook holds one. */
  previousConference: CivilDate | null;
  catalogue: Catalogue;
  areas: AreaCounts;
  /** Tabs the snapshot lacks. */
  missingTabs: Set<string>;
  /** Problems met while reading (bad dates...), to show beside a missing-facts message. */
  problems: Message[];
}

/** The tabs documents read; the residents register is never needed. */
export const DOCUMENT_TABS: readonly TabSpec[] = [
  CONFERENCE_TAB,
  CATEGORIES_TAB,
  ROSTER_TAB,
  OPINIONS_TAB,
  CATALOGUE_TAB,
];

export function readSources(snapshot: WorkbookSnapshot): DocumentSources {
  const missingTabs = new Set<string>();
  const grid = (tab: TabSpec) => {
    const found = tabGrid(snapshot, tab);
    if (!found) missingTabs.add(tab.name);
    return found ?? [];
  };
  const conference = readConference(grid(CONFERENCE_TAB));
  const categories = readCategories(grid(CATEGORIES_TAB));
  const roster = readRoster(grid(ROSTER_TAB));
  const opinions = readOpinions(grid(OPINIONS_TAB));
  const catalogue = readCatalogue(grid(CATALOGUE_TAB));
  return {
    conference: conference.conference,
    categories: categories.categories,
    invitees: roster.invitees,
    opinions: ofConference(opinions.opinions, conference.conference.startDate),
    carriedOver: carriedOver(opinions.opinions, conference.conference.startDate),
    previousConference: conference.conference.startDate
      ? previousConference(opinions.opinions, conference.conference.startDate)
      : null,
    catalogue: catalogue.catalogue,
    areas: { kdc: catalogue.catalogue.kdcs.length, tdp: catalogue.catalogue.tdps.length },
    missingTabs,
    problems: [
      ...conference.problems,
      ...categories.problems,
      ...roster.problems,
      ...opinions.problems,
      ...catalogue.problems,
    ],
  };
}

export function placeholderValues(s: DocumentSources): PlaceholderValues {
  const c = s.conference;
  return {
    areas: s.areas,
    level: c.localLevel,
    issuer: c.issuerShortName,
    reportDeadline: c.reportDeadline,
    startDate: c.startDate,
    hosts: hostTitles(c.chairs, c.localLevel),
    presiding: c.presiding?.title ?? "",
    reportRecipients: c.reportRecipients,
  };
}

const FIELD: Record<FactKey, keyof Conference> = {
  supervisingBody: "supervisingBody",
  issuingBody: "issuingBody",
  issuerShortName: "issuerShortName",
  issuerSymbol: "issuerSymbol",
  localLevel: "localLevel",
  placeName: "placeName",
  planNumber: "planNumber",
  planDate: "planDate",
  title: "title",
  legalBasis: "legalBases",
  introduction: "introduction",
  purpose: "purposes",
  requirement: "requirements",
  format: "format",
  chair: "chairs",
  presiding: "presiding",
  secretary: "secretary",
  content: "contents",
  startDate: "startDate",
  startTime: "startTime",
  endTime: "endTime",
  venue: "venue",
  agenda: "agenda",
  proceedings: "proceedings",
  conclusion: "conclusions",
  task: "tasks",
  closing: "closing",
  recipient: "recipients",
  signerAuthority: "signerAuthority",
  signerTitle: "signerTitle",
  signer: "signer",
  invitationNumber: "invitationNumber",
  invitationDate: "invitationDate",
  minutesNumber: "minutesNumber",
  reportNumber: "reportNumber",
  reportDate: "reportDate",
  reportDeadline: "reportDeadline",
  reportRecipient: "reportRecipients",
  announceDays: "announceDays",
  publishDays: "publishDays",
};

export function hasFact(c: Conference, key: FactKey): boolean {
  if (key === "chair") return c.chairs.some((p) => p.name !== "");
  const value: unknown = c[FIELD[key]];
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Collects what a document lacks and what would make it wrong, then answers with one list: the
 * missing facts in one message (tab › label, in the order of the `Hội nghị` tab, then sheets that
 * need rows), then each value that cannot make a right document (a chair with no title, an unknown
 * `Cách tính`, a category with nobody in it...). The CLI, the sidebar and the preview all build
 * through here, so they refuse the same workbooks with the same words.
 */
export class Requirements {
  private readonly missingFacts = new Set<FactKey>();
  private readonly tabs: string[] = [];
  private readonly wrong: Message[] = [];

  constructor(private readonly sources: DocumentSources) {}

  facts(...keys: FactKey[]): this {
    for (const key of keys) if (!hasFact(this.sources.conference, key)) this.missingFacts.add(key);
    if (keys.includes("chair")) this.chairTitles();
    return this;
  }

  /** A tab that must hold at least one row. */
  rows(tab: TabSpec, count: number): this {
    if (count === 0) this.tabs.push(tab.name);
    return this;
  }

  /** The wording names chairs by title: each chair (and who presides) needs one. */
  private chairTitles(): void {
    const c = this.sources.conference;
    const people = [...c.chairs, ...(c.presiding ? [c.presiding] : [])];
    const untitled = [
      ...new Set(people.filter((p) => p.name !== "" && p.title.trim() === "").map((p) => p.name)),
    ];
    if (untitled.length > 0)
      this.wrong.push(msg("documents.chairWithoutTitle", { names: untitled.join(", ") }));
  }

  /**
   * `Thành phần` rows that would print a wrong number or sentence: a `Cách tính` not in the list
   * (or none), "Dân cư mỗi KDC" with no number of residents; and, for documents made from the
   * roster (`people`), a category nobody in `Đại biểu` belongs to.
   */
  categories(people?: Attendance): this {
    const s = this.sources;
    this.wrong.push(...s.problems.filter((p) => p.params?.tab === CATEGORIES_TAB.name));
    const unread = new Set(
      s.problems.filter((p) => p.params?.tab === CATEGORIES_TAB.name).map((p) => p.params?.row),
    );
    for (const category of s.categories) {
      const place = { tab: CATEGORIES_TAB.name, row: category.row, name: category.name };
      if (category.method === null && !unread.has(category.row))
        this.wrong.push(msg("documents.categoryNoMethod", place));
      if (category.method === "residentsPerKdc" && !category.perKdc)
        this.wrong.push(msg("documents.categoryNoResidents", place));
    }
    // With nobody invited at all the roster itself is missing, said once by rows().
    const groups = people && people.invited > 0 ? people.groups : [];
    const empty = groups.filter((g) => g.category !== null && g.invited === 0);
    if (empty.length > 0)
      this.wrong.push(
        msg("documents.emptyCategories", {
          tab: ROSTER_TAB.name,
          names: empty.map((g) => g.name).join(", "),
        }),
      );
    return this;
  }

  get ok(): boolean {
    return this.missingFacts.size === 0 && this.tabs.length === 0 && this.wrong.length === 0;
  }

  messages(documentName: string): Message[] {
    const facts = FACTS.filter((f) => this.missingFacts.has(f.key)).map(
      (f) => `${CONFERENCE_TAB.name} › ${f.label}`,
    );
    // Without the `Hội nghị` tab every fact is missing: name the tab rather than each fact.
    const conferenceTab = this.sources.missingTabs.has(CONFERENCE_TAB.name) ? [CONFERENCE_TAB.name] : facts;
    const items = [...conferenceTab, ...this.tabs].join("; ");
    // A fact the reader could not take (a date like 31/02) shows up as missing: say why.
    const reading = this.sources.problems.filter(
      (p) => p.key !== "workbook.unknownFact" && p.params?.tab === CONFERENCE_TAB.name,
    );
    const missing = items === "" ? [] : [msg("documents.missing", { document: documentName, items })];
    const wrong =
      missing.length > 0 ? this.wrong : [msg("documents.wrong", { document: documentName }), ...this.wrong];
    return [...missing, ...wrong, ...reading];
  }
}
