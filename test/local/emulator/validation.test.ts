import { describe, expect, it } from "vitest";
import { fixture, modelSheet } from "./helpers.ts";

describe("data validation", () => {
  it("builds rules with the criteria names, values and defaults of Apps Script", () => {
    const { services } = fixture();
    const app = services.SpreadsheetApp;
    const list = app.newDataValidation().requireValueInList(["Nam", "Nữ"], false).build();
    expect(String(list.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(list.getCriteriaValues()).toEqual([["Nam", "Nữ"], false]);
    expect(list.getAllowInvalid()).toBe(true);
    expect(list.getHelpText()).toBeNull();
    const box = app.newDataValidation().requireCheckbox().setAllowInvalid(false).setHelpText("tick").build();
    expect(String(box.getCriteriaType())).toBe("CHECKBOX");
    expect(box.getCriteriaValues()).toEqual([]);
    expect([box.getAllowInvalid(), box.getHelpText()]).toEqual([false, "tick"]);
    expect(String(app.newDataValidation().requireDate().build().getCriteriaType())).toBe(
      "DATE_IS_VALID_DATE",
    );
    expect(app.DataValidationCriteria.CHECKBOX).toBe("CHECKBOX");
  });

  it("applies to every cell of the range; getDataValidation gives the top-left cell's rule", () => {
    const f = fixture();
    const rule = f.services.SpreadsheetApp.newDataValidation().requireValueInList(["a"], true).build();
    f.sheet.getRange(2, 1, 999, 1).setDataValidation(rule);
    expect(modelSheet(f).cellAt(1000, 1).validation?.criteria).toBe("VALUE_IN_LIST");
    expect(f.sheet.getRange(1, 1, 1, 1).getDataValidation()).toBeNull();
    expect(String(f.sheet.getRange(2, 1, 5, 1).getDataValidation()?.getCriteriaType())).toBe("VALUE_IN_LIST");
    f.sheet.getRange(2, 1, 999, 1).setDataValidation(null);
    expect(modelSheet(f).cellAt(500, 1).validation).toBeNull();
  });

  it("rejects a value outside a strict list, with the cell named, and writes nothing", () => {
    const f = fixture();
    const rule = f.services.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Phiếu", "Trực tiếp"], true)
      .setAllowInvalid(false)
      .build();
    f.sheet.getRange(2, 2, 10, 1).setDataValidation(rule);
    const range = f.sheet.getRange(2, 1, 2, 2);
    expect(() =>
      range.setValues([
        ["a", "Phiếu"],
        ["b", "Thư"],
      ]),
    ).toThrow("The data you entered in cell B3 violates the data validation rules set on this cell.");
    expect(f.sheet.getLastRow()).toBe(0);
    range.setValues([
      ["a", "Phiếu"],
      ["b", ""],
    ]);
    expect(range.getValues()).toEqual([
      ["a", "Phiếu"],
      ["b", ""],
    ]);
  });

  it("lets invalid values in when the rule only warns (the default)", () => {
    const f = fixture();
    const rule = f.services.SpreadsheetApp.newDataValidation().requireValueInList(["x"], true).build();
    f.sheet
      .getRange(1, 1, 1, 1)
      .setDataValidation(rule)
      .setValues([["y"]]);
    expect(f.sheet.getRange(1, 1, 1, 1).getValues()).toEqual([["y"]]);
  });

  it("checkbox cells: empty reads false, booleans and TRUE/FALSE text accepted, others rejected", () => {
    const f = fixture();
    const rule = f.services.SpreadsheetApp.newDataValidation()
      .requireCheckbox()
      .setAllowInvalid(false)
      .build();
    const range = f.sheet.getRange(1, 1, 3, 1);
    range.setDataValidation(rule);
    expect(range.getValues()).toEqual([[false], [false], [false]]);
    expect(range.getDisplayValues()).toEqual([["FALSE"], ["FALSE"], ["FALSE"]]);
    expect(f.sheet.getLastRow()).toBe(0);
    range.setValues([[true], ["TRUE"], [""]]);
    expect(range.getValues()).toEqual([[true], [true], [false]]);
    expect(() => range.setValues([["x"], [true], [true]])).toThrow("cell A1 violates");
  });

  it("strict date rule accepts dates, rejects text", () => {
    const f = fixture();
    const rule = f.services.SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build();
    const range = f.sheet.getRange(1, 1, 1, 1).setDataValidation(rule);
    range.setValues([["15/06/2022"]]);
    range.setValues([[new Date(2022, 5, 15)]]);
    expect(() => range.setValues([["soon"]])).toThrow("violates the data validation rules");
  });

  it("value-in-range rules check the source range's shown values", () => {
    const f = fixture();
    const ss = f.services.SpreadsheetApp.getActiveSpreadsheet();
    const list = ss.insertSheet("Danh mục");
    list
      .getRange(1, 1, 3, 1)
      .setNumberFormat("@")
      .setValues([["Tổ 1"], ["Tổ 2"], ["05"]]);
    const rule = f.services.SpreadsheetApp.newDataValidation()
      .requireValueInRange(list.getRange(1, 1, 3, 1), true)
      .setAllowInvalid(false)
      .build();
    const [source, dropdown] = rule.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect([source.getA1Notation(), dropdown]).toEqual(["A1:A3", true]);
    const target = f.sheet.getRange(1, 1, 1, 1).setNumberFormat("@").setDataValidation(rule);
    target.setValues([["Tổ 2"]]);
    target.setValues([["05"]]);
    expect(() => target.setValues([["Tổ 9"]])).toThrow("violates");
  });

  it("build() without a criterion throws", () => {
    const { services } = fixture();
    expect(() => services.SpreadsheetApp.newDataValidation().build()).toThrow();
  });
});
