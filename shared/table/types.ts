/**
 * Types that follow the schema: a tab's column keys and the value each column holds, so that
 * `update(ROSTER_TAB, { presnt: true })` does not compile and a date column takes a CivilDate.
 */
import type { CivilDate, CivilTime } from "../dates/civil.ts";
import type { ColumnType, TableTabSpec } from "../schema/types.ts";
import type { CellValue } from "../workbook/cells.ts";

export type ColumnOf<T extends TableTabSpec> = T["columns"][number];

/** The keys of a tab's columns, e.g. "fullName" | "present" | ... for `Đại biểu`. */
export type ColumnKey<T extends TableTabSpec> = ColumnOf<T>["key"];

/** What a cell of each column type holds once read (blank: "" for text, null otherwise). */
export type ValueOfType<Ty extends ColumnType> = Ty extends "date"
  ? CivilDate | null
  : Ty extends "time"
    ? CivilTime | null
    : Ty extends "yesno"
      ? boolean
      : Ty extends "number"
        ? number | null
        : Ty extends "choice"
          ? string | null
          : string;

type ValueOfColumn<C> = C extends { type: infer Ty extends ColumnType } ? ValueOfType<Ty> : never;

/** One row of a tab as typed values, by column key. */
export type RowValues<T extends TableTabSpec> = {
  [C in ColumnOf<T> as C["key"]]: ValueOfColumn<C>;
};

/** Some columns of a row: what an update or an append gives. */
export type RowPatch<T extends TableTabSpec> = Partial<RowValues<T>>;

/** A row as read, with where it was found at that moment (valid only until the sheet changes). */
export interface TableRow<T extends TableTabSpec> {
  /** The row's id (`Mã ...`); "" when the tab has no id column or the row has none yet. */
  id: string;
  /** 0-based index in the grid read (0 is the header); sheet row = gridIndex + 1. */
  gridIndex: number;
  values: RowValues<T>;
}

/** One cell to write: where (in the grid read), what, and the number format it needs. */
export interface CellWrite {
  gridIndex: number;
  /** 0-based column. */
  column: number;
  value: CellValue;
  /** The number format the value needs; null keeps the cell's own (checkboxes). */
  format: string | null;
}
