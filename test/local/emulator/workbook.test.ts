import { describe, expect, it } from "vitest";
import { createServices, describeWorkbook, EmulatedWorkbook } from "../../../local/emulator/index.ts";

describe("EmulatedWorkbook", () => {
  it("creates a spreadsheet as Sheets does: one 1000 x 26 sheet", () => {
    const workbook = EmulatedWorkbook.create();
    expect(workbook.sheets.map((s) => [s.name, s.maxRows, s.maxColumns, s.sheetId])).toEqual([
      ["Sheet1", 1000, 26, 0],
    ]);
    expect(EmulatedWorkbook.create({ sheetNames: [] }).sheets).toEqual([]);
  });

  it("fromData stores values as given (no coercion) with their formats", () => {
    const workbook = EmulatedWorkbook.fromData({
      name: "Mẫu",
      sheets: [
        {
          name: "Dân cư",
          values: [
            ["Họ và tên", "Điện thoại", "Ngày sinh", "Có mặt"],
            ["Trần Thị B", "0905123456", new Date(1990, 5, 15), true],
            ["=not a formula", "", 42, false],
          ],
          numberFormats: "@",
          frozenRows: 1,
        },
      ],
    });
    const sheet = workbook.sheetByName("Dân cư");
    expect(sheet?.cellAt(2, 2)).toMatchObject({ value: "0905123456", numberFormat: "@" });
    expect(sheet?.cellAt(3, 1)).toMatchObject({ value: "=not a formula", formula: null });
    expect(sheet?.cellAt(2, 3).value).toEqual(new Date(1990, 5, 15));
    expect(sheet?.cellAt(3, 3).value).toBe(42);
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.values()).toHaveLength(3);
  });

  it("describes identical workbooks identically, and a change differently", () => {
    const make = () => {
      const workbook = EmulatedWorkbook.create();
      const services = createServices({ workbook });
      services.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        ?.getRange(1, 1, 1, 2)
        .setValues([["a", "0905"]]);
      return workbook;
    };
    const a = make();
    expect(describeWorkbook(a)).toEqual(describeWorkbook(make()));
    const first = a.sheets[0];
    if (first) first.cellFor(1, 1).bold = true;
    expect(describeWorkbook(a)).not.toEqual(describeWorkbook(make()));
  });
});
