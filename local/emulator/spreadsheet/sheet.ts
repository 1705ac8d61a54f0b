/** Sheet: one tab. Every method counts one "Sheet.<method>" call. */
import type {
  GasProtection,
  GasRange,
  GasSheet,
  ProtectionType,
} from "../../../addon/server/gas/spreadsheet-types.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import type { EmuContext } from "./context.ts";
import { gasError, signatureError } from "./errors.ts";
import { EmuProtection } from "./protection.ts";
import { EmuRange } from "./range.ts";

/** Apps Script passes integers to Java: fractions are dropped, anything else is refused. */
function integer(value: unknown, method: string, args: readonly unknown[]): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw signatureError("SpreadsheetApp.Sheet", method, args);
  return Math.trunc(value);
}

export class EmuSheet implements GasSheet {
  constructor(
    private readonly ctx: EmuContext,
    readonly model: EmulatedSheet,
  ) {}

  private record(method: string): void {
    this.ctx.counter.record("Sheet", method);
  }

  getName(): string {
    this.record("getName");
    return this.model.name;
  }

  getSheetId(): number {
    this.record("getSheetId");
    return this.model.sheetId;
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): GasRange {
    this.record("getRange");
    const args = [row, column, numRows, numColumns];
    const r = integer(row, "getRange", args);
    const c = integer(column, "getRange", args);
    const nr = numRows === undefined ? 1 : integer(numRows, "getRange", args);
    const nc = numColumns === undefined ? 1 : integer(numColumns, "getRange", args);
    this.model.assertRange(r, c, nr, nc);
    return new EmuRange(this.ctx, this.model, r, c, nr, nc);
  }

  getLastRow(): number {
    this.record("getLastRow");
    return this.model.lastRow();
  }

  getLastColumn(): number {
    this.record("getLastColumn");
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    this.record("getMaxRows");
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.record("getMaxColumns");
    return this.model.maxColumns;
  }

  hideSheet(): GasSheet {
    this.record("hideSheet");
    this.model.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    this.record("isSheetHidden");
    return this.model.hidden;
  }

  getFrozenRows(): number {
    this.record("getFrozenRows");
    return this.model.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.record("setFrozenRows");
    const n = integer(rows, "setFrozenRows", [rows]);
    if (n < 0) throw gasError("The number of frozen rows cannot be negative.");
    if (n >= this.model.maxRows) throw gasError("You can't freeze all visible rows on the sheet.");
    this.model.frozenRows = n;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.record("setColumnWidth");
    const column = integer(columnPosition, "setColumnWidth", [columnPosition, width]);
    const px = integer(width, "setColumnWidth", [columnPosition, width]);
    if (column < 1 || column > this.model.maxColumns) throw gasError("Those columns are out of bounds.");
    this.model.columnWidths.set(column, Math.max(0, px));
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.record("insertColumnsAfter");
    const args = [afterPosition, howMany];
    this.model.insertColumnsAfter(
      integer(afterPosition, "insertColumnsAfter", args),
      integer(howMany, "insertColumnsAfter", args),
    );
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.record("insertRowsAfter");
    const args = [afterPosition, howMany];
    this.model.insertRowsAfter(
      integer(afterPosition, "insertRowsAfter", args),
      integer(howMany, "insertRowsAfter", args),
    );
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.record("deleteRows");
    const args = [rowPosition, howMany];
    this.model.deleteRows(integer(rowPosition, "deleteRows", args), integer(howMany, "deleteRows", args));
  }

  /** Range protections of this sheet; sheet-wide protections are not emulated (always []). */
  getProtections(type: ProtectionType): GasProtection[] {
    this.record("getProtections");
    if (String(type) !== "RANGE") return [];
    return this.model.protections.map((p) => new EmuProtection(this.ctx, this.model, p));
  }
}
