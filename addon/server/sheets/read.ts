/**
 * Batched reads: one getValues per tab, whatever its number of rows.
 */
import type { TabSpec } from "../../../shared/schema/types.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { findTabName, type WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";
import type { GasSheet, GasSpreadsheet } from "../gas/spreadsheet-types.ts";

export interface SheetsRead {
  snapshot: WorkbookSnapshot;
  sheets: Map<string, GasSheet>;
  /** Schema tabs the workbook lacks. */
  missing: TabSpec[];
}

/** Every cell up to the last row and column holding data. */
export function readWholeSheet(sheet: GasSheet): Grid {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return [];
  return sheet.getRange(1, 1, rows, columns).getValues() as Grid;
}

/** Finds the schema tabs by name (tolerant of case and diacritics) and reads each in one call. */
export function readTabs(spreadsheet: GasSpreadsheet, specs: readonly TabSpec[]): SheetsRead {
  const all = spreadsheet.getSheets();
  const byName = new Map(all.map((sheet) => [sheet.getName(), sheet]));
  const snapshot: WorkbookSnapshot = { tabs: new Map() };
  const sheets = new Map<string, GasSheet>();
  const missing: TabSpec[] = [];
  for (const spec of specs) {
    const name = findTabName(byName.keys(), spec.name);
    const sheet = name === undefined ? undefined : byName.get(name);
    if (name === undefined || !sheet) {
      missing.push(spec);
      continue;
    }
    snapshot.tabs.set(name, readWholeSheet(sheet));
    sheets.set(spec.key, sheet);
  }
  return { snapshot, sheets, missing };
}
