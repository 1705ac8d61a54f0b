/**
 * The room left for residents in this spreadsheet (Sheets' 10-million-cell limit): each one takes a
 * register row and a row of undo data. Read from the sheets' sizes, no cell values.
 */
import { residentRoom, SHEET_CELL_LIMIT } from "../../../shared/residents/capacity.ts";
import { UNDO_HEADERS } from "../../../shared/residents/undo-log.ts";
import { RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";

export function roomForResidents(ctx: ServerContext, register: GasSheet | null): number {
  let used = 0;
  for (const sheet of ctx.spreadsheet.getSheets()) used += sheet.getMaxRows() * sheet.getMaxColumns();
  const width = register ? register.getMaxColumns() : RESIDENTS_TAB.columns.length;
  const undo = UNDO_HEADERS.length;
  // Empty rows already at the register's end are filled before it grows: those residents cost
  // only their undo row.
  const spare = register ? Math.max(0, register.getMaxRows() - register.getLastRow()) : 0;
  const free = Math.max(0, SHEET_CELL_LIMIT - used);
  if (free <= spare * undo) return Math.floor(free / undo);
  return spare + residentRoom(used + spare * undo, width + undo);
}
