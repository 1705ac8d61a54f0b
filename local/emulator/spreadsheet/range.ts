/** Range: a block of one sheet. Every method counts one "Range.<method>" call. */
import type {
  GasDataValidation,
  GasProtection,
  GasRange,
  GasSheet,
} from "../../../addon/server/gas/spreadsheet-types.ts";
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { displayCell, formatOf, readCell } from "../model/read.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import { assertGridSize, writeUserValues } from "../model/write.ts";
import { a1Notation } from "./a1.ts";
import type { EmuContext } from "./context.ts";
import { EmuDataValidation, ruleOf } from "./data-validation.ts";
import { signatureError } from "./errors.ts";
import { normalizeFormat } from "./number-format.ts";
import { EmuProtection } from "./protection.ts";
import { EmuSheet } from "./sheet.ts";

export class EmuRange implements GasRange {
  constructor(
    private readonly ctx: EmuContext,
    readonly model: EmulatedSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private record(method: string): void {
    this.ctx.counter.record("Range", method);
  }

  private map<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(read(this.row + i, this.column + j));
      out.push(line);
    }
    return out;
  }

  private eachCell(change: (row: number, column: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) change(this.row + i, this.column + j);
    }
  }

  getValues(): CellValue[][] {
    this.record("getValues");
    return this.map((r, c) => readCell(this.model.getCell(r, c), this.ctx.DateCtor));
  }

  /** The formula of each cell ("=..."), "" where a cell holds a plain value. */
  getFormulas(): string[][] {
    this.record("getFormulas");
    return this.map((r, c) => this.model.getCell(r, c)?.formula ?? "");
  }

  getDisplayValues(): string[][] {
    this.record("getDisplayValues");
    return this.map((r, c) => displayCell(this.model.getCell(r, c)));
  }

  getNumberFormats(): string[][] {
    this.record("getNumberFormats");
    return this.map((r, c) => formatOf(this.model.getCell(r, c)));
  }

  getNumRows(): number {
    this.record("getNumRows");
    return this.numRows;
  }

  getNumColumns(): number {
    this.record("getNumColumns");
    return this.numColumns;
  }

  getRow(): number {
    this.record("getRow");
    return this.row;
  }

  getColumn(): number {
    this.record("getColumn");
    return this.column;
  }

  getA1Notation(): string {
    this.record("getA1Notation");
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  /** The range's own end row (not the sheet's last row with data), as the real Range. */
  getLastRow(): number {
    this.record("getLastRow");
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.record("getLastColumn");
    return this.column + this.numColumns - 1;
  }

  setValues(values: unknown[][]): GasRange {
    this.record("setValues");
    const rows = assertGridSize(values, this.numRows, this.numColumns, "setValues");
    writeUserValues(this.model, this.row, this.column, rows, this.ctx.now);
    return this;
  }

  /** Sets every cell of the range to the value, as the real setValue does. */
  setValue(value: unknown): GasRange {
    this.record("setValue");
    const rows = Array.from({ length: this.numRows }, () => new Array<unknown>(this.numColumns).fill(value));
    writeUserValues(this.model, this.row, this.column, rows, this.ctx.now);
    return this;
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.record("setNumberFormat");
    if (typeof numberFormat !== "string")
      throw signatureError("SpreadsheetApp.Range", "setNumberFormat", [numberFormat]);
    const format = normalizeFormat(numberFormat);
    this.eachCell((r, c) => {
      if (format !== null || this.model.getCell(r, c)) this.model.cellFor(r, c).format = format;
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.record("setNumberFormats");
    const rows = assertGridSize(numberFormats, this.numRows, this.numColumns, "setNumberFormats");
    rows.forEach((line, i) => {
      line.forEach((f, j) => {
        if (typeof f !== "string")
          throw signatureError("SpreadsheetApp.Range", "setNumberFormats", [numberFormats]);
        this.model.cellFor(this.row + i, this.column + j).format = normalizeFormat(f);
      });
    });
    return this;
  }

  setDataValidation(rule: GasDataValidation | null): GasRange {
    this.record("setDataValidation");
    const model = rule === null ? null : ruleOf(rule);
    if (model === undefined) throw signatureError("SpreadsheetApp.Range", "setDataValidation", [rule]);
    this.eachCell((r, c) => {
      if (model !== null || this.model.getCell(r, c)) this.model.cellFor(r, c).validation = model;
    });
    return this;
  }

  /** The rule of the top-left cell, as the real getDataValidation. */
  getDataValidation(): GasDataValidation | null {
    this.record("getDataValidation");
    const rule = this.model.getCell(this.row, this.column)?.validation;
    return rule ? new EmuDataValidation(this.ctx, rule) : null;
  }

  setFontWeight(fontWeight: string | null): GasRange {
    this.record("setFontWeight");
    const bold = fontWeight === "bold";
    this.eachCell((r, c) => {
      if (bold || this.model.getCell(r, c)) this.model.cellFor(r, c).bold = bold;
    });
    return this;
  }

  setBackground(color: string | null): GasRange {
    this.record("setBackground");
    const background = color === null || color === "" ? null : color.toLowerCase();
    this.eachCell((r, c) => {
      if (background !== null || this.model.getCell(r, c)) this.model.cellFor(r, c).background = background;
    });
    return this;
  }

  setNote(note: string | null): GasRange {
    this.record("setNote");
    const text = note === null || note === "" ? null : String(note);
    this.eachCell((r, c) => {
      if (text !== null || this.model.getCell(r, c)) this.model.cellFor(r, c).note = text;
    });
    return this;
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    this.record("setWrap");
    this.eachCell((r, c) => {
      if (isWrapEnabled || this.model.getCell(r, c)) this.model.cellFor(r, c).wrap = isWrapEnabled;
    });
    return this;
  }

  /** Clears values and formulas; formats and validation stay. */
  clearContent(): GasRange {
    this.record("clearContent");
    this.eachCell((r, c) => {
      const cell = this.model.getCell(r, c);
      if (cell) {
        cell.value = null;
        cell.formula = null;
      }
    });
    return this;
  }

  protect(): GasProtection {
    this.record("protect");
    const protection = this.model.addProtection(this.row, this.column, this.numRows, this.numColumns);
    return new EmuProtection(this.ctx, this.model, protection);
  }

  getSheet(): GasSheet {
    this.record("getSheet");
    return new EmuSheet(this.ctx, this.model);
  }
}
