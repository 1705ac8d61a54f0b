/**
 * A read of the tabs an operation needs, as plain grids: the add-on fills it from SpreadsheetApp
 * (one getValues per tab), the extension and the CLI from an .xlsx. The core reads only this.
 */
import type { TabSpec } from "../schema/types.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "./cells.ts";

export interface WorkbookSnapshot {
  /** Grids by the tab's name as it is in the file. */
  tabs: Map<string, Grid>;
}

/** Finds a tab by name, tolerant of case, spacing and diacritics ("Y kien" finds "Ý kiến"). */
export function findTabName(names: Iterable<string>, wanted: string): string | undefined {
  const key = foldKey(wanted);
  for (const name of names) if (foldKey(name) === key) return name;
  return undefined;
}

export function tabGrid(snapshot: WorkbookSnapshot, tab: TabSpec): Grid | undefined {
  const name = findTabName(snapshot.tabs.keys(), tab.name);
  return name === undefined ? undefined : snapshot.tabs.get(name);
}
