/**
 * The typed table layer's server half: a schema tab read in one getValues, its rows by id, and
 * updates, appends and missing ids written through writeCells in a constant number of calls.
 * Writers run under the document lock and re-read the tab inside it (withTable), so two clerks
 * checking people in at once both land, and a row sorted elsewhere since the sidebar read it is
 * still found by its id.
 */
import { msg } from "../../../shared/i18n/index.ts";
import type { TableTabSpec } from "../../../shared/schema/types.ts";
import { IdSequence } from "../../../shared/table/ids.ts";
import {
  endOfRecords,
  missingColumns,
  planAppends,
  planMissingIds,
  planUpdates,
  type RowUpdate,
  readRows,
  snapshotOf,
  type TableRows,
  type TableSnapshot,
} from "../../../shared/table/table.ts";
import type { CellWrite, ColumnKey, RowPatch } from "../../../shared/table/types.ts";
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { findTabName } from "../../../shared/workbook/snapshot.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";
import type { GasProperties, GasSheet } from "../gas/spreadsheet-types.ts";
import { withDocumentLock } from "../sheets/lock.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { writeCells, writeRows } from "./write-cells.ts";

export class ServerTable<T extends TableTabSpec> {
  constructor(
    readonly sheet: GasSheet,
    readonly snapshot: TableSnapshot<T>,
    /** Where the highest id ever issued is kept (null outside a bound script: ids from the tab). */
    private readonly properties: GasProperties | null = null,
  ) {}

  get spec(): T {
    return this.snapshot.spec;
  }

  /** 0-based column of a schema column, or undefined when the sheet lacks it. */
  column(key: ColumnKey<T>): number | undefined {
    return this.snapshot.layout.indexByKey.get(key);
  }

  rows(): TableRows<T> {
    return readRows(this.snapshot);
  }

  /** Changes only the cells whose value differs; an unknown or doubled id changes nothing. */
  update(updates: readonly RowUpdate<T>[]): { changedRows: number } {
    const plan = planUpdates(this.snapshot, updates);
    if (!plan.ok) throw new UserFacingError(plan.problems);
    this.write(plan.writes);
    return { changedRows: plan.changedRows };
  }

  /** Adds rows after the last record; returns their new ids. */
  append(rows: readonly RowPatch<T>[]): string[] {
    const plan = planAppends(this.snapshot, rows);
    this.write(plan.writes);
    return plan.ids;
  }

  /** Gives an id to every row that has none (typed or pasted by hand); how many were given. */
  fillMissingIds(): number {
    const writes = planMissingIds(this.snapshot);
    this.write(writes);
    return writes.length;
  }

  /**
   * Bulk append (an import's additions): rows of cells in `keys` order, all in one number format,
   * after the last record, with no object per cell. The caller supplies the ids.
   */
  appendRows(keys: readonly ColumnKey<T>[], rows: readonly CellValue[][], format: string): void {
    const columns = keys.map((key) => this.column(key));
    if (columns.some((column) => column === undefined))
      throw new Error(`${this.spec.name}: column not located`);
    writeRows(
      this.sheet,
      this.snapshot.grid,
      endOfRecords(this.snapshot.grid),
      columns as number[],
      rows,
      format,
    );
    const idAt = this.spec.id ? keys.indexOf(this.spec.id.column as ColumnKey<T>) : -1;
    if (idAt >= 0) this.recordIds(rows.map((row) => row[idAt]));
  }

  /** Cell writes planned elsewhere from this table's grid (the residents merge). */
  write(writes: readonly CellWrite[]): void {
    writeCells(this.sheet, this.snapshot.grid, writes);
    const idIndex = this.spec.id ? this.column(this.spec.id.column as ColumnKey<T>) : undefined;
    if (idIndex !== undefined) this.recordIds(writes.filter((w) => w.column === idIndex).map((w) => w.value));
  }

  /** Raises the kept floor to the highest id just written, so it is never issued again. */
  private recordIds(values: readonly (CellValue | undefined)[]): void {
    const spec = this.spec.id;
    if (!spec || !this.properties || values.length === 0) return;
    const highest = new IdSequence(spec, values).highest;
    if (highest <= this.snapshot.idFloor) return;
    this.properties.setProperty(idFloorKey(this.spec), String(highest));
    this.snapshot.idFloor = highest;
  }
}

function idFloorKey(spec: TableTabSpec): string {
  return `doiThoai.lastId.${spec.key}`;
}

function readIdFloor(properties: GasProperties | null, spec: TableTabSpec): number {
  if (!properties || !spec.id) return 0;
  const kept = Number(properties.getProperty(idFloorKey(spec)));
  return Number.isSafeInteger(kept) && kept > 0 ? kept : 0;
}

/** Reads a schema tab; a missing tab, or a missing column among `needed`, is a message. */
export function openTable<T extends TableTabSpec>(
  ctx: ServerContext,
  spec: T,
  needed: readonly ColumnKey<T>[] = spec.columns.filter((c) => c.required).map((c) => c.key),
): ServerTable<T> {
  const sheets = ctx.spreadsheet.getSheets();
  const name = findTabName(
    sheets.map((sheet) => sheet.getName()),
    spec.name,
  );
  const sheet = sheets.find((candidate) => candidate.getName() === name);
  if (!sheet) throw new UserFacingError([msg("workbook.missingTab", { tab: spec.name })]);
  const properties = spec.id ? ctx.services.PropertiesService.getDocumentProperties() : null;
  const snapshot = snapshotOf(spec, readWholeSheet(sheet), readIdFloor(properties, spec));
  const idColumn = spec.id?.column;
  const keys: string[] = idColumn === undefined ? [...needed] : [...needed, idColumn];
  const problems = [...snapshot.layout.problems, ...missingColumns(snapshot, keys)];
  if (problems.length > 0) throw new UserFacingError(problems);
  return new ServerTable(sheet, snapshot, properties);
}

/**
 * A write to a tab: under the document lock, the tab read afresh, rows without an id given one
 * first (so the work can address every row), then the work.
 */
export function withTable<T extends TableTabSpec, R>(
  ctx: ServerContext,
  spec: T,
  work: (table: ServerTable<T>) => R,
  needed?: readonly ColumnKey<T>[],
): R {
  return withDocumentLock(ctx, () => {
    const table = openTable(ctx, spec, needed);
    table.fillMissingIds();
    return work(table);
  });
}

/**
 * A read for a list the sidebar shows and then addresses by id (the check-in desk): no lock, unless
 * some rows have no id yet, which are given theirs under the lock first. Desks that reload often
 * then never queue behind the check-ins.
 */
export function readTableWithIds<T extends TableTabSpec>(
  ctx: ServerContext,
  spec: T,
  needed?: readonly ColumnKey<T>[],
): ServerTable<T> {
  const table = openTable(ctx, spec, needed);
  if (planMissingIds(table.snapshot).length === 0) return table;
  return withTable(ctx, spec, (fresh) => fresh, needed);
}
