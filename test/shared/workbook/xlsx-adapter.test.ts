/**
 * The one exceljs adapter and its one rule: cell values, grids, and the extension (the core's
 * snapshot), the residents import (serial days) and the emulation's .xlsx store (serial days in its
 * model) reading the same cells the same way. West of UTC, where reading exceljs's UTC-carried wall
 * clock with local getters gives the previous day: the bug the adapter exists to prevent.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serialFromDate } from "../../../local/emulator/spreadsheet/dates.ts";
import { loadWorkbookFromBuffer } from "../../../local/emulator/xlsx-store.ts";
import { fromLocalDate, timeFromLocalDate } from "../../../shared/dates/civil.ts";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
import { isDateValue } from "../../../shared/workbook/cells.ts";
import { excelDateToLocal, readXlsx, toCellValue } from "../../../shared/workbook/xlsx-adapter.ts";
import { wardWorkbook } from "../../extension/fixtures.ts";

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const toArrayBuffer = (bytes: Buffer): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("toCellValue", () => {
  it("keeps plain values and turns empty into blank text", () => {
    expect(toCellValue("Phường")).toBe("Phường");
    expect(toCellValue(42)).toBe(42);
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(null)).toBe("");
    expect(toCellValue(undefined)).toBe("");
  });

  it("reads rich text, hyperlinks, formulas and errors as what the sheet shows", () => {
    expect(toCellValue({ richText: [{ text: "Hội " }, { text: "trường", font: { bold: true } }] })).toBe(
      "Hội trường",
    );
    expect(toCellValue({ text: "Cổng thông tin", hyperlink: "https://example.org" })).toBe("Cổng thông tin");
    expect(toCellValue({ formula: "1+1", result: 2 })).toBe(2);
    expect(toCellValue({ formula: "A1" })).toBe("");
    expect(toCellValue({ sharedFormula: "B2", result: "x" })).toBe("x");
    expect(toCellValue({ error: "#N/A" })).toBe("#N/A");
  });

  it("gives a date as local midnight of the same calendar day", () => {
    const value = toCellValue(new Date(Date.UTC(2031, 2, 12)));
    expect(isDateValue(value)).toBe(true);
    if (!isDateValue(value)) return;
    expect(new Date(Date.UTC(2031, 2, 12)).getDate()).toBe(11); // the bug, without the adapter
    expect(fromLocalDate(value)).toEqual({ year: 2031, month: 3, day: 12 });
    expect(value.getHours()).toBe(0);
  });

  it("keeps a formula's date result and a time of day", () => {
    const value = toCellValue({ formula: "TODAY()", result: new Date(Date.UTC(2031, 0, 5)) });
    expect(isDateValue(value) && fromLocalDate(value)).toEqual({ year: 2031, month: 1, day: 5 });
    const time = excelDateToLocal(new Date(Date.UTC(1899, 11, 30, 7, 30)));
    expect(timeFromLocalDate(time)).toEqual({ hour: 7, minute: 30 });
  });

  it("does not turn years below 100 into the 1900s", () => {
    const early = new Date(0);
    early.setUTCFullYear(50, 0, 1);
    expect(excelDateToLocal(early).getFullYear()).toBe(50);
  });
});

describe("readXlsx", () => {
  it("reads every sheet as a rectangular grid from A1", async () => {
    const snapshot = await readXlsx(toArrayBuffer(await wardWorkbook()), ExcelJS);
    expect([...snapshot.tabs.keys()]).toEqual(["Hội nghị", "Đại biểu", "Ý kiến"]);
    const conference = snapshot.tabs.get("Hội nghị") ?? [];
    expect(conference[0]).toEqual(["Mục", "Giá trị", "Chi tiết", "Ghi chú"]);
    expect(new Set(conference.map((row) => row.length))).toEqual(new Set([4]));
    const venue = conference.find((row) => row[0] === "Địa điểm");
    expect(venue?.[1]).toBe("Hội trường UBND phường Sen Hồng");
    const signer = conference.find((row) => row[0] === "Người ký");
    expect(signer?.[1]).toBe("Trần Thị Ngọc Ánh");
    const start = conference.find((row) => row[0] === "Ngày hội nghị")?.[1];
    expect(isDateValue(start) && fromLocalDate(start)).toEqual({ year: 2031, month: 3, day: 12 });
    // The blank row inside a table stays, so row numbers match the sheet.
    expect(snapshot.tabs.get("Đại biểu")?.[3]).toEqual(["", "", "", ""]);
  });

  it("shows a merged range's value in its top-left cell only, like getValues()", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Gộp");
    sheet.getCell("A1").value = "Tiêu đề";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A2").value = 1;
    sheet.getCell("C2").value = "x";
    // Formatting alone below the data is not data.
    sheet.getCell("A5").numFmt = "@";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const snapshot = await readXlsx(toArrayBuffer(bytes), ExcelJS);
    expect(snapshot.tabs.get("Gộp")).toEqual([
      ["Tiêu đề", "", ""],
      [1, "", "x"],
    ]);
  });

  it("throws on bytes that are not a workbook", async () => {
    await expect(
      readXlsx(toArrayBuffer(Buffer.from("PK\u0003\u0004 not really")), ExcelJS),
    ).rejects.toThrow();
  });
});

async function sample(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Mẫu");
  sheet.addRow(["Ngày", "Giờ", "Công thức", "Lỗi", "Chữ", "Số", "Văn bản số"]);
  sheet.addRow([
    new Date(Date.UTC(2031, 2, 12)),
    new Date(Date.UTC(1899, 11, 30, 7, 30)),
    { formula: "A2+1", result: new Date(Date.UTC(2031, 2, 13)) },
    { error: "#N/A" },
    { richText: [{ text: "Tổ " }, { text: "5" }] },
    42,
    "0905123456",
  ]);
  sheet.getCell("A2").numFmt = "dd/mm/yyyy";
  sheet.getCell("B2").numFmt = "hh:mm";
  sheet.getCell("C2").numFmt = "dd/mm/yyyy";
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("one exceljs adapter", () => {
  it("gives the extension, the import and the emulation store the same values", async () => {
    const bytes = await sample();
    const core = (await readXlsx(bytes, ExcelJS)).tabs.get("Mẫu")?.[1] ?? [];
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(bytes);
    const imported = pickWorksheet(loaded, "Mẫu")?.grid[1] ?? [];
    const store = (await loadWorkbookFromBuffer(bytes)).sheetByName("Mẫu");
    const stored = Array.from({ length: 7 }, (_, c) => store?.getCell(2, c + 1)?.value);

    const [day, time, formula] = core;
    expect(isDateValue(day) && fromLocalDate(day)).toEqual({ year: 2031, month: 3, day: 12 });
    expect(isDateValue(time) && timeFromLocalDate(time)).toEqual({ hour: 7, minute: 30 });
    expect(isDateValue(formula) && fromLocalDate(formula)).toEqual({ year: 2031, month: 3, day: 13 });
    expect(core.slice(3)).toEqual(["#N/A", "Tổ 5", 42, "0905123456"]);

    // Serial days of the same wall clock, where the core has local Dates.
    const asSerials = core.map((value) => (isDateValue(value) ? serialFromDate(value) : value));
    expect(imported).toEqual(asSerials);
    expect(stored).toEqual(asSerials);
    expect(asSerials.slice(0, 3)).toEqual([47_919, 0.3125, 47_920]);
  });
});
