/**
 * How far a clerk has got in the `Hội nghị` tab: of the item rows there, how many hold a value,
 * and the first empty one from the top (what to fill next), so the sidebar can point at a row
 * rather than say "chưa có" with no next step.
 */
import { CONFERENCE_TAB } from "../schema/tabs.ts";
import { cellText, type Grid } from "../workbook/cells.ts";
import { locateColumns } from "../workbook/header.ts";
import { factByLabel } from "./facts.ts";

export interface FactProgress {
  /** Rows naming a known item. */
  items: number;
  /** Of those, rows with a value (or a detail). */
  filled: number;
  /** The first item row without a value, top to bottom. */
  next: { label: string; row: number } | null;
}

export function factProgress(grid: Grid): FactProgress {
  const layout = locateColumns(CONFERENCE_TAB, grid[0] ?? []);
  const label = layout.indexByKey.get("label");
  const value = layout.indexByKey.get("value");
  const detail = layout.indexByKey.get("detail");
  const progress: FactProgress = { items: 0, filled: 0, next: null };
  if (label === undefined || value === undefined) return progress;
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const fact = factByLabel(cellText(cells[label]));
    if (!fact) continue;
    progress.items++;
    const has = cellText(cells[value]) !== "" || (detail !== undefined && cellText(cells[detail]) !== "");
    if (has) progress.filled++;
    else progress.next ??= { label: fact.label, row: r + 1 };
  }
  return progress;
}
