/** The in-memory workbook to an exceljs workbook (cells, formats, styles, views, validations, meta). */
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import type { Cell } from "../model/cell.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import { ruleKey, type ValidationRule } from "../model/validation.ts";
import type { EmulatedWorkbook } from "../model/workbook.ts";
import { a1Notation, quoteSheetName } from "../spreadsheet/a1.ts";
import { isDateTimeFormat } from "../spreadsheet/number-format.ts";
import { exceljsForWriting, PX_PER_CHAR, validationsOf } from "./exceljs-node.ts";
import { columnStyles, coveredBy, formatRuns, runA1 } from "./format-runs.ts";
import { META_SHEET, META_VERSION, type MetaModel, metaRows, type RuleRecord } from "./meta.ts";

/** exceljs stamps "now" on the document; a fixed date keeps two saves byte-identical. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const EXCEL_LIST_LIMIT = 255;
/** Serials from here on are past JavaScript's last Date (year 275760): exceljs cannot read them. */
const DATE_SERIAL_LIMIT = 1e8;

function rangeText(workbook: EmulatedWorkbook, rule: ValidationRule): string | null {
  const ref = rule.range;
  const sheet = ref ? workbook.sheetById(ref.sheetId) : undefined;
  if (!ref || !sheet) return null;
  return `${quoteSheetName(sheet.name)}!${a1Notation(ref.row, ref.column, ref.numRows, ref.numColumns)}`;
}

function ruleRecord(workbook: EmulatedWorkbook, rule: ValidationRule): RuleRecord {
  return {
    criteria: rule.criteria,
    list: rule.list ? [...rule.list] : null,
    range: rangeText(workbook, rule),
    showDropdown: rule.showDropdown,
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The rule as Excel (and Sheets' import) understand it; null when Excel cannot say it. */
function excelValidation(workbook: EmulatedWorkbook, rule: ValidationRule): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText.slice(0, EXCEL_LIST_LIMIT) } : {}),
  } as const;
  switch (rule.criteria) {
    case "VALUE_IN_LIST": {
      const items = rule.list ?? [];
      const literal = `"${items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
      if (literal.length - 2 > EXCEL_LIST_LIMIT || items.some((item) => item.includes(","))) return null;
      return { type: "list", formulae: [literal], ...common };
    }
    case "VALUE_IN_RANGE": {
      const text = rangeText(workbook, rule);
      if (!text) return null;
      const bang = text.lastIndexOf("!");
      return {
        type: "list",
        formulae: [`${text.slice(0, bang)}!${absolute(text.slice(bang + 1))}`],
        ...common,
      };
    }
    case "CHECKBOX":
      return { type: "list", formulae: ['"TRUE,FALSE"'], ...common };
    case "DATE_IS_VALID_DATE":
      return {
        type: "date",
        operator: "greaterThanOrEqual",
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        ...common,
      };
  }
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell.formula !== null) {
    const result =
      typeof cell.value === "string" && /^#[A-Z0-9/]+[!?]?$/.test(cell.value)
        ? { error: cell.value as ExcelJS.CellErrorValue["error"] }
        : (cell.value ?? undefined);
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

function cellStyle(cell: Cell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.format !== null) style.numFmt = cell.format;
  if (cell.bold) style.font = { bold: true };
  const hex = cell.background && /^#([0-9a-f]{6})$/i.exec(cell.background);
  if (hex?.[1])
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex[1].toUpperCase()}` } };
  if (cell.wrap) style.alignment = { wrapText: true };
  return style;
}

/** Vertical runs of one rule per column: "B2:B1000". */
function validationRuns(sheet: EmulatedSheet): { a1: string; rule: ValidationRule }[] {
  const byColumn = new Map<number, { row: number; rule: ValidationRule }[]>();
  sheet.forEachCell((row, column, cell) => {
    if (!cell.validation) return;
    const list = byColumn.get(column) ?? [];
    list.push({ row, rule: cell.validation });
    byColumn.set(column, list);
  });
  const runs: { a1: string; rule: ValidationRule }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const cells = byColumn.get(column) ?? [];
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const first = cells[start];
      const current = cells[i];
      const previous = cells[i - 1];
      const continues =
        current &&
        previous &&
        first &&
        current.row === previous.row + 1 &&
        ruleKey(current.rule) === ruleKey(first.rule);
      if (continues || !first || !previous) continue;
      runs.push({ a1: a1Notation(first.row, column, previous.row - first.row + 1, 1), rule: first.rule });
      start = i;
    }
  }
  return runs;
}

/** Rows between two pauses: the zip deflates what was written meanwhile, so no sheet piles up. */
const ROWS_PER_PAUSE = 2000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One sheet, row after row: each row is committed (turned into XML, then dropped) as soon as it is
 * written, so memory holds one row of exceljs cells, not the sheet. Widths and validations go
 * before the first row (the writer emits them first); the meta records are collected on the way.
 */
async function writeSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  meta: MetaModel,
): Promise<void> {
  const ws = book.addWorksheet(sheet.name, {
    ...(sheet.hidden ? { state: "hidden" } : {}),
    ...(sheet.frozenRows > 0 ? { views: [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows }] } : {}),
  });
  for (const [column, px] of [...sheet.columnWidths].sort(([a], [b]) => a - b)) {
    ws.getColumn(column).width = px / PX_PER_CHAR;
  }
  const runs = formatRuns(sheet);
  const covered = coveredBy(runs);
  for (const [column, format] of columnStyles(runs)) ws.getColumn(column).numFmt = format;
  for (const run of runs) meta.formats.push({ sheet: sheet.name, a1: runA1(run), format: run.format });
  for (const run of validationRuns(sheet)) {
    const excel = excelValidation(workbook, run.rule);
    if (excel) validationsOf(ws)[run.a1] = excel;
    meta.validations.push({ sheet: sheet.name, a1: run.a1, rule: ruleRecord(workbook, run.rule) });
  }
  let written = 0;
  for (let r = 1; r <= sheet.maxRows; r++) {
    let row: ExcelJS.Row | null = null;
    for (let column = 1; column <= sheet.maxColumns; column++) {
      const cell = sheet.getCell(r, column);
      if (!cell || covered(r, column)) continue;
      row ??= keptRow(ws.getRow(r));
      writeCell(row.getCell(column), cell);
      if (
        typeof cell.value === "number" &&
        Math.abs(cell.value) >= DATE_SERIAL_LIMIT &&
        isDateTimeFormat(cell.format)
      ) {
        meta.numbers.push({ sheet: sheet.name, a1: a1Notation(r, column), value: cell.value });
      }
    }
    if (!row) continue;
    row.commit();
    if (++written % ROWS_PER_PAUSE === 0) await pause();
  }
  ws.commit();
  meta.sheets.push({
    name: sheet.name,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    columnWidths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
  });
  for (const p of sheet.protections) {
    meta.protections.push({
      sheet: sheet.name,
      a1: a1Notation(p.row, p.column, p.numRows, p.numColumns),
      description: p.description,
      warningOnly: p.warningOnly,
    });
  }
}

/**
 * The streaming writer drops a row without values, though its cells may carry formats, notes or
 * rules (a register's empty "@" rows): such a row is kept. (Only rows holding cells get here.)
 */
function keptRow(row: ExcelJS.Row): ExcelJS.Row {
  Object.defineProperty(row, "hasValues", { value: true });
  return row;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const value = cellValue(cell);
  if (value !== null) target.value = value;
  const style = cellStyle(cell);
  if (Object.keys(style).length > 0) target.style = style;
  if (cell.note !== null) target.note = cell.note;
}

/** Collects what the zip writes into one buffer (a few MB: the compressed file). */
class Collector extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
  bytes(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/**
 * The in-memory workbook as .xlsx bytes, through exceljs's streaming writer: the document writer
 * holds every cell as an exceljs object with its own style (about 1.5 KB a cell, 1 GB for a
 * 60,000-row register); the streaming writer holds one row at a time.
 */
export async function writeXlsx(workbook: EmulatedWorkbook): Promise<Uint8Array> {
  const output = new Collector();
  const ExcelModule = await exceljsForWriting();
  const book = new ExcelModule.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = "doi-thoai";
  book.lastModifiedBy = "doi-thoai";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  const meta: MetaModel = {
    version: META_VERSION,
    spreadsheet: {
      id: workbook.id,
      name: workbook.name,
      timeZone: workbook.timeZone,
      activeSheetIndex: workbook.activeSheetIndex,
    },
    sheets: [],
    protections: [],
    validations: [],
    numbers: [],
    formats: [],
    documentProperties: [...workbook.documentProperties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
  for (const sheet of workbook.sheets) await writeSheet(book, workbook, sheet, meta);
  const metaSheet = book.addWorksheet(META_SHEET, { state: "veryHidden" });
  for (const [kind, json] of metaRows(meta)) metaSheet.addRow([kind, json]).commit();
  metaSheet.commit();
  await book.commit();
  return output.bytes();
}
