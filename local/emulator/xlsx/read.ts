/** An exceljs workbook to the in-memory workbook (the reverse of write.ts). */
import type ExcelJS from "exceljs";
import { excelDateToSerial, isHiddenByMerge, readXlsxValue } from "../../../shared/workbook/xlsx-adapter.ts";
import type { Cell, RawValue } from "../model/cell.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from "../model/sheet.ts";
import { makeRule, type RangeRef, type ValidationRule } from "../model/validation.ts";
import { EmulatedWorkbook } from "../model/workbook.ts";
import { parseA1, parseSheetRange } from "../spreadsheet/a1.ts";
import { evaluateFormula } from "../spreadsheet/formula.ts";
import { normalizeFormat } from "../spreadsheet/number-format.ts";
import { PX_PER_CHAR, validationsOf } from "./exceljs-node.ts";
import { META_SHEET, type MetaModel, parseMeta, type RuleRecord } from "./meta.ts";

function textOf(value: unknown): string {
  const text = readXlsxValue(value, String);
  return typeof text === "string" ? text : String(text);
}

/**
 * A cell's value through the one exceljs adapter (shared/workbook/xlsx-adapter.ts), dates as the
 * serial numbers the model keeps (as Sheets does); empty is null.
 */
function rawValue(value: unknown): RawValue | null {
  const read = readXlsxValue(value, excelDateToSerial);
  return read === "" ? null : read;
}

function readCell(source: ExcelJS.Cell): Cell | null {
  if (isHiddenByMerge(source)) return null;
  const value = source.value;
  const isFormula =
    typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
  const formulaText = isFormula ? source.formula : undefined;
  const style = source.style ?? {};
  const argb = style.fill?.type === "pattern" ? style.fill.fgColor?.argb : undefined;
  const rawNote = source.note as unknown;
  const note =
    typeof rawNote === "string"
      ? rawNote
      : rawNote && typeof rawNote === "object" && "texts" in rawNote && Array.isArray(rawNote.texts)
        ? rawNote.texts.map((t: { text?: unknown }) => String(t.text ?? "")).join("")
        : null;
  const cell: Cell = {
    value: null,
    formula: null,
    format: style.numFmt ? normalizeFormat(style.numFmt) : null,
    validation: null,
    bold: style.font?.bold === true,
    background: argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null,
    note: note === "" ? null : note,
    wrap: style.alignment?.wrapText === true,
  };
  if (formulaText) {
    cell.formula = `=${formulaText}`;
    // The adapter gives the cached result; a formula saved without one is computed here.
    cell.value = rawValue(value) ?? evaluateFormula(cell.formula);
  } else cell.value = rawValue(value);
  const empty =
    cell.value === null &&
    cell.format === null &&
    !cell.bold &&
    cell.background === null &&
    cell.note === null &&
    !cell.wrap;
  return empty ? null : cell;
}

function readMeta(book: ExcelJS.Workbook): MetaModel | null {
  const ws = book.getWorksheet(META_SHEET);
  if (!ws) return null;
  const rows: [string, string][] = [];
  ws.eachRow((row) => {
    rows.push([textOf(row.getCell(1).value), textOf(row.getCell(2).value)]);
  });
  return parseMeta(rows);
}

class RuleCache {
  private readonly rules = new Map<string, ValidationRule>();
  intern(rule: ValidationRule): ValidationRule {
    const key = JSON.stringify(rule);
    const known = this.rules.get(key);
    if (known) return known;
    this.rules.set(key, rule);
    return rule;
  }
}

function rangeRef(workbook: EmulatedWorkbook, text: string, own: EmulatedSheet): RangeRef | null {
  const withSheet = parseSheetRange(text);
  const box = withSheet?.box ?? parseA1(text.replace(/^=/, ""));
  const sheet = withSheet ? workbook.sheets.find((s) => s.name === withSheet.sheetName) : own;
  return box && sheet ? { sheetId: sheet.sheetId, ...box } : null;
}

function ruleFromRecord(
  workbook: EmulatedWorkbook,
  record: RuleRecord,
  own: EmulatedSheet,
): ValidationRule | null {
  const range = record.range === null ? null : rangeRef(workbook, record.range, own);
  if (record.criteria === "VALUE_IN_RANGE" && !range) return null;
  return makeRule({
    ...record,
    list: record.list,
    range: record.criteria === "VALUE_IN_RANGE" ? range : null,
  });
}

/** An Excel rule the emulator knows (list, range, TRUE/FALSE list as checkbox, date); else null. */
function ruleFromExcel(
  workbook: EmulatedWorkbook,
  dv: ExcelJS.DataValidation,
  own: EmulatedSheet,
): ValidationRule | null {
  const rejects = dv.showErrorMessage === true && (dv.errorStyle ?? "stop") === "stop";
  const base = {
    showDropdown: true,
    allowInvalid: !rejects,
    helpText: dv.prompt ?? null,
    list: null,
    range: null,
  };
  if (dv.type === "date") return makeRule({ ...base, criteria: "DATE_IS_VALID_DATE" });
  if (dv.type !== "list") return null;
  const formula = String(dv.formulae?.[0] ?? "");
  if (formula.startsWith('"')) {
    const items = formula
      .slice(1, -1)
      .split(",")
      .map((item) => item.replace(/""/g, '"'));
    if (items.length === 2 && items[0]?.toUpperCase() === "TRUE" && items[1]?.toUpperCase() === "FALSE") {
      return makeRule({ ...base, criteria: "CHECKBOX" });
    }
    return makeRule({ ...base, criteria: "VALUE_IN_LIST", list: items });
  }
  const range = rangeRef(workbook, formula, own);
  return range ? makeRule({ ...base, criteria: "VALUE_IN_RANGE", range }) : null;
}

function applyValidation(sheet: EmulatedSheet, a1: string, rule: ValidationRule): void {
  const box = parseA1(a1);
  if (!box) return;
  for (let r = box.row; r < box.row + box.numRows && r <= sheet.maxRows; r++) {
    for (let c = box.column; c < box.column + box.numColumns && c <= sheet.maxColumns; c++) {
      sheet.cellFor(r, c).validation = rule;
    }
  }
}

function growTo(workbook: EmulatedWorkbook, sheet: EmulatedSheet, rows: number, columns: number): void {
  const maxRows = Math.max(sheet.maxRows, rows);
  const maxColumns = Math.max(sheet.maxColumns, columns);
  workbook.assertCellLimit(maxRows * maxColumns - sheet.maxRows * sheet.maxColumns);
  sheet.maxRows = maxRows;
  sheet.maxColumns = maxColumns;
}

export function fromExcel(book: ExcelJS.Workbook, fallbackName: string): EmulatedWorkbook {
  const meta = readMeta(book);
  const workbook = new EmulatedWorkbook({
    id: meta?.spreadsheet?.id,
    name: meta?.spreadsheet?.name ?? fallbackName,
    timeZone: meta?.spreadsheet?.timeZone,
  });
  const sheetsOf = book.worksheets.filter((ws) => ws.name !== META_SHEET);
  let nextId = Math.max(-1, ...(meta?.sheets ?? []).map((s) => s.sheetId)) + 1;
  const pairs: [ExcelJS.Worksheet, EmulatedSheet][] = [];
  for (const ws of sheetsOf) {
    const record = meta?.sheets.find((s) => s.name === ws.name);
    const sheet = workbook.addSheet(ws.name, {
      maxRows: record?.maxRows ?? DEFAULT_MAX_ROWS,
      maxColumns: Math.max(record?.maxColumns ?? DEFAULT_MAX_COLUMNS, ws.columnCount),
      sheetId: record?.sheetId ?? nextId++,
    });
    // Cells go straight into the sheet (no list of them beside exceljs's own model); the grid
    // grows afterwards to the last one, as the file may hold more rows than the metadata says.
    let lastRow = 0;
    let lastColumn = 0;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (source, c) => {
        const cell = readCell(source);
        if (!cell) return;
        Object.assign(sheet.cellFor(r, c), cell);
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, c);
      });
    });
    growTo(workbook, sheet, lastRow, lastColumn);
    sheet.hidden = ws.state === "hidden" || ws.state === "veryHidden";
    const view = ws.views?.[0];
    if (view?.state === "frozen" && typeof view.ySplit === "number") sheet.frozenRows = view.ySplit;
    if (record?.columnWidths) {
      for (const [column, px] of record.columnWidths)
        if (column <= sheet.maxColumns) sheet.columnWidths.set(column, px);
    } else
      for (const column of ws.columns ?? []) {
        if (
          typeof column.width === "number" &&
          column.number !== undefined &&
          column.number <= sheet.maxColumns
        ) {
          sheet.columnWidths.set(column.number, Math.round(column.width * PX_PER_CHAR));
        }
      }
    pairs.push([ws, sheet]);
  }
  const cache = new RuleCache();
  if (meta) {
    for (const record of meta.validations) {
      const sheet = workbook.sheetByName(record.sheet);
      const rule = sheet && ruleFromRecord(workbook, record.rule, sheet);
      if (sheet && rule) applyValidation(sheet, record.a1, cache.intern(rule));
    }
    for (const p of meta.protections) {
      const sheet = workbook.sheetByName(p.sheet);
      const box = parseA1(p.a1);
      if (!sheet || !box) continue;
      const protection = sheet.addProtection(box.row, box.column, box.numRows, box.numColumns);
      protection.description = p.description;
      protection.warningOnly = p.warningOnly;
    }
    for (const [key, value] of meta.documentProperties) workbook.documentProperties.set(key, value);
    for (const f of meta.formats) {
      const sheet = workbook.sheetByName(f.sheet);
      const box = parseA1(f.a1);
      if (!sheet || !box) continue;
      const format = normalizeFormat(f.format);
      for (let r = box.row; r < box.row + box.numRows && r <= sheet.maxRows; r++) {
        // A cell typed into the run since (in Excel) keeps the format it came with.
        const cell = sheet.cellFor(r, box.column);
        if (cell.format === null) cell.format = format;
      }
    }
    for (const n of meta.numbers) {
      const box = parseA1(n.a1);
      const sheet = workbook.sheetByName(n.sheet);
      if (sheet && box && box.row <= sheet.maxRows && box.column <= sheet.maxColumns) {
        sheet.cellFor(box.row, box.column).value = n.value;
      }
    }
    const active = meta.spreadsheet?.activeSheetIndex ?? 0;
    workbook.activeSheetIndex = Math.min(Math.max(0, active), Math.max(0, workbook.sheets.length - 1));
  } else {
    for (const [ws, sheet] of pairs) {
      const seen = new Map<object, ValidationRule | null>();
      for (const [address, dv] of Object.entries(validationsOf(ws))) {
        if (!seen.has(dv)) seen.set(dv, ruleFromExcel(workbook, dv, sheet));
        const rule = seen.get(dv);
        if (rule) applyValidation(sheet, address, cache.intern(rule));
      }
    }
  }
  return workbook;
}
