import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { isDateValue } from "../../../shared/workbook/cells.ts";
import { fixture, modelSheet } from "./helpers.ts";

describe("Sheet.getRange bounds", () => {
  it("accepts the whole default grid (1000 x 26)", () => {
    const { sheet } = fixture();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getRange(1, 1, 1000, 26).getA1Notation()).toBe("A1:Z1000");
  });

  it.each([
    [1001, 1, 1, 1, "The coordinates of the range are outside the dimensions of the sheet."],
    [1, 27, 1, 1, "The coordinates of the range are outside the dimensions of the sheet."],
    [999, 1, 5, 1, "The coordinates of the range are outside the dimensions of the sheet."],
    [0, 1, 1, 1, "The starting row of the range is too small."],
    [1, 0, 1, 1, "The starting column of the range is too small."],
    [1, 1, 0, 1, "The number of rows in the range must be at least 1."],
    [1, 1, 1, 0, "The number of columns in the range must be at least 1."],
  ])("getRange(%i, %i, %i, %i) throws", (r, c, nr, nc, message) => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(r, c, nr, nc)).toThrow(message);
  });

  it("throws an Apps Script 'Exception'", () => {
    const { sheet } = fixture();
    try {
      sheet.getRange(2000, 1, 1, 1);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toBe(
        "Exception: The coordinates of the range are outside the dimensions of the sheet.",
      );
    }
  });
});

describe("setValues exact size", () => {
  it("rejects a wrong number of rows", () => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
  });

  it("rejects a wrong number of columns, and rows of unequal length", () => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(1, 1, 1, 3).setValues([["a", "b"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([["a", "b"], ["c"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });

  it("writes nothing when it throws", () => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([["a", "b"], ["c"]])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });

  it("rejects what is not a 2-D array", () => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(1, 1, 1, 1).setValues(["a"] as unknown as unknown[][])).toThrow(
      "don't match the method signature",
    );
  });

  it("setNumberFormats checks sizes the same way", () => {
    const { sheet } = fixture();
    expect(() => sheet.getRange(1, 1, 2, 1).setNumberFormats([["@"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });
});

describe("reading", () => {
  it("answers fresh copies", () => {
    const { sheet } = fixture();
    const range = sheet.getRange(1, 1, 1, 2);
    range.setValues([["a", "b"]]);
    const values = range.getValues();
    (values[0] as unknown[])[0] = "changed";
    const date = new Date(2022, 5, 15);
    sheet.getRange(2, 1, 1, 1).setValues([[date]]);
    const read = sheet.getRange(2, 1, 1, 1).getValues()[0]?.[0] as Date;
    read.setFullYear(1999);
    expect(range.getValues()).toEqual([["a", "b"]]);
    const again = sheet.getRange(2, 1, 1, 1).getValues()[0]?.[0] as Date;
    expect(again.getFullYear()).toBe(2022);
  });

  it("empty cells read as '' and display as ''", () => {
    const { sheet } = fixture();
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(sheet.getRange(1, 1, 1, 1).getDisplayValues()).toEqual([[""]]);
    expect(sheet.getRange(1, 1, 1, 1).getNumberFormats()).toEqual([["0.###############"]]);
  });

  it("getDisplayValues formats numbers and dates by their format", () => {
    const { sheet } = fixture();
    const range = sheet.getRange(1, 1, 1, 4);
    range.setNumberFormats([["dd/mm/yyyy", "0.00", "#,##0", "HH:mm"]]);
    range.setValues([[new Date(2022, 5, 5), 1.23456, 1234567, new Date(1899, 11, 30, 8, 5)]]);
    expect(range.getDisplayValues()).toEqual([["05/06/2022", "1.23", "1,234,567", "08:05"]]);
  });

  it("a number under a date format reads as a Date (Sheets stores dates as numbers)", () => {
    const { sheet } = fixture();
    const range = sheet.getRange(1, 1, 1, 1);
    range.setValues([[44727]]);
    expect(range.getValues()).toEqual([[44727]]);
    range.setNumberFormat("dd/MM/yyyy");
    const d = range.getValues()[0]?.[0] as Date;
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2022, 6, 15]);
  });

  it("makes Dates with the caller's realm's Date constructor", () => {
    const workbook = EmulatedWorkbook.create();
    const VmDate = runInNewContext("Date") as DateConstructor;
    const services = createServices({ workbook, dateConstructor: VmDate });
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const range = sheet?.getRange(1, 1, 1, 1);
    range?.setValues([[new VmDate(2022, 5, 15)]]);
    const value = range?.getValues()[0]?.[0];
    expect(value instanceof Date).toBe(false);
    expect(value instanceof VmDate).toBe(true);
    expect(isDateValue(value)).toBe(true);
    expect((value as Date).getDate()).toBe(15);
  });

  it("Range.getLastRow is the range's own end, Sheet.getLastRow the last row with content", () => {
    const { sheet } = fixture();
    sheet.getRange(3, 2, 1, 1).setValues([["x"]]);
    const range = sheet.getRange(2, 1, 5, 3);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 1, 5, 3,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([6, 3]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
  });
});

describe("writing", () => {
  it("setValue sets every cell of the range", () => {
    const { sheet } = fixture();
    sheet.getRange(1, 1, 2, 2).setValue("x");
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("clearContent keeps formats and validation", () => {
    const f = fixture();
    const range = f.sheet.getRange(1, 1, 1, 1);
    range
      .setNumberFormat("@")
      .setValues([["0905"]])
      .setFontWeight("bold");
    range.clearContent();
    const cell = modelSheet(f).cellAt(1, 1);
    expect(cell.value).toBe("");
    expect(cell.numberFormat).toBe("@");
    expect(cell.bold).toBe(true);
    expect(f.sheet.getLastRow()).toBe(0);
  });

  it("keeps styles, notes and wrap per cell", () => {
    const f = fixture();
    f.sheet.getRange(1, 1, 1, 2).setFontWeight("bold").setBackground("#E8F0FE").setNote("n").setWrap(true);
    const cell = modelSheet(f).cellAt(1, 2);
    expect(cell).toMatchObject({ bold: true, background: "#e8f0fe", note: "n", wrap: true });
    f.sheet.getRange(1, 1, 1, 1).setFontWeight(null).setBackground(null).setNote(null).setWrap(false);
    expect(modelSheet(f).cellAt(1, 1)).toMatchObject({
      bold: false,
      background: null,
      note: null,
      wrap: false,
    });
  });
});
