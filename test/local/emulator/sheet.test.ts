import { describe, expect, it } from "vitest";
import { createServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { fixture, modelSheet } from "./helpers.ts";

describe("spreadsheet", () => {
  it("finds sheets by exact name and refuses a name already taken (any case)", () => {
    const { services } = fixture();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("Đại biểu");
    expect(ss.getSheetByName("Đại biểu")?.getName()).toBe("Đại biểu");
    expect(ss.getSheetByName("đại biểu")).toBeNull();
    expect(() => ss.insertSheet("Đại biểu")).toThrow('A sheet with the name "Đại biểu" already exists.');
    expect(() => ss.insertSheet("ĐẠI BIỂU")).toThrow("already exists");
  });

  it("inserts each new sheet after the active one and activates it", () => {
    const { services } = fixture();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("A");
    ss.insertSheet("B");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "A", "B"]);
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
  });

  it("has an id, url, name and the Asia/Ho_Chi_Minh time zone by default; records toasts", () => {
    const workbook = EmulatedWorkbook.create({ id: "abc", name: "Hội nghị" });
    const services = createServices({ workbook });
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getId(), ss.getName(), ss.getSpreadsheetTimeZone()]).toEqual([
      "abc",
      "Hội nghị",
      "Asia/Ho_Chi_Minh",
    ]);
    expect(ss.getUrl()).toBe("https://docs.google.com/spreadsheets/d/abc/edit");
    ss.toast("Xong", "Đối thoại", 5);
    expect(services.log.toasts).toEqual([{ message: "Xong", title: "Đối thoại", timeoutSeconds: 5 }]);
  });
});

describe("sheet structure", () => {
  it("insertRowsAfter grows the grid and the new rows inherit the row above's formatting", () => {
    const f = fixture();
    f.sheet
      .getRange(1000, 1, 1, 1)
      .setNumberFormat("@")
      .setValues([["last"]]);
    f.sheet.insertRowsAfter(1000, 50);
    expect(f.sheet.getMaxRows()).toBe(1050);
    const cell = modelSheet(f).cellAt(1001, 1);
    expect([cell.value, cell.numberFormat]).toEqual(["", "@"]);
    f.sheet.getRange(1050, 1, 1, 1).setValues([["0905"]]);
    expect(f.sheet.getRange(1050, 1, 1, 1).getValues()).toEqual([["0905"]]);
  });

  it("insertColumnsAfter shifts cells right and grows the grid", () => {
    const f = fixture();
    f.sheet.getRange(1, 1, 1, 3).setValues([["a", "b", "c"]]);
    f.sheet.insertColumnsAfter(1, 2);
    expect(f.sheet.getMaxColumns()).toBe(28);
    expect(f.sheet.getRange(1, 1, 1, 5).getValues()).toEqual([["a", "", "", "b", "c"]]);
  });

  it("deleteRows shifts rows up and shrinks the grid", () => {
    const f = fixture();
    f.sheet.getRange(1, 1, 4, 1).setValues([["1"], ["2"], ["3"], ["4"]]);
    f.sheet.deleteRows(2, 2);
    expect(f.sheet.getMaxRows()).toBe(998);
    expect(f.sheet.getRange(1, 1, 2, 1).getValues()).toEqual([[1], [4]]);
    expect(() => f.sheet.deleteRows(998, 5)).toThrow("Those rows are out of bounds.");
    expect(() => f.sheet.deleteRows(1, 998)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });

  it("keeps frozen rows and column widths", () => {
    const f = fixture();
    expect(f.sheet.getFrozenRows()).toBe(0);
    f.sheet.setFrozenRows(1);
    f.sheet.setColumnWidth(3, 180);
    expect(f.sheet.getFrozenRows()).toBe(1);
    expect(modelSheet(f).columnWidths.get(3)).toBe(180);
    expect(() => f.sheet.setFrozenRows(1000)).toThrow();
  });

  it("refuses to grow past 10 million cells", () => {
    const f = fixture();
    expect(() => f.sheet.insertRowsAfter(1000, 400_000)).toThrow("above the limit of 10000000 cells");
  });
});

describe("protections", () => {
  it("range.protect() is listed by getProtections(RANGE) with its description and warning flag", () => {
    const f = fixture();
    const app = f.services.SpreadsheetApp;
    expect(f.sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    const protection = f.sheet.getRange(1, 1, 1, 5).protect();
    expect([protection.getDescription(), protection.isWarningOnly()]).toEqual(["", false]);
    protection.setDescription("Dòng tiêu đề").setWarningOnly(true);
    const listed = f.sheet.getProtections(app.ProtectionType.RANGE);
    expect(listed).toHaveLength(1);
    expect([
      listed[0]?.getDescription(),
      listed[0]?.isWarningOnly(),
      listed[0]?.getRange().getA1Notation(),
    ]).toEqual(["Dòng tiêu đề", true, "A1:E1"]);
    expect(f.sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  it("protected ranges move with inserted and deleted rows", () => {
    const f = fixture();
    const type = f.services.SpreadsheetApp.ProtectionType.RANGE;
    f.sheet.getRange(5, 1, 2, 2).protect();
    f.sheet.insertRowsAfter(1, 3);
    expect(f.sheet.getProtections(type)[0]?.getRange().getA1Notation()).toBe("A8:B9");
    f.sheet.deleteRows(8, 1);
    expect(f.sheet.getProtections(type)[0]?.getRange().getA1Notation()).toBe("A8:B8");
    f.sheet.deleteRows(8, 1);
    expect(f.sheet.getProtections(type)).toEqual([]);
  });
});
