/**
 * One tab of the in-memory workbook: a grid of maxRows x maxColumns cells (a new sheet is
 * 1000 x 26, as in Sheets), frozen rows, column widths and protected ranges. Rows are stored
 * sparsely; only cells ever touched exist.
 */
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { afterDeletedRows } from "../../../shared/workbook/formula-rows.ts";
import { gasError } from "../spreadsheet/errors.ts";
import { type Cell, hasContent, inheritedFormatting, newCell } from "./cell.ts";
import { newProtection, type ProtectionModel, spanAfterDelete, spanAfterInsert } from "./protection.ts";
import { type CellSnapshot, readCell, snapshotCell } from "./read.ts";
import type { EmulatedWorkbook } from "./workbook.ts";

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class EmulatedSheet {
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  /** Hidden from the tab bar (hideSheet); still read and written by scripts. */
  hidden = false;
  /** Pixel widths of the columns that were set; others are DEFAULT_COLUMN_WIDTH. */
  readonly columnWidths = new Map<number, number>();
  readonly protections: ProtectionModel[] = [];
  private rows: Array<Array<Cell | undefined> | undefined>;

  constructor(
    readonly workbook: EmulatedWorkbook,
    public name: string,
    readonly sheetId: number,
    maxRows = DEFAULT_MAX_ROWS,
    maxColumns = DEFAULT_MAX_COLUMNS,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    this.rows = new Array(maxRows);
  }

  /** Throws as Sheet.getRange does for a block that does not fit the grid. */
  assertRange(row: number, column: number, numRows: number, numColumns: number): void {
    if (numRows < 1) throw gasError("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw gasError("The number of columns in the range must be at least 1.");
    if (row < 1) throw gasError("The starting row of the range is too small.");
    if (column < 1) throw gasError("The starting column of the range is too small.");
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw gasError("The coordinates of the range are outside the dimensions of the sheet.");
    }
  }

  getCell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created when missing (1-based, inside the grid). */
  cellFor(row: number, column: number): Cell {
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[column - 1];
    if (!cell) {
      cell = newCell();
      line[column - 1] = cell;
    }
    return cell;
  }

  /** Last row holding a value or formula (0 for an empty sheet), as Sheet.getLastRow. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const line = this.rows[r];
      if (line?.some((cell) => hasContent(cell))) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length - 1; c >= last; c--) {
        if (hasContent(line[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Calls back every existing cell, row by row (1-based coordinates). */
  forEachCell(callback: (row: number, column: number, cell: Cell) => void): void {
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell) callback(r + 1, c + 1, cell);
      });
    });
  }

  insertRowsAfter(after: number, count: number): void {
    if (!Number.isInteger(after) || after < 1 || after > this.maxRows)
      throw gasError("Those rows are out of bounds.");
    if (!Number.isInteger(count) || count < 1)
      throw gasError("The number of rows to insert must be at least 1.");
    this.workbook.assertCellLimit(count * this.maxColumns);
    const template = this.rows[after - 1];
    const fresh: Array<Array<Cell | undefined> | undefined> = [];
    for (let i = 0; i < count; i++) {
      const line = template?.map((cell) => inheritedFormatting(cell));
      fresh.push(line?.some((c) => c) ? line : undefined);
    }
    this.rows = [...this.rows.slice(0, after), ...fresh, ...this.rows.slice(after)];
    this.maxRows += count;
    for (const p of this.protections) [p.row, p.numRows] = spanAfterInsert(p.row, p.numRows, after, count);
  }

  insertColumnsAfter(after: number, count: number): void {
    if (!Number.isInteger(after) || after < 1 || after > this.maxColumns) {
      throw gasError("Those columns are out of bounds.");
    }
    if (!Number.isInteger(count) || count < 1)
      throw gasError("The number of columns to insert must be at least 1.");
    this.workbook.assertCellLimit(count * this.maxRows);
    for (const line of this.rows) {
      if (!line || line.length <= after - 1) continue;
      const added: Array<Cell | undefined> = [];
      for (let i = 0; i < count; i++) added.push(inheritedFormatting(line[after - 1]));
      line.splice(after, 0, ...added);
    }
    const widths = [...this.columnWidths].sort(([a], [b]) => a - b);
    this.columnWidths.clear();
    for (const [col, width] of widths) {
      this.columnWidths.set(col > after ? col + count : col, width);
      if (col === after) for (let i = 1; i <= count; i++) this.columnWidths.set(after + i, width);
    }
    this.maxColumns += count;
    for (const p of this.protections) {
      [p.column, p.numColumns] = spanAfterInsert(p.column, p.numColumns, after, count);
    }
  }

  deleteRows(position: number, count: number): void {
    if (!Number.isInteger(position) || !Number.isInteger(count) || count < 1) {
      throw gasError("Those rows are out of bounds.");
    }
    if (position < 1 || position + count - 1 > this.maxRows) throw gasError("Those rows are out of bounds.");
    const frozenDeleted = Math.max(0, Math.min(this.frozenRows, position + count - 1) - position + 1);
    if (count - frozenDeleted >= this.maxRows - this.frozenRows) {
      throw gasError("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.rows.splice(position - 1, count);
    this.maxRows -= count;
    // As Sheets does: the sheet's formulas follow the rows they point at (a deleted one is #REF!).
    const deleted = Array.from({ length: count }, (_, i) => position + i);
    this.forEachCell((_row, _column, cell) => {
      if (cell.formula !== null) cell.formula = afterDeletedRows(cell.formula, deleted);
    });
    this.frozenRows -= frozenDeleted;
    for (let i = this.protections.length - 1; i >= 0; i--) {
      const p = this.protections[i];
      if (!p) continue;
      [p.row, p.numRows] = spanAfterDelete(p.row, p.numRows, position, count);
      if (p.numRows === 0) this.protections.splice(i, 1);
    }
  }

  /** Emulator-only inspection of one cell (1-based); counts no service call. */
  cellAt(row: number, column: number): CellSnapshot {
    return snapshotCell(this.getCell(row, column));
  }

  /** Emulator-only: the values from A1 to the last row and column with content. */
  values(): CellValue[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= columns; c++) line.push(readCell(this.getCell(r, c), Date));
      out.push(line);
    }
    return out;
  }

  addProtection(row: number, column: number, numRows: number, numColumns: number): ProtectionModel {
    const protection = newProtection(row, column, numRows, numColumns);
    this.protections.push(protection);
    return protection;
  }
}
