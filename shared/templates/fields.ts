/**
 * The fields a Word template may use, generated from the schema: every `Mục` of `Hội nghị` (by its
 * label or an alias), the computed fields (the wording fields of wording.ts and a few more), and a
 * loop over each table tab by its name, with that tab's column headers inside. docs/templates.md
 * lists the same (test/shared/templates checks it), and the parser refuses anything else.
 */
import type { FactSpec } from "../schema/conference-facts.ts";
import { FACTS } from "../schema/conference-facts.ts";
import { CONFERENCE_TAB, TABLE_TABS } from "../schema/tabs.ts";
import type { ColumnSpec, TableTabSpec } from "../schema/types.ts";
import { foldKey } from "../text/fold.ts";
import { WORDING_FIELDS } from "./wording.ts";

/** Computed fields beyond the wording ones, with what they give (Vietnamese, for the docs). */
export const COMPUTED_FIELDS = [
  { key: "weekday", name: "Thứ", note: "Thứ của ngày hội nghị: “thứ Tư”." },
  {
    key: "longDate",
    name: "Ngày hội nghị bằng chữ",
    note: "“ngày 12 tháng 3 năm 2031”, như dòng địa danh, ngày tháng.",
  },
  { key: "startMoment", name: "Thời gian bắt đầu", note: "“07 giờ 30, thứ Tư ngày 12/3/2031”." },
  { key: "invited", name: "Số đại biểu được mời", note: "Số dòng của trang Đại biểu, hai chữ số." },
  {
    key: "present",
    name: "Số đại biểu có mặt",
    note: "Số đại biểu đã điểm danh có mặt (kể cả người đến thêm), hai chữ số.",
  },
  { key: "opinionCount", name: "Số ý kiến", note: "Số ý kiến của hội nghị này (trang Ý kiến)." },
  { key: "today", name: "Hôm nay", note: "Ngày điền mẫu: “ngày 05 tháng 3 năm 2031”." },
] as const;

export type ComputedKey = (typeof COMPUTED_FIELDS)[number]["key"];

/** Inside a loop over a `Hội nghị` item: its value and detail, by the tab's own headers. */
export const FACT_COLUMNS = CONFERENCE_TAB.columns.filter((c) => c.key === "value" || c.key === "detail");
/** Inside every loop: the item's number, 1, 2, 3... */
export const ROW_NUMBER = "TT";

export type FieldSource =
  | { kind: "wording"; index: number }
  | { kind: "computed"; key: ComputedKey }
  | { kind: "fact"; fact: FactSpec };

export type LoopSource = { kind: "fact"; fact: FactSpec } | { kind: "tab"; tab: TableTabSpec };

/** Where a name (folded) leads: its text, its loop, or both. */
export interface FieldEntry {
  name: string;
  text?: FieldSource;
  loop?: LoopSource;
}

function buildIndex(): Map<string, FieldEntry> {
  const index = new Map<string, FieldEntry>();
  const entry = (name: string) => {
    const key = foldKey(name);
    const found = index.get(key) ?? { name };
    index.set(key, found);
    return found;
  };
  // Wording fields first: where a name is also a `Mục` ({Chủ trì}), the text means what it means in
  // the add-on's wording rows; the item's own rows stay reachable as a loop.
  WORDING_FIELDS.forEach((field, i) => {
    entry(field.name).text = { kind: "wording", index: i };
  });
  for (const field of COMPUTED_FIELDS) entry(field.name).text ??= { kind: "computed", key: field.key };
  for (const fact of FACTS) {
    for (const name of [fact.label, ...(fact.aliases ?? [])]) {
      const found = entry(name);
      found.text ??= { kind: "fact", fact };
      found.loop ??= { kind: "fact", fact };
    }
  }
  for (const tab of TABLE_TABS) entry(tab.name).loop = { kind: "tab", tab };
  return index;
}

export const FIELD_INDEX: ReadonlyMap<string, FieldEntry> = buildIndex();

/** Column names a loop item may hold whatever the workbook: schema headers, aliases, TT... */
export const SCHEMA_COLUMN_NAMES: ReadonlySet<string> = new Set([
  foldKey(ROW_NUMBER),
  ...FACT_COLUMNS.map((c) => foldKey(c.header)),
  ...TABLE_TABS.flatMap((tab) =>
    tab.columns.flatMap((c: ColumnSpec) => [c.header, ...(c.aliases ?? [])].map((name) => foldKey(name))),
  ),
]);
