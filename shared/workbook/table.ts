/**
 * Reading a table tab (header row, then one record per row) into typed records. Blank rows are
 * skipped; every conversion problem names the tab, the row as staff see it and the column.
 */
import { type Message, msg } from "../i18n/index.ts";
import type { TableTabSpec } from "../schema/types.ts";
import type { CellValue, Grid } from "./cells.ts";
import { isBlank } from "./cells.ts";
import { type ColumnLayout, locateColumns } from "./header.ts";
import { parseCell, type TypedValue } from "./typed.ts";

export interface TableRecord {
  /** 1-based row number in the sheet. */
  row: number;
  values: Record<string, TypedValue>;
}

export interface TableRead {
  records: TableRecord[];
  layout: ColumnLayout;
  problems: Message[];
}

/** Reads all records; missing schema columns are problems only when `required` lists them. */
export function readTable(tab: TableTabSpec, grid: Grid, required: readonly string[] = []): TableRead {
  const layout = locateColumns(tab, grid[0] ?? []);
  const problems: Message[] = [...layout.problems];
  for (const column of layout.missing) {
    if (required.includes(column.key))
      problems.push(msg("workbook.missingColumn", { tab: tab.name, column: column.header }));
  }
  const records: TableRecord[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    // Unticked checkboxes read as false: a row of nothing but those is still an empty row.
    if (cells.every((cell) => isBlank(cell) || cell === false)) continue;
    const values: Record<string, TypedValue> = {};
    for (const column of tab.columns) {
      const index = layout.indexByKey.get(column.key);
      const raw: CellValue = index === undefined ? "" : (cells[index] ?? "");
      const parsed = parseCell(column, raw, { tab: tab.name, row: r + 1, column: column.header });
      if (parsed.ok) values[column.key] = parsed.value;
      else {
        values[column.key] = null;
        problems.push(parsed.problem);
      }
    }
    records.push({ row: r + 1, values });
  }
  return { records, layout, problems };
}

export function textValue(record: TableRecord, key: string): string {
  const value = record.values[key];
  return typeof value === "string" ? value : "";
}
