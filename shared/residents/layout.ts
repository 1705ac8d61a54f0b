/**
 * Where the table starts: the header row may sit under title rows ("DANH SÁCH NHÂN KHẨU", "Tổ dân
 * phố số 5", a blank line), and a row of column numbers ("1", "2", "(3)") often follows it in
 * government exports. The user may name the header row instead.
 */
import { headerScore, mapColumns } from "./columns.ts";
import type { ColumnTarget, ImportCell, ImportColumn, ImportGrid } from "./types.ts";

const SEARCH_ROWS = 30;

export interface LayoutOptions {
  /** 1-based row of the header, as the user counts; detected when absent. */
  headerRow?: number;
  /** Overrides by 0-based column. */
  mapping?: Readonly<Record<number, ColumnTarget>>;
}

export interface GridLayout {
  /** 1-based row of the header. */
  headerRow: number;
  columns: ImportColumn[];
  /** 0-based grid index of the first data row. */
  firstDataIndex: number;
  /** Whether a row of column numbers under the header was skipped. */
  numberingRow: boolean;
}

/** The 0-based index of the most header-like row among the first ones, or null. */
export function findHeaderIndex(grid: ImportGrid): number | null {
  let best: number | null = null;
  let bestScore = 0;
  const limit = Math.min(grid.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const { score, hasName } = headerScore(grid[r] ?? []);
    const acceptable = score >= 2 || (score === 1 && hasName);
    if (acceptable && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

export function layoutGrid(grid: ImportGrid, options: LayoutOptions = {}): GridLayout | null {
  const wanted = options.headerRow;
  const index =
    wanted !== undefined && wanted >= 1 && wanted <= grid.length ? wanted - 1 : findHeaderIndex(grid);
  if (index === null) return null;
  const columns = mapColumns(grid[index] ?? [], options.mapping);
  const numberingRow = isNumberingRow(grid[index + 1], columns.length);
  return {
    headerRow: index + 1,
    columns,
    firstDataIndex: index + (numberingRow ? 2 : 1),
    numberingRow,
  };
}

/** "1 2 3 4" or "(1) (2) (3)" under the header: numbers in increasing order across most columns. */
function isNumberingRow(row: readonly ImportCell[] | undefined, headerWidth: number): boolean {
  if (!row) return false;
  let previous = 0;
  let count = 0;
  for (const cell of row) {
    if (cell === null || cell === "") continue;
    const text = String(cell).trim();
    const match = /^\(?(\d{1,2})\)?$/.exec(text);
    if (!match) return false;
    const n = Number(match[1]);
    if (n <= previous) return false;
    previous = n;
    count++;
  }
  return count >= 2 && count * 2 >= headerWidth;
}
