/**
 * What "Thiết lập bảng tính" must do to a workbook, decided from its tab names and header rows
 * alone: which tabs to create and which schema columns to append. Existing columns (and columns
 * staff added) stay where they are; nothing here ever moves or clears data, so planning again after
 * a set-up finds nothing to do.
 */
import { factByLabel } from "../conference/facts.ts";
import { FACTS, factHint } from "../schema/conference-facts.ts";
import { TABS } from "../schema/tabs.ts";
import type { ColumnSpec, TabSpec } from "../schema/types.ts";
import { type CellValue, cellText, type Grid, isBlank } from "./cells.ts";
import { locateColumns } from "./header.ts";
import { findTabName } from "./snapshot.ts";

export interface ExistingTab {
  name: string;
  header: readonly CellValue[];
}

export interface TabSetupPlan {
  spec: TabSpec;
  /** The tab's name in the workbook (the schema name when it is to be created). */
  sheetName: string;
  create: boolean;
  /** Header width before set-up; appended columns start right after it. */
  widthBefore: number;
  appended: ColumnSpec[];
  /** 0-based column index of every schema column once set up. */
  columnIndex: Map<string, number>;
}

/** Tabs whose columns others' dropdowns point at come first, so their ranges exist. */
const ORDER: readonly string[] = ["catalogue", "categories", "conference", "roster", "residents", "opinions"];

export function planSetup(existing: readonly ExistingTab[], tabs: readonly TabSpec[] = TABS): TabSetupPlan[] {
  const sorted = [...tabs].sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
  return sorted.map((spec) => {
    const name = findTabName(
      existing.map((tab) => tab.name),
      spec.name,
    );
    const header = existing.find((tab) => tab.name === name)?.header ?? [];
    const layout = locateColumns(spec, header);
    const columnIndex = new Map(layout.indexByKey);
    layout.missing.forEach((column, i) => {
      columnIndex.set(column.key, layout.width + i);
    });
    return {
      spec,
      sheetName: name ?? spec.name,
      create: name === undefined,
      widthBefore: layout.width,
      appended: layout.missing,
      columnIndex,
    };
  });
}

export function planIsEmpty(plan: readonly TabSetupPlan[]): boolean {
  return plan.every((tab) => !tab.create && tab.appended.length === 0);
}

/** The `Hội nghị` rows set-up appends: one per item the tab lacks, in the schema's order. */
export interface FactRowsPlan {
  /** 1-based sheet row of the first new row. */
  firstRow: number;
  /** 0-based first column of the block and its cells, as wide as needed to reach every column. */
  firstColumn: number;
  rows: string[][];
  /** Labels written, in order. */
  labels: string[];
  /** Value cells that take a dropdown: the new row's offset in `rows` and the allowed values. */
  choices: { offset: number; values: readonly string[] }[];
}

/**
 * Which `Hội nghị` items to write so that a clerk fills values top to bottom: every item whose
 * label (matched tolerantly, see factByLabel) is on no row yet, with an empty value and its hint
 * in `Ghi chú`, after the last row holding anything. Rows there are left as they are, so running
 * set-up again (or after a clerk's own rows) adds nothing twice and overwrites nothing.
 */
export function planFactRows(grid: Grid, columnIndex: ReadonlyMap<string, number>): FactRowsPlan | null {
  const label = columnIndex.get("label");
  const hint = columnIndex.get("hint");
  if (label === undefined) return null;
  const present = new Set<string>();
  let lastUsed = 0;
  grid.forEach((cells, r) => {
    if (cells.some((cell) => !isBlank(cell))) lastUsed = r + 1;
    if (r === 0) return;
    const fact = factByLabel(cellText(cells[label]));
    if (fact) present.add(fact.key);
  });
  const missing = FACTS.filter((fact) => !present.has(fact.key));
  if (missing.length === 0) return null;
  const columns = hint === undefined ? [label] : [label, hint];
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const rows = missing.map((fact) => {
    const row = Array.from({ length: width }, () => "");
    row[label - first] = fact.label;
    if (hint !== undefined) row[hint - first] = factHint(fact);
    return row;
  });
  const choices = missing.flatMap((fact, offset) => (fact.choices ? [{ offset, values: fact.choices }] : []));
  return {
    firstRow: Math.max(lastUsed, 1) + 1,
    firstColumn: first,
    rows,
    labels: missing.map((fact) => fact.label),
    choices,
  };
}
