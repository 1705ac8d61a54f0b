/**
 * The workbook's tabs and columns, one file per tab in tabs/. Columns are found by header text
 * (see workbook/header.ts), never by position; columns staff add are kept. docs/workbook.md
 * describes the same schema for staff.
 */
import { CATALOGUE_TAB } from "./tabs/catalogue.ts";
import { CATEGORIES_TAB } from "./tabs/categories.ts";
import { CONFERENCE_TAB } from "./tabs/conference.ts";
import { OPINIONS_TAB } from "./tabs/opinions.ts";
import { RESIDENTS_TAB } from "./tabs/residents.ts";
import { ROSTER_TAB } from "./tabs/roster.ts";
import type { TabKey, TabSpec } from "./types.ts";

export { CATALOGUE_TAB, CATEGORIES_TAB, CONFERENCE_TAB, OPINIONS_TAB, RESIDENTS_TAB, ROSTER_TAB };

export const TABS: readonly TabSpec[] = [
  CONFERENCE_TAB,
  CATEGORIES_TAB,
  ROSTER_TAB,
  RESIDENTS_TAB,
  OPINIONS_TAB,
  CATALOGUE_TAB,
];

/** The tabs of one record per row (all but `Hội nghị`). */
export const TABLE_TABS = [CATEGORIES_TAB, ROSTER_TAB, RESIDENTS_TAB, OPINIONS_TAB, CATALOGUE_TAB] as const;

export function tabSpec(key: TabKey): TabSpec {
  const spec = TABS.find((tab) => tab.key === key);
  if (!spec) throw new Error(`No tab ${key}`);
  return spec;
}
