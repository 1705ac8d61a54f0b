/**
 * Writing scattered cells in a bounded number of service calls, changing nothing else.
 *
 * The changed cells are cut into dense rectangles (runs of adjacent columns, stacked while the
 * next row changes the same columns): a check-in is one, an import's new rows are one. Up to
 * MAX_EXACT_BLOCKS of them are written as they are (one setValues each, one setNumberFormats
 * unless they are all checkboxes): exactly the changed cells, nothing else. Past that (hundreds
 * of scattered rows, an import's updates), banded-write.ts rewrites a few bands with the cells
 * between written back as they were; if a rule refuses one of those, the rectangles are written
 * one by one after all (more calls, never a lost write).
 */
import { msg } from "../../../shared/i18n/index.ts";
import type { CellWrite } from "../../../shared/table/types.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { ensureSize } from "../sheets/write.ts";
import { writeBands } from "./banded-write.ts";
import { type Block, cellKey } from "./blocks.ts";

export { indexRuns, TEXT_FORMAT } from "./blocks.ts";
export { writeRows } from "./write-rows.ts";

const MAX_EXACT_BLOCKS = 16;

/** Dense rectangles covering exactly the written cells. */
export function denseBlocks(writes: readonly CellWrite[]): Block[] {
  const byRow = new Map<number, number[]>();
  for (const write of writes)
    byRow.set(write.gridIndex, [...(byRow.get(write.gridIndex) ?? []), write.column]);
  const blocks: Block[] = [];
  const open = new Map<string, Block>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= columns.length; i++) {
      if (i < columns.length && columns[i] === (columns[i - 1] as number) + 1) continue;
      const span = `${columns[start]}:${columns[i - 1]}`;
      const block = open.get(span);
      if (block && block.last === row - 1) block.last = row;
      else {
        const fresh = {
          first: row,
          last: row,
          start: columns[start] as number,
          end: columns[i - 1] as number,
        };
        open.set(span, fresh);
        blocks.push(fresh);
      }
      start = i;
    }
  }
  return blocks;
}

/**
 * Writes the cells into the sheet whose grid was read moments ago (under the same lock) and
 * applies them to that grid too, so a caller can go on planning from it.
 */
export function writeCells(sheet: GasSheet, grid: Grid, writes: readonly CellWrite[]): void {
  if (writes.length === 0) return;
  const byCell = new Map<number, CellWrite>();
  let lastRow = 0;
  let lastColumn = 0;
  for (const write of writes) {
    byCell.set(cellKey(write.gridIndex, write.column), write);
    lastRow = Math.max(lastRow, write.gridIndex);
    lastColumn = Math.max(lastColumn, write.column);
  }
  ensureSize(sheet, lastRow + 1, lastColumn + 1);
  const blocks = denseBlocks(writes);
  const exact = () => {
    for (const block of blocks) writeDense(sheet, block, byCell);
  };
  if (blocks.length <= MAX_EXACT_BLOCKS) refusedByRule(sheet, exact);
  else {
    try {
      writeBands(sheet, grid, writes, byCell);
    } catch {
      // A value between the changes that its rule refuses (a stale "x" in a checkbox column).
      refusedByRule(sheet, exact);
    }
  }
  for (const write of byCell.values()) {
    const row = grid[write.gridIndex] ?? [];
    grid[write.gridIndex] = row;
    row[write.column] = write.value;
  }
}

/** One rectangle of changed cells: formats first (so text stays text), then the values. */
function writeDense(sheet: GasSheet, block: Block, byCell: ReadonlyMap<number, CellWrite>): void {
  const { first, last, start, end } = block;
  const range = sheet.getRange(first + 1, start + 1, last - first + 1, end - start + 1);
  const cells: CellWrite[][] = [];
  for (let r = first; r <= last; r++) {
    const row: CellWrite[] = [];
    for (let c = start; c <= end; c++) row.push(byCell.get(cellKey(r, c)) as CellWrite);
    cells.push(row);
  }
  const keeps = cells.flat().filter((cell) => cell.format === null).length;
  // All checkboxes: their format stays. Some: the others' formats are set, theirs read back.
  if (keeps < cells.flat().length) {
    const before = keeps > 0 ? range.getNumberFormats() : null;
    range.setNumberFormats(
      cells.map((row, i) => row.map((cell, j) => cell.format ?? before?.[i]?.[j] ?? "General")),
    );
  }
  range.setValues(cells.map((row) => row.map((cell) => cell.value)));
}

/** A rule's refusal as a message naming the tab, not the service's English. */
function refusedByRule(sheet: GasSheet, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof Error && /data validation/i.test(error.message))
      throw new UserFacingError([msg("table.refusedByRule", { tab: sheet.getName() })]);
    throw error;
  }
}
