/**
 * Reading the `Hội nghị` tab: label/value rows into facts, several-valued facts in row order.
 */
import type { CivilDate, CivilTime } from "../dates/civil.ts";
import { makeCivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { FACTS, type FactKey, type FactSpec } from "../schema/conference-facts.ts";
import { CONFERENCE_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import { cellText, type Grid, isBlank, isDateValue } from "../workbook/cells.ts";
import { locateColumns } from "../workbook/header.ts";
import { parseDateCell, parseTimeCell } from "../workbook/typed.ts";

/** A date whose day may be left blank on purpose ("ngày    tháng 6 năm 2022"). */
export interface MonthOrDate {
  year: number;
  month: number;
  day: number | null;
}

export type FactValue = string | CivilDate | CivilTime | MonthOrDate | null;

export interface FactEntry {
  row: number;
  value: FactValue;
  detail: string;
}

export interface FactsRead {
  entries: Map<FactKey, FactEntry[]>;
  problems: Message[];
  /** Facts that a later issue may not know yet, kept rather than lost. */
  unknown: { row: number; label: string }[];
}

/**
 * The key a label is matched by: folded (case, spacing, diacritics, "_-.:/"), and with the i/y
 * spelling variants of a syllable made one ("Thư kí" = "Thư ký", "qui" = "quy"), since both
 * spellings are in everyday use. Only a final "y" after a consonant (or "qu") changes, so
 * "ngày", "tay" keep theirs. Brackets and a trailing colon are ignored: "Thông báo trước (ngày):".
 */
export function factLabelKey(label: string): string {
  return foldKey(label.replace(/[()[\]]/g, " "))
    .split(" ")
    .map((word) => word.replace(/^([^aeiouy]*|qu)y$/, "$1i"))
    .join(" ");
}

const FACT_BY_LABEL = new Map<string, FactSpec>();
for (const fact of FACTS)
  for (const label of [fact.label, ...(fact.aliases ?? [])]) FACT_BY_LABEL.set(factLabelKey(label), fact);

export function factByLabel(label: string): FactSpec | undefined {
  return FACT_BY_LABEL.get(factLabelKey(label));
}

export function parseMonthOrDate(text: string): MonthOrDate | null {
  const s = text.trim();
  const full = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (full) {
    const d = makeCivilDate(Number(full[3]), Number(full[2]), Number(full[1]));
    return d && { ...d };
  }
  const monthOnly = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (monthOnly) {
    const month = Number(monthOnly[1]);
    return month >= 1 && month <= 12 ? { year: Number(monthOnly[2]), month, day: null } : null;
  }
  return null;
}

export function readFacts(grid: Grid): FactsRead {
  const tab = CONFERENCE_TAB;
  const layout = locateColumns(tab, grid[0] ?? []);
  const problems: Message[] = [...layout.problems];
  const entries = new Map<FactKey, FactEntry[]>();
  const unknown: { row: number; label: string }[] = [];
  const labelIndex = layout.indexByKey.get("label");
  const valueIndex = layout.indexByKey.get("value");
  const detailIndex = layout.indexByKey.get("detail");
  for (const key of ["label", "value"]) {
    if (!layout.indexByKey.has(key)) {
      const column = tab.columns.find((c) => c.key === key);
      problems.push(msg("workbook.missingColumn", { tab: tab.name, column: column?.header ?? key }));
    }
  }
  if (labelIndex === undefined || valueIndex === undefined) return { entries, problems, unknown };

  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const label = cellText(cells[labelIndex]);
    if (label === "") continue;
    const raw = cells[valueIndex] ?? "";
    const detail = detailIndex === undefined ? "" : cellText(cells[detailIndex]);
    const fact = factByLabel(label);
    if (!fact) {
      unknown.push({ row: r + 1, label });
      problems.push(msg("workbook.unknownFact", { tab: tab.name, row: r + 1, label }));
      continue;
    }
    if (isBlank(raw) && detail === "") continue;
    const place = { tab: tab.name, row: r + 1, column: label };
    let value: FactValue = cellText(raw);
    if (fact.type === "date") {
      const parsed = parseDateCell(raw, place);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      value = parsed.value;
    } else if (fact.type === "time") {
      const parsed = parseTimeCell(raw, place);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      value = parsed.value;
    } else if (fact.type === "monthOrDate") {
      const asDate = isDateValue(raw) || typeof raw === "number" ? parseDateCell(raw, place) : null;
      const parsed = asDate?.ok ? asDate.value : parseMonthOrDate(cellText(raw));
      if (!parsed) {
        problems.push(msg("workbook.badDate", { ...place, value: cellText(raw) }));
        continue;
      }
      value = parsed;
    }
    const list = entries.get(fact.key) ?? [];
    if (list.length > 0 && !fact.multi) {
      problems.push(msg("workbook.repeatedFact", { tab: tab.name, row: r + 1, label }));
      continue;
    }
    list.push({ row: r + 1, value, detail });
    entries.set(fact.key, list);
  }
  return { entries, problems, unknown };
}
