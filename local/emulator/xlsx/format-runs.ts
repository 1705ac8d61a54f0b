/**
 * Cells that hold nothing but a number format, in vertical runs of one format: written once as a
 * meta record (and as the column's style, so Excel and LibreOffice type into them the same way)
 * instead of one styled empty cell each. A set-up register has ~90,000 of them; as cells they
 * made every read of the file take a second.
 */
import type { Cell } from "../model/cell.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import { a1Notation } from "../spreadsheet/a1.ts";

export interface FormatRun {
  column: number;
  first: number;
  last: number;
  format: string;
}

/** Only a format: no value, formula, note or style (validation is kept apart, in its own runs). */
function formatOnly(cell: Cell | undefined): string | null {
  if (!cell || cell.format === null) return null;
  if (cell.value !== null || cell.formula !== null || cell.note !== null) return null;
  if (cell.bold || cell.background !== null || cell.wrap) return null;
  return cell.format;
}

/** Runs of at least two cells, by column then row. */
export function formatRuns(sheet: EmulatedSheet): FormatRun[] {
  const runs: FormatRun[] = [];
  const keep = (run: FormatRun | null) => {
    if (run && run.last > run.first) runs.push(run);
  };
  for (let column = 1; column <= sheet.maxColumns; column++) {
    let open: FormatRun | null = null;
    for (let row = 1; row <= sheet.maxRows; row++) {
      const format = formatOnly(sheet.getCell(row, column));
      if (format !== null && open !== null && open.format === format && open.last === row - 1) {
        open.last = row;
        continue;
      }
      keep(open);
      open = format === null ? null : { column, first: row, last: row, format };
    }
    keep(open);
  }
  return runs;
}

/** Whether a cell is written by a run (so not as a cell of its own): one lookup per cell. */
export function coveredBy(runs: readonly FormatRun[]): (row: number, column: number) => boolean {
  const byColumn = new Map<number, FormatRun[]>();
  for (const run of runs) byColumn.set(run.column, [...(byColumn.get(run.column) ?? []), run]);
  return (row, column) => byColumn.get(column)?.some((run) => row >= run.first && row <= run.last) ?? false;
}

/** The format of a column's longest run: the style Excel gives a cell typed into that column. */
export function columnStyles(runs: readonly FormatRun[]): Map<number, string> {
  const longest = new Map<number, FormatRun>();
  for (const run of runs) {
    const best = longest.get(run.column);
    if (!best || run.last - run.first > best.last - best.first) longest.set(run.column, run);
  }
  return new Map([...longest].map(([column, run]) => [column, run.format]));
}

export function runA1(run: FormatRun): string {
  return a1Notation(run.first, run.column, run.last - run.first + 1, 1);
}
