/**
 * What "Thiết lập bảng tính" must do to a workbook, decided from its tab names and header rows
 * alone: which tabs to create and which schema columns to append. Existing columns (and columns
 * staff added) stay where they are; nothing here ever moves or clears data, so planning again after
 * a set-up finds nothing to do.
 */
import { TABS } from "../schema/tabs.ts";
import type { ColumnSpec, TabSpec } from "../schema/types.ts";
import type { CellValue } from "./cells.ts";
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
