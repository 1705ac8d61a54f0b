/** Cell addressing shared by the table layer's writers. */
export const TEXT_FORMAT = "@";

/** Sheets has at most 18,278 columns: row * 20,000 + column names one cell. */
export function cellKey(row: number, column: number): number {
  return row * 20_000 + column;
}

/** Runs of adjacent indexes (columns or rows): [2, 3, 4, 7] -> [[2, 4], [7, 7]]. */
export function indexRuns(indexes: Iterable<number>): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/** A rectangle of the grid, 0-based and inclusive. */
export interface Block {
  first: number;
  last: number;
  start: number;
  end: number;
}
