/**
 * What an import must never do to a register through the built add-on: turn a clerk's formula into
 * its value (on update, and on undo after a sort), overwrite a known person under another name
 * without a word, or leave the history saying "added" when the register did not change.
 */
import { describe, expect, it } from "vitest";
import type { ImportContext, ImportOutcome, UndoOutcome } from "../../../addon/rpc/import-actions.ts";
import { createServices, type EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { HISTORY_TAB } from "../../../shared/residents/undo-log.ts";
import {
  col,
  expectOk,
  person,
  REGISTER_HEADERS,
  requestForValues,
  runtimeOn,
  workbookWith,
} from "./helpers.ts";

const NOTE = REGISTER_HEADERS.length + 1;

function sheetOf(workbook: EmulatedWorkbook, name: string) {
  const sheet = createServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no ${name}`);
  return sheet;
}

/** A clerk's own column beside the register: a formula on each row pointing at its own row. */
function addFormulas(workbook: EmulatedWorkbook, rows: number): void {
  const sheet = sheetOf(workbook, "Dân cư");
  sheet.getRange(1, NOTE, 1, 1).setValues([["Tuổi"]]);
  const formulas = Array.from({ length: rows }, (_, i) => [`=2025-C${i + 2}`]);
  sheet.getRange(2, NOTE, rows, 1).setValues(formulas);
}

function formulasOf(workbook: EmulatedWorkbook, rows: number): string[] {
  return sheetOf(workbook, "Dân cư")
    .getRange(2, NOTE, rows, 1)
    .getFormulas()
    .map((r) => r[0] ?? "");
}

describe("a clerk's formulas", () => {
  it("stay formulas through an update", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(2)])));
    addFormulas(workbook, 2);
    const outcome = expectOk<ImportOutcome>(
      runtime.call("importResidents", requestForValues([person(1, { phone: "0911000001" }), person(2)])),
    );
    expect(outcome.updated).toBe(1);
    expect(formulasOf(workbook, 2)).toEqual(["=2025-C2", "=2025-C3"]);
  });

  it("leave text that looks like a formula as text through an update and an undo", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(2)])));
    const sheet = sheetOf(workbook, "Dân cư");
    const link = '=HYPERLINK("http://x","y")';
    // Typed with an apostrophe in a General-format cell: text, not a formula.
    sheet.getRange(2, NOTE, 2, 1).setValues([[`'${link}`], [`'${link}`]]);
    expectOk(
      runtime.call("importResidents", requestForValues([person(1, { phone: "0911000001" }), person(2)])),
    );
    expectOk(runtime.call("undoImport", {}));
    const cells = sheet.getRange(2, NOTE, 2, 1);
    expect(cells.getFormulas()).toEqual([[""], [""]]);
    expect(cells.getValues()).toEqual([[link], [link]]);
  });

  it("stay formulas, pointing at their own row, through an undo after a sort", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(3), person(5)])));
    expectOk(runtime.call("importResidents", requestForValues([person(2), person(4), person(6)])));
    // Sorted by name: the second batch's rows now sit between the first's.
    const sheet = sheetOf(workbook, "Dân cư");
    const rows = sheet.getRange(2, 1, 6, REGISTER_HEADERS.length).getValues();
    rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    sheet.getRange(2, 1, 6, REGISTER_HEADERS.length).setValues(rows);
    addFormulas(workbook, 6);
    const undone = expectOk<UndoOutcome>(runtime.call("undoImport", {}));
    expect(undone.removed).toBe(3);
    expect(formulasOf(workbook, 3)).toEqual(["=2025-C2", "=2025-C3", "=2025-C4"]);
    const names = sheet.getRange(2, 2, 3, 1).getValues().flat();
    expect(names).toEqual(["Người Thứ 1", "Người Thứ 3", "Người Thứ 5"]);
  });
});

describe("an undo of rows scattered in more runs than it deletes one by one", () => {
  it("rewrites the rows below, formulas moved as a deletion moves them", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    const odd = Array.from({ length: 45 }, (_, i) => person(2 * i + 1));
    const even = Array.from({ length: 45 }, (_, i) => person(2 * i + 2));
    expectOk(runtime.call("importResidents", requestForValues(odd)));
    expectOk(runtime.call("importResidents", requestForValues(even)));
    const sheet = sheetOf(workbook, "Dân cư");
    const rows = sheet.getRange(2, 1, 90, REGISTER_HEADERS.length).getValues();
    const number = (row: unknown[]) => Number(String(row[1]).replace(/\D/g, ""));
    rows.sort((a, b) => number(a) - number(b));
    sheet.getRange(2, 1, 90, REGISTER_HEADERS.length).setValues(rows);
    addFormulas(workbook, 90);
    const undone = expectOk<UndoOutcome>(runtime.call("undoImport", {}));
    expect(undone.removed).toBe(45);
    const names = sheet.getRange(2, 2, 45, 1).getValues().flat();
    expect(names).toEqual(odd.map((p) => p.fullName));
    expect(formulasOf(workbook, 45)).toEqual(Array.from({ length: 45 }, (_, i) => `=2025-C${i + 2}`));
    expect(
      sheet
        .getRange(47, 2, 45, 1)
        .getValues()
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });
});

describe("a known ID number with another name or birth date", () => {
  it("is a conflict with both versions, not applied unless confirmed", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1)])));
    const other = person(1, { fullName: "Lê Thị Hoa", birthDate: "02/03/1990" });
    const held = expectOk<ImportOutcome>(runtime.call("importResidents", requestForValues([other])));
    expect(held).toMatchObject({ batchId: null, updated: 0 });
    expect(held.conflicts).toEqual([
      {
        row: 2,
        residentId: "DC-000001",
        idNumber: "*********001",
        existing: { fullName: "Người Thứ 1", birthDate: "1980" },
        incoming: { fullName: "Lê Thị Hoa", birthDate: "02/03/1990" },
        applied: false,
      },
    ]);
    expect(sheetOf(workbook, "Dân cư").getRange(2, col("Họ và tên"), 1, 1).getValues()).toEqual([
      ["Người Thứ 1"],
    ]);
    const confirmed = expectOk<ImportOutcome>(
      runtime.call("importResidents", { ...requestForValues([other]), acceptConflicts: true }),
    );
    expect(confirmed.updated).toBe(1);
    expect(sheetOf(workbook, "Dân cư").getRange(2, col("Họ và tên"), 1, 1).getValues()).toEqual([
      ["Lê Thị Hoa"],
    ]);
  });
});

describe("all or nothing", () => {
  it("refuses an import the sheet has no room for before writing anything, history included", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1)])));
    // Fill the spreadsheet close to Sheets' 10 million cells.
    const spreadsheet = createServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
    const big = spreadsheet.insertSheet("Lớn");
    const left = 10_000_000 - workbook.totalCells();
    big.insertRowsAfter(1, Math.floor(left / big.getMaxColumns()) - 2);
    const room = expectOk<ImportContext>(runtime.call("getImportContext")).roomRows;
    expect(room).toBeLessThan(50);
    const history = () => workbook.sheetByName(HISTORY_TAB)?.values();
    const before = { history: history(), register: workbook.sheetByName("Dân cư")?.values() };
    const people = Array.from({ length: room + 1 }, (_, i) => person(i + 2));
    const result = runtime.call("importResidents", requestForValues(people));
    expect(result.ok ? null : result.messages[0]?.key).toBe("import.tooManyRows");
    expect(history()).toEqual(before.history);
    expect(workbook.sheetByName("Dân cư")?.values()).toEqual(before.register);
  });
});
