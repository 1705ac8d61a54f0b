/** A protected range of a sheet (Apps Script's Protection of type RANGE). */
export interface ProtectionModel {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  description: string;
  warningOnly: boolean;
}

export function newProtection(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): ProtectionModel {
  return { row, column, numRows, numColumns, description: "", warningOnly: false };
}

/** Moves or stretches a 1-D span [start, start+size) when `count` lines are inserted after `after`. */
export function spanAfterInsert(start: number, size: number, after: number, count: number): [number, number] {
  if (after < start) return [start + count, size];
  if (after < start + size - 1) return [start, size + count];
  return [start, size];
}

/** The span left when lines [pos, pos+count) are deleted; size 0 when nothing is left. */
export function spanAfterDelete(start: number, size: number, pos: number, count: number): [number, number] {
  const end = start + size; // exclusive
  const delEnd = pos + count;
  const kept = Math.max(0, pos - start) + Math.max(0, end - Math.max(delEnd, start));
  const keptBefore = Math.min(size, Math.max(0, pos - start));
  const newStart = start < pos ? start : Math.max(pos, start - count);
  return [keptBefore > 0 ? start : newStart, Math.min(size, kept)];
}
