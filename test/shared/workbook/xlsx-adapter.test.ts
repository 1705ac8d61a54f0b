/**
 * One exceljs adapter, one rule: the extension (the core's snapshot), the residents import (serial
 * days) and the emulation's .xlsx store (serial days in its model) read the same cells the same
 * way. West of UTC, where reading exceljs's UTC-carried wall clock with local getters would give
 * the previous day.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serialFromDate } from "../../../local/emulator/spreadsheet/dates.ts";
import { loadWorkbookFromBuffer } from "../../../local/emulator/xlsx-store.ts";
import { fromLocalDate, timeFromLocalDate } from "../../../shared/dates/civil.ts";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
import { isDateValue } from "../../../shared/workbook/cells.ts";
import { readXlsx } from "../../../shared/workbook/xlsx-adapter.ts";

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
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
