/**
 * The in-memory spreadsheet the emulated services work on. It outlives one execution: the local
 * preview keeps one per file and builds fresh services (a new "execution") for each call.
 */
import { isDateValue } from "../../../shared/workbook/cells.ts";
import { gasError } from "../spreadsheet/errors.ts";
import { normalizeFormat, PLAIN_TEXT_FORMAT } from "../spreadsheet/number-format.ts";
import { DocumentLockState } from "./lock-state.ts";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, EmulatedSheet } from "./sheet.ts";
import { contentFor } from "./write.ts";

/** Sheets' limit on the cells of one spreadsheet. */
export const CELL_LIMIT = 10_000_000;

export interface WorkbookInit {
  id?: string;
  name?: string;
  timeZone?: string;
}

export interface SheetData {
  name: string;
  /** Stored as given (no coercion: strings stay text); Dates become date cells. */
  values?: readonly (readonly unknown[])[];
  /** One format per cell of `values`, or one format for all of them. */
  numberFormats?: readonly (readonly string[])[] | string;
  maxRows?: number;
  maxColumns?: number;
  frozenRows?: number;
}

export class EmulatedWorkbook {
  id: string;
  name: string;
  timeZone: string;
  readonly sheets: EmulatedSheet[] = [];
  /** insertSheet puts the new sheet after the active one and activates it, as Sheets does. */
  activeSheetIndex = 0;
  readonly documentProperties = new Map<string, string>();
  readonly documentLock = new DocumentLockState();
  private nextSheetId = 0;

  constructor(init: WorkbookInit = {}) {
    this.id = init.id ?? "local-spreadsheet";
    this.name = init.name ?? "Untitled spreadsheet";
    this.timeZone = init.timeZone ?? "Asia/Ho_Chi_Minh";
  }

  /** A new spreadsheet as Sheets creates it: one empty 1000 x 26 sheet (pass [] for none). */
  static create(init: WorkbookInit & { sheetNames?: readonly string[] } = {}): EmulatedWorkbook {
    const workbook = new EmulatedWorkbook(init);
    for (const name of init.sheetNames ?? ["Sheet1"]) workbook.addSheet(name);
    return workbook;
  }

  /** A workbook holding the given values as stored content (see SheetData). */
  static fromData(data: WorkbookInit & { sheets: readonly SheetData[] }): EmulatedWorkbook {
    const workbook = new EmulatedWorkbook(data);
    for (const sheetData of data.sheets) {
      const values = sheetData.values ?? [];
      const width = Math.max(0, ...values.map((row) => row.length));
      const sheet = workbook.addSheet(sheetData.name, {
        maxRows: Math.max(sheetData.maxRows ?? DEFAULT_MAX_ROWS, values.length),
        maxColumns: Math.max(sheetData.maxColumns ?? DEFAULT_MAX_COLUMNS, width),
      });
      sheet.frozenRows = sheetData.frozenRows ?? 0;
      writeStoredValues(sheet, values, sheetData.numberFormats);
    }
    return workbook;
  }

  /** Adds a sheet (at the end unless `index`); throws like insertSheet when the name is taken. */
  addSheet(
    name: string,
    options: { index?: number; maxRows?: number; maxColumns?: number; sheetId?: number } = {},
  ): EmulatedSheet {
    if (name.trim() === "") throw gasError("Sheet name cannot be empty.");
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s.name.toLowerCase() === lower)) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
    this.assertCellLimit(maxRows * maxColumns);
    const sheetId = options.sheetId ?? this.nextSheetId;
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    const sheet = new EmulatedSheet(this, name, sheetId, maxRows, maxColumns);
    const index = Math.min(options.index ?? this.sheets.length, this.sheets.length);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Exact name, as Spreadsheet.getSheetByName. */
  sheetByName(name: string): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(sheetId: number): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  assertCellLimit(added: number): void {
    if (this.totalCells() + added > CELL_LIMIT) {
      throw gasError(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }
}

function writeStoredValues(
  sheet: EmulatedSheet,
  values: readonly (readonly unknown[])[],
  formats: SheetData["numberFormats"],
): void {
  values.forEach((line, i) => {
    line.forEach((input, j) => {
      const given = typeof formats === "string" ? formats : formats?.[i]?.[j];
      const format = given === undefined ? null : normalizeFormat(given);
      if ((input === null || input === undefined || input === "") && format === null) return;
      const cell = sheet.cellFor(i + 1, j + 1);
      cell.format = format;
      if (typeof input === "string") cell.value = input === "" ? null : input;
      else if (typeof input === "object" && input !== null && !isDateValue(input)) cell.value = String(input);
      else {
        // Numbers, booleans and Dates keep their type; a Date keeps a date format even under "@".
        const content = contentFor(input, format === PLAIN_TEXT_FORMAT ? null : format, () => new Date());
        cell.value = content.value;
        cell.format = isDateValue(input) ? content.format : format;
      }
    });
  });
}
