/**
 * What a spreadsheet can hold, checked before any work: Google Sheets stops at 10 million cells per
 * spreadsheet, and every imported resident takes a register row and an undo row. A file with more
 * lines than that room is refused from its line count (one pass of indexOf over the bytes, about a
 * second for 200 MB) before it is decoded or parsed, instead of minutes of work and gigabytes of
 * memory ending on the limit.
 */
import { type Message, msg } from "../i18n/index.ts";

export const SHEET_CELL_LIMIT = 10_000_000;

/** Residents the spreadsheet still has room for: cells left over the cells each one takes. */
export function residentRoom(usedCells: number, cellsPerResident: number): number {
  return Math.max(0, Math.floor((SHEET_CELL_LIMIT - usedCells) / Math.max(1, cellsPerResident)));
}

/** Line feeds in the bytes: at least the rows of the file minus one (quoted line breaks aside). */
export function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** Title and header rows a file may have above its data. */
const HEAD_ALLOWANCE = 30;

/**
 * The refusal of a delimited file with more lines than the room left, or null. Lines are an upper
 * bound of rows (a quoted value may span lines), so the margin is generous: a file is refused only
 * when it is clearly over, and the merge checks the exact count again before writing.
 */
export function oversizedFile(bytes: Uint8Array, room: number): Message | null {
  const lines = countLineFeeds(bytes) + 1;
  if (lines <= room + HEAD_ALLOWANCE) return null;
  return msg("import.tooManyRows", { rows: lines, room });
}

/** A file too large even to read into memory (the CLI checks its size before reading it). */
export function oversizedBytes(size: number, room: number, maxBytesPerRow = 2048): Message | null {
  const max = Math.max(64 * 1024 * 1024, room * maxBytesPerRow);
  if (size <= max) return null;
  return msg("import.fileTooLarge", { size: Math.round(size / 1048576), max: Math.round(max / 1048576) });
}
