import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServices, describeWorkbook, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import {
  loadWorkbookFromBuffer,
  loadWorkbookFromXlsx,
  META_SHEET,
  saveWorkbookToBuffer,
  saveWorkbookToXlsx,
} from "../../../local/emulator/xlsx-store.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "emu-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A workbook with every kind of thing the store must keep. */
function richWorkbook(): EmulatedWorkbook {
  const workbook = EmulatedWorkbook.create({ id: "sheet-id", name: "Hội nghị" });
  const services = createServices({ workbook });
  const app = services.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const people = ss.insertSheet("Đại biểu");
  const list = ss.insertSheet("Danh mục");
  list
    .getRange(1, 1, 3, 1)
    .setNumberFormat("@")
    .setValues([["KDC"], ["KDC 1"], ["KDC 2"]]);
  const header = people.getRange(1, 1, 1, 6);
  header.setNumberFormat("@").setValues([["Họ và tên", "Điện thoại", "Ngày sinh", "Có mặt", "KDC", "Kênh"]]);
  header.setFontWeight("bold").setBackground("#e8f0fe").setNote("tiêu đề").setWrap(true);
  header.protect().setDescription("Dòng tiêu đề").setWarningOnly(true);
  people.setFrozenRows(1);
  people.setColumnWidth(1, 220);
  people.getRange(2, 2, 999, 1).setNumberFormat("@");
  people.getRange(2, 3, 999, 1).setNumberFormat("dd/mm/yyyy");
  people.getRange(2, 3, 999, 1).setDataValidation(app.newDataValidation().requireDate().build());
  people
    .getRange(2, 4, 999, 1)
    .setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
  people.getRange(2, 5, 999, 1).setDataValidation(
    app
      .newDataValidation()
      .requireValueInRange(list.getRange(2, 1, 2, 1), false)
      .build(),
  );
  people
    .getRange(2, 6, 999, 1)
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInList(["Phiếu", "Trực tiếp", "a, b"], true)
        .setAllowInvalid(false)
        .setHelpText("Kênh")
        .build(),
    );
  people.getRange(2, 1, 2, 6).setValues([
    ["Nguyễn Văn A", "0905123456", new Date(1980, 0, 2), true, "KDC 1", "Phiếu"],
    ["=1+1", "+84905123456", "15/06/2022", false, "", ""],
  ]);
  people.getRange(5, 1, 1, 3).setValues([[3.25, "8:30", 905123456]]);
  people.getRange(5, 7, 1, 1).setValues([[1e20]]);
  services.PropertiesService.getDocumentProperties()?.setProperty("lastImport", "batch-1");
  return workbook;
}

describe("xlsx store", () => {
  it("saves then loads an identical workbook", async () => {
    const workbook = richWorkbook();
    const back = await loadWorkbookFromBuffer(await saveWorkbookToBuffer(workbook));
    expect(describeWorkbook(back)).toEqual(describeWorkbook(workbook));
  });

  it("keeps types, formats, validation, frozen rows, widths and protections through a file", async () => {
    const path = join(dir, "rich.xlsx");
    await saveWorkbookToXlsx(richWorkbook(), path);
    const back = await loadWorkbookFromXlsx(path);
    const sheet = back.sheetByName("Đại biểu");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.cellAt(2, 2).value).toBe("0905123456");
    expect(sheet.cellAt(2, 2).numberFormat).toBe("@");
    expect(sheet.cellAt(3, 2).value).toBe("+84905123456");
    expect(sheet.cellAt(3, 1).formula).toBe("=1+1");
    expect(sheet.cellAt(2, 4).value).toBe(true);
    expect(sheet.cellAt(10, 4).value).toBe(false);
    const born = sheet.cellAt(2, 3).value as Date;
    expect([born.getFullYear(), born.getMonth(), born.getDate()]).toEqual([1980, 0, 2]);
    expect(sheet.cellAt(5, 1).value).toBe(3.25);
    expect(sheet.cellAt(5, 3).raw).toBe(905123456);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths.get(1)).toBe(220);
    expect(sheet.protections).toEqual([
      { row: 1, column: 1, numRows: 1, numColumns: 6, description: "Dòng tiêu đề", warningOnly: true },
    ]);
    expect(sheet.cellAt(500, 5).validation).toMatchObject({
      criteria: "VALUE_IN_RANGE",
      showDropdown: false,
    });
    expect(sheet.cellAt(500, 6).validation?.list).toEqual(["Phiếu", "Trực tiếp", "a, b"]);
    expect(back.documentProperties.get("lastImport")).toBe("batch-1");
    expect(back.sheets.map((s) => s.name)).toEqual(["Sheet1", "Đại biểu", "Danh mục"]);
    expect(back.name).toBe("Hội nghị");
  });

  it("saves the same workbook to the same bytes, also after a reload", async () => {
    const workbook = richWorkbook();
    const one = await saveWorkbookToBuffer(workbook);
    // A save a minute later (zip entries and document properties carry times): a fake clock.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    const two = await saveWorkbookToBuffer(workbook).finally(() => vi.useRealTimers());
    expect(Buffer.compare(Buffer.from(one), Buffer.from(two))).toBe(0);
    const three = await saveWorkbookToBuffer(await loadWorkbookFromBuffer(one));
    expect(Buffer.compare(Buffer.from(one), Buffer.from(three))).toBe(0);
  });

  it("hides its metadata sheet and writes the rules Excel understands", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await saveWorkbookToBuffer(richWorkbook())) as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet(META_SHEET)?.state).toBe("veryHidden");
    const ws = book.getWorksheet("Đại biểu");
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(model.D2).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'], errorStyle: "stop" });
    expect(model.E2?.formulae?.[0]).toBe("'Danh mục'!$A$2:$A$3");
    expect(ws?.getCell("A2").value).toBe("Nguyễn Văn A");
    expect(ws?.getCell("B2").numFmt).toBe("@");
    expect(ws?.views?.[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("keeps a hidden tab hidden, in the file and after loading it", async () => {
    const workbook = richWorkbook();
    const sheet = createServices({ workbook })
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Danh mục");
    sheet?.hideSheet();
    expect(sheet?.isSheetHidden()).toBe(true);
    const bytes = await saveWorkbookToBuffer(workbook);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("Danh mục")?.state).toBe("hidden");
    expect(book.getWorksheet("Đại biểu")?.state).toBe("visible");
    const loaded = await loadWorkbookFromBuffer(bytes);
    expect(loaded.sheetByName("Danh mục")?.hidden).toBe(true);
    expect(loaded.sheetByName("Đại biểu")?.hidden).toBe(false);
  });

  it("writes through a temporary file and leaves no temporary behind", async () => {
    const path = join(dir, "atomic.xlsx");
    await saveWorkbookToXlsx(richWorkbook(), path);
    await saveWorkbookToXlsx(EmulatedWorkbook.create(), path);
    const files = await readdir(dir);
    expect(files.filter((f) => f.includes("atomic"))).toEqual(["atomic.xlsx"]);
    const back = await loadWorkbookFromXlsx(path);
    expect(back.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
  });

  it("reads an xlsx made elsewhere (no metadata): values, formats and list rules", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Dân cư");
    ws.getCell("A1").value = "CCCD";
    ws.getCell("A2").value = "001234567890";
    ws.getCell("A2").numFmt = "@";
    ws.getCell("B2").value = new Date(Date.UTC(1990, 5, 15));
    ws.getCell("B2").numFmt = "dd/mm/yyyy";
    ws.getCell("C2").value = { richText: [{ text: "Tổ " }, { text: "5" }] };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    (
      ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add("D2:D5", { type: "list", formulae: ['"Nam,Nữ"'], showErrorMessage: true });
    const path = join(dir, "Sổ dân cư.xlsx");
    await book.xlsx.writeFile(path);
    const back = await loadWorkbookFromXlsx(path);
    expect(back.name).toBe("Sổ dân cư");
    const sheet = back.sheetByName("Dân cư");
    expect(sheet?.cellAt(2, 1).value).toBe("001234567890");
    const born = sheet?.cellAt(2, 2).value as Date;
    expect([born.getFullYear(), born.getMonth(), born.getDate()]).toEqual([1990, 5, 15]);
    expect(sheet?.cellAt(2, 3).value).toBe("Tổ 5");
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.cellAt(4, 4).validation).toMatchObject({
      criteria: "VALUE_IN_LIST",
      list: ["Nam", "Nữ"],
      allowInvalid: false,
    });
    expect([sheet?.maxRows, sheet?.maxColumns]).toEqual([1000, 26]);
  });
});
