/**
 * The server's second look at rows a page sends: whatever crosses google.script.run is untrusted,
 * and the `Danh mục` may have changed since the preview. The rows go through the very pipeline that
 * produced them (normalising is idempotent), so a genuine payload passes unchanged.
 */
import type { CivilDate } from "../dates/civil.ts";
import type { WardAreas } from "./areas.ts";
import type { PackedRow } from "./pack.ts";
import { ImportJob } from "./pipeline.ts";
import { GridSource } from "./source.ts";
import { type ColumnTarget, type ImportGrid, RESIDENT_FIELDS, type RowIssue, valuesOf } from "./types.ts";

export interface Recheck {
  rows: PackedRow[];
  /** Issues with the user's row numbers. */
  errors: RowIssue[];
  /** Rows repeating an earlier one of the payload. */
  repeats: number;
}

export function recheckRows(incoming: readonly PackedRow[], areas: WardAreas, today: CivilDate): Recheck {
  const grid: ImportGrid = [[...RESIDENT_FIELDS]];
  for (const { values } of incoming) grid.push(RESIDENT_FIELDS.map((field) => values[field]));
  const mapping: Record<number, ColumnTarget> = {};
  RESIDENT_FIELDS.forEach((field, i) => {
    mapping[i] = field;
  });
  const options = { headerRow: 1, mapping };
  const source = new GridSource(grid, {
    kind: "csv",
    encoding: "",
    byteEncoding: null,
    font: "unicode",
    delimiter: null,
    sheet: null,
  });
  const preview = new ImportJob(source, options, areas, today).result();
  const userRow = (gridRow: number) => incoming[gridRow - 2]?.row ?? gridRow;
  return {
    rows: preview.rows.map((r) => ({ row: userRow(r.row), values: valuesOf(r) })),
    errors: preview.errors.map((e) => ({ ...e, row: userRow(e.row) })),
    repeats: preview.duplicates,
  };
}
