/**
 * The values a template is filled with, read from a workbook snapshot on demand: a template that
 * never loops over `Dân cư` never reads its 40,000 rows. Each value is computed once.
 */
import type { FactEntry, FactValue } from "../conference/facts.ts";
import { readFacts } from "../conference/facts.ts";
import type { CivilDate } from "../dates/civil.ts";
import { compareCivilDates } from "../dates/civil.ts";
import {
  formatClock,
  formatLongDate,
  formatShortDate,
  formatStartMoment,
  weekdayName,
} from "../dates/vietnamese.ts";
import { type DocumentSources, placeholderValues, readSources } from "../documents/sources.ts";
import { type Message, msg } from "../i18n/index.ts";
import { countAttendance } from "../roster/attendance.ts";
import { countText } from "../roster/categories.ts";
import type { FactSpec } from "../schema/conference-facts.ts";
import { CONFERENCE_TAB, OPINIONS_TAB, RESIDENTS_TAB } from "../schema/tabs.ts";
import type { TableTabSpec } from "../schema/types.ts";
import { foldKey } from "../text/fold.ts";
import { cellText, type Grid } from "../workbook/cells.ts";
import { tabGrid, type WorkbookSnapshot } from "../workbook/snapshot.ts";
import { readTable } from "../workbook/table.ts";
import type { TypedValue } from "../workbook/typed.ts";
import { type ComputedKey, FACT_COLUMNS, type FieldSource, type LoopSource, ROW_NUMBER } from "./fields.ts";
import { maskIdNumber } from "./mask.ts";
import { WORDING_FIELDS } from "./wording.ts";

/** Headers that hold an ID number wherever they appear (a column staff added to `Đại biểu`...). */
const ID_HEADERS = new Set(
  RESIDENTS_TAB.columns
    .filter((c) => c.key === "idNumber")
    .flatMap((c) => [c.header, ...(c.aliases ?? [])].map((n) => foldKey(n))),
);

/** One loop item: its columns by folded header. */
export type RowScope = Map<string, string>;

/** A value the template asks for that the workbook cannot give (a tab it lacks). */
export class TemplateDataError extends Error {
  constructor(readonly problem: Message) {
    super(problem.key);
  }
}

const isDate = (v: object): v is CivilDate => "day" in v && typeof v.day === "number" && "month" in v;

function factText(value: FactValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if ("hour" in value) return formatClock(value);
  if (value.day === null) return `tháng ${value.month} năm ${value.year}`;
  return formatShortDate({ year: value.year, month: value.month, day: value.day });
}

function typedText(value: TypedValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "Có" : "";
  if ("hour" in value) return formatClock(value);
  return isDate(value) ? formatShortDate(value) : "";
}

export interface TemplateDataOptions {
  /** The day of filling, for {Hôm nay}. */
  today: CivilDate | null;
}

export class TemplateData {
  private facts: Map<string, FactEntry[]> | undefined;
  private sources: DocumentSources | undefined;
  private readonly loops = new Map<string, RowScope[]>();

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly options: TemplateDataOptions,
  ) {}

  hasConference(): boolean {
    return tabGrid(this.snapshot, CONFERENCE_TAB) !== undefined;
  }

  /** The headers staff added to a tab (kept, and usable inside its loop). */
  extraHeaders(): string[] {
    const names: string[] = [];
    for (const grid of this.snapshot.tabs.values())
      for (const cell of grid[0] ?? []) if (cellText(cell) !== "") names.push(foldKey(cellText(cell)));
    return names;
  }

  text(source: FieldSource): string {
    switch (source.kind) {
      case "wording":
        return WORDING_FIELDS[source.index]?.value(placeholderValues(this.read())) ?? "";
      case "computed":
        return this.computed(source.key);
      case "fact":
        return this.entries(source.fact)
          .map((e) => [factText(e.value), e.detail].filter((part) => part !== "").join(", "))
          .join("\n");
    }
  }

  loop(source: LoopSource): RowScope[] {
    const key = source.kind === "fact" ? `fact:${source.fact.key}` : `tab:${source.tab.key}`;
    let rows = this.loops.get(key);
    if (!rows) {
      rows = source.kind === "fact" ? this.factRows(source.fact) : this.tabRows(source.tab);
      this.loops.set(key, rows);
    }
    return rows;
  }

  private read(): DocumentSources {
    this.sources ??= readSources(this.snapshot);
    return this.sources;
  }

  private entries(fact: FactSpec): FactEntry[] {
    this.facts ??= readFacts(tabGrid(this.snapshot, CONFERENCE_TAB) ?? []).entries;
    return this.facts.get(fact.key) ?? [];
  }

  private computed(key: ComputedKey): string {
    const s = this.read();
    const c = s.conference;
    switch (key) {
      case "weekday":
        return c.startDate ? weekdayName(c.startDate) : "";
      case "longDate":
        return c.startDate ? formatLongDate(c.startDate) : "";
      case "startMoment":
        return c.startDate && c.startTime ? formatStartMoment(c.startDate, c.startTime) : "";
      case "invited":
        return countText(countAttendance(s.categories, s.invitees, s.areas).invited);
      case "present":
        return countText(countAttendance(s.categories, s.invitees, s.areas).present);
      case "opinionCount":
        return String(s.opinions.length);
      case "today":
        return this.options.today ? formatLongDate(this.options.today) : "";
    }
  }

  private factRows(fact: FactSpec): RowScope[] {
    const [value, detail] = FACT_COLUMNS.map((c) => foldKey(c.header));
    return this.entries(fact).map(
      (e, i) =>
        new Map([
          [foldKey(ROW_NUMBER), String(i + 1)],
          [value ?? "", factText(e.value)],
          [detail ?? "", e.detail],
        ]),
    );
  }

  private tabRows(tab: TableTabSpec): RowScope[] {
    const grid: Grid | undefined = tabGrid(this.snapshot, tab);
    if (!grid) throw new TemplateDataError(msg("templates.missingTab", { tab: tab.name }));
    const read = readTable(tab, grid);
    // The opinions of this conference only, as the minutes count them (opinions/conferences.ts).
    const day = tab.key === OPINIONS_TAB.key ? this.read().conference.startDate : null;
    const records = read.records.filter((r) => {
      const held = r.values.conferenceDate;
      return !day || !held || typeof held !== "object" || !isDate(held) || compareCivilDates(held, day) === 0;
    });
    const columns = tab.columns.map((c) => ({
      key: c.key,
      names: [c.header, ...(c.aliases ?? [])].map((n) => foldKey(n)),
    }));
    return records.map((record, i) => {
      const row: RowScope = new Map([[foldKey(ROW_NUMBER), String(i + 1)]]);
      for (const { key, names } of columns) {
        const raw = typedText(record.values[key] ?? null);
        const text = key === "idNumber" || names.some((n) => ID_HEADERS.has(n)) ? maskIdNumber(raw) : raw;
        for (const name of names) row.set(name, text);
      }
      const cells = grid[record.row - 1] ?? [];
      for (const { index, header } of read.layout.extra) {
        const name = foldKey(header);
        const text = cellText(cells[index]);
        row.set(name, ID_HEADERS.has(name) ? maskIdNumber(text) : text);
      }
      return row;
    });
  }
}
