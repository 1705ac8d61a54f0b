/**
 * An .xlsx through exceljs and the adapter: the sheet that holds the register is found, dates typed
 * as dates, IDs that Excel stored as numbers (zero lost), rich text, and TCVN3 font text.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
import { ImportJob, workbookSource } from "../../../shared/residents/pipeline.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { tcvn3Text } from "./helpers/encoders.ts";

async function workbookBytes(legacy: boolean): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Ghi chú").addRow(["Không phải danh sách"]);
  const sheet = workbook.addWorksheet("DS nhân khẩu");
  const text = (s: string) => (legacy ? tcvn3Text(s) : s);
  sheet.addRow([text("DANH SÁCH NHÂN KHẨU")]);
  sheet.addRow([]);
  sheet.addRow(["STT", text("Họ và tên"), text("Ngày sinh"), "CCCD", text("Tổ dân phố")]);
  sheet.addRow([1, text("Nguyễn Văn Hùng"), new Date(Date.UTC(1980, 5, 5)), 48080000001, 5]);
  sheet.addRow([
    2,
    { richText: [{ text: text("Trương Thị ") }, { text: text("Hường") }] },
    1975,
    "048175000002",
    "Tổ 6",
  ]);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

async function preview(legacy: boolean) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await workbookBytes(legacy));
  const picked = pickWorksheet(workbook);
  if (!picked) throw new Error("no sheet");
  const input = workbookSource(picked.grid, picked.sheet.name, {});
  return new ImportJob(input, {}, TEST_AREAS, TODAY).result();
}

describe(".xlsx", () => {
  it("reads the register's sheet: dates, numeric IDs (zero restored, with a warning), rich text", async () => {
    const result = await preview(false);
    expect(result.source).toMatchObject({
      kind: "xlsx",
      encoding: "xlsx",
      sheet: "DS nhân khẩu",
      delimiter: null,
    });
    expect(result.headerRow).toBe(3);
    expect(result.rows.map((r) => [r.row, r.fullName, r.birthDate, r.idNumber, r.tdp])).toEqual([
      [4, "Nguyễn Văn Hùng", "05/06/1980", "048080000001", "Tổ 5"],
      [5, "Trương Thị Hường", "1975", "048175000002", "Tổ 6"],
    ]);
    expect(result.warnings.map((w) => [w.row, w.column, w.message.key])).toEqual([
      [4, "CCCD", "import.idZeroRestored"],
    ]);
  });

  it("converts TCVN3 font text in cells", async () => {
    const result = await preview(true);
    expect(result.source.encoding).toBe("xlsx+tcvn3");
    expect(result.rows.map((r) => r.fullName)).toEqual(["Nguyễn Văn Hùng", "Trương Thị Hường"]);
  });
});
