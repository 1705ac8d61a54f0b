/**
 * The typed table layer's server half: a schema tab read in one getValues, its rows by id, and
 * updates, appends and missing ids written through writeCells in a constant number of calls.
 * Writers run under the document lock and re-read the tab inside it (withTable), so two clerks
 * checking people in at once both land, and a row sorted elsewhere since the sidebar read it is
 * still found by its id.
 */
import { msg } from "../../../shared/i18n/index.ts";
import type { TableTabSpec } from "../../../shared/schema/types.ts";
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
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { withDocumentLock } from "../sheets/lock.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { writeCells, writeRows } from "./write-cells.ts";

export class ServerTable<T extends TableTabSpec> {
  constructor(
    readonly sheet: GasSheet,
    readonly snapshot: TableSnapshot<T>,
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
  }

  /** Cell writes planned elsewhere from this table's grid (the residents merge). */
  write(writes: readonly CellWrite[]): void {
    writeCells(this.sheet, this.snapshot.grid, writes);
  }
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
  const snapshot = snapshotOf(spec, readWholeSheet(sheet));
  const idColumn = spec.id?.column;
  const keys: string[] = idColumn === undefined ? [...needed] : [...needed, idColumn];
  const problems = [...snapshot.layout.problems, ...missingColumns(snapshot, keys)];
  if (problems.length > 0) throw new UserFacingError(problems);
  return new ServerTable(sheet, snapshot);
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
