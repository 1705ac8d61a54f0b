/**
 * The typed table layer's pure half: a tab read once (its grid and where its columns are), its rows
 * as typed values addressed by id, and the cell writes that an update, an append or the filling
 * of missing ids comes to. The server half (addon/server/table) reads the grid under the document
 * lock and writes these cells in a constant number of service calls.
 */
import { type Message, msg } from "../i18n/index.ts";
import type { TableTabSpec } from "../schema/types.ts";
import { type CellValue, cellText, type Grid, isBlank } from "../workbook/cells.ts";
import { type ColumnLayout, locateColumns } from "../workbook/header.ts";
import { parseCell, type TypedValue } from "../workbook/typed.ts";
import { encodeCell, sameValue } from "./codec.ts";
import { IdSequence } from "./ids.ts";
import type { CellWrite, RowPatch, RowValues, TableRow } from "./types.ts";

/** A tab as read moments ago. Grid indexes are valid only until the sheet changes. */
export interface TableSnapshot<T extends TableTabSpec> {
  spec: T;
  grid: Grid;
  layout: ColumnLayout;
  /** The highest id number ever issued in this tab (0 when unknown): new ids go above it. */
  idFloor: number;
}

/** Unticked checkboxes read as false: a row of nothing but those is still an empty row. */
export function isEmptyRow(cells: readonly CellValue[] | undefined): boolean {
  return !cells || cells.every((cell) => isBlank(cell) || cell === false);
}

/** The grid index after the last row holding anything (the header counts): where appends go. */
export function endOfRecords(grid: Grid): number {
  for (let r = grid.length - 1; r >= 1; r--) if (!isEmptyRow(grid[r])) return r + 1;
  return 1;
}

/** The schema columns a table needs to be read or written; missing ones are named. */
export function missingColumns(snapshot: TableSnapshot<TableTabSpec>, keys: readonly string[]): Message[] {
  const { spec, layout } = snapshot;
  return spec.columns
    .filter((column) => keys.includes(column.key) && !layout.indexByKey.has(column.key))
    .map((column) => msg("workbook.missingColumn", { tab: spec.name, column: column.header }));
}

export function snapshotOf<T extends TableTabSpec>(spec: T, grid: Grid, idFloor = 0): TableSnapshot<T> {
  return { spec, grid, layout: locateColumns(spec, grid[0] ?? []), idFloor };
}

function idOf(snapshot: TableSnapshot<TableTabSpec>, cells: readonly CellValue[]): string {
  const column = snapshot.spec.id?.column;
  const index = column === undefined ? undefined : snapshot.layout.indexByKey.get(column);
  return index === undefined ? "" : cellText(cells[index]);
}

export interface TableRows<T extends TableTabSpec> {
  rows: TableRow<T>[];
  /** Values that are not what their column promises (a date column holding "tomorrow"...). */
  problems: Message[];
}

/** Every non-empty row as typed values. A bad value reads as blank and is named in `problems`. */
export function readRows<T extends TableTabSpec>(snapshot: TableSnapshot<T>): TableRows<T> {
  const { spec, grid, layout } = snapshot;
  const rows: TableRow<T>[] = [];
  const problems: Message[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells || isEmptyRow(cells)) continue;
    const values: Record<string, TypedValue> = {};
    for (const column of spec.columns) {
      const index = layout.indexByKey.get(column.key);
      const raw = index === undefined ? "" : (cells[index] ?? "");
      const parsed = parseCell(column, raw, { tab: spec.name, row: r + 1, column: column.header });
      values[column.key] = parsed.ok ? parsed.value : null;
      if (!parsed.ok) problems.push(parsed.problem);
    }
    rows.push({ id: idOf(snapshot, cells), gridIndex: r, values: values as RowValues<T> });
  }
  return { rows, problems };
}

/** Where each id is; an id found twice (a row copied by hand) is ambiguous and listed apart. */
export function indexIds(snapshot: TableSnapshot<TableTabSpec>): {
  byId: Map<string, number>;
  duplicates: Map<string, number[]>;
} {
  const byId = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const { grid } = snapshot;
  for (let r = 1; r < grid.length; r++) {
    const id = idOf(snapshot, grid[r] ?? []);
    if (id === "") continue;
    const first = byId.get(id);
    if (first === undefined) byId.set(id, r);
    else duplicates.set(id, [...(duplicates.get(id) ?? [first]), r]);
  }
  return { byId, duplicates };
}

/** Ids for the rows that have content but no id (typed or pasted by hand). */
export function planMissingIds(snapshot: TableSnapshot<TableTabSpec>): CellWrite[] {
  const idColumn = snapshot.spec.id?.column;
  const index = idColumn === undefined ? undefined : snapshot.layout.indexByKey.get(idColumn);
  const spec = snapshot.spec.id;
  if (!spec || index === undefined) return [];
  const { grid } = snapshot;
  const sequence = new IdSequence(
    spec,
    grid.slice(1).map((row) => row[index]),
    snapshot.idFloor,
  );
  const writes: CellWrite[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (isEmptyRow(cells) || !isBlank(cells[index])) continue;
    writes.push({ gridIndex: r, column: index, value: sequence.next(), format: "@" });
  }
  return writes;
}

export interface RowUpdate<T extends TableTabSpec> {
  id: string;
  values: RowPatch<T>;
}

export type UpdatePlan =
  | { ok: true; writes: CellWrite[]; changedRows: number }
  | { ok: false; problems: Message[] };

/**
 * The cells an update changes: rows found by id (wherever they are now), and only the values
 * that differ from what the row holds. Unknown or ambiguous ids stop the whole update.
 */
export function planUpdates<T extends TableTabSpec>(
  snapshot: TableSnapshot<T>,
  updates: readonly RowUpdate<T>[],
): UpdatePlan {
  const { byId, duplicates } = indexIds(snapshot);
  const problems: Message[] = [];
  const writes: CellWrite[] = [];
  let changedRows = 0;
  for (const update of updates) {
    const rows = duplicates.get(update.id);
    if (rows) {
      problems.push(
        msg("table.duplicateId", {
          tab: snapshot.spec.name,
          id: update.id,
          rows: rows.map((r) => r + 1).join(", "),
        }),
      );
      continue;
    }
    const gridIndex = byId.get(update.id);
    if (gridIndex === undefined) {
      problems.push(msg("table.unknownId", { tab: snapshot.spec.name, id: update.id }));
      continue;
    }
    const cells = cellWritesFor(snapshot, gridIndex, update.values, true);
    if (cells.length > 0) changedRows++;
    writes.push(...cells);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, writes, changedRows };
}

/** Appended rows, after the last record, each with a new id. */
export function planAppends<T extends TableTabSpec>(
  snapshot: TableSnapshot<T>,
  rows: readonly RowPatch<T>[],
): { writes: CellWrite[]; ids: string[] } {
  const { spec, layout, grid } = snapshot;
  const idSpec = spec.id;
  const idIndex = idSpec ? layout.indexByKey.get(idSpec.column) : undefined;
  const sequence =
    idSpec && idIndex !== undefined
      ? new IdSequence(
          idSpec,
          grid.slice(1).map((row) => row[idIndex]),
          snapshot.idFloor,
        )
      : null;
  const writes: CellWrite[] = [];
  const ids: string[] = [];
  let gridIndex = endOfRecords(grid);
  for (const values of rows) {
    const id = sequence ? sequence.next() : "";
    const withId = (idSpec ? { ...values, [idSpec.column]: id } : values) as RowPatch<T>;
    writes.push(...cellWritesFor(snapshot, gridIndex, withId, false));
    ids.push(id);
    gridIndex++;
  }
  return { writes, ids };
}

/** Cell writes for the given values of one row; `onlyChanges` skips values already there. */
function cellWritesFor<T extends TableTabSpec>(
  snapshot: TableSnapshot<T>,
  gridIndex: number,
  values: RowPatch<T>,
  onlyChanges: boolean,
): CellWrite[] {
  const { spec, layout, grid } = snapshot;
  const cells = grid[gridIndex] ?? [];
  const writes: CellWrite[] = [];
  for (const column of spec.columns) {
    if (!Object.hasOwn(values, column.key)) continue;
    const index = layout.indexByKey.get(column.key);
    if (index === undefined) continue;
    const value = (values as Record<string, TypedValue>)[column.key];
    if (onlyChanges) {
      const place = { tab: spec.name, row: gridIndex + 1, column: column.header };
      const current = parseCell(column, cells[index] ?? "", place);
      if (current.ok && sameValue(current.value, value)) continue;
    }
    const encoded = encodeCell(column, value);
    writes.push({ gridIndex, column: index, ...encoded });
  }
  return writes;
}
