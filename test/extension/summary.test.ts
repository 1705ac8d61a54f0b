import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Shown, summariseWorkbook, type WorkbookView } from "../../extension/app/summary.ts";
import { formatMessage, type Locale } from "../../shared/i18n/index.ts";
import type { Grid } from "../../shared/workbook/cells.ts";
import { readXlsx } from "../../shared/workbook/xlsx-adapter.ts";
import { WARD, wardWorkbook, workbookWithoutConference } from "./fixtures.ts";

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

async function viewOf(bytes: Buffer, name = "so-doi-thoai.xlsx"): Promise<WorkbookView> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return summariseWorkbook(name, await readXlsx(buffer, ExcelJS), "xlsx");
}

const text = (value: Shown, locale: Locale = "vi"): string =>
  typeof value === "string" ? value : formatMessage(value, locale);

describe("summariseWorkbook", () => {
  it("shows the conference's key facts as the documents will write them", async () => {
    const view = await viewOf(await wardWorkbook());
    if (!view.ok) throw new Error(formatMessage(view.problem));
    expect(view.title).toBe(WARD.title);
    expect(formatMessage(view.source)).toBe("Tệp “so-doi-thoai.xlsx”, trang tính “Hội nghị”.");
    const facts = Object.fromEntries(view.facts.map((f) => [f.label, f.values.map((v) => text(v))]));
    expect(facts).toEqual({
      "extension.fact.issuingBody": [WARD.issuingBody],
      "extension.fact.plan": [WARD.plan],
      "extension.fact.start": [WARD.start],
      "extension.fact.venue": [WARD.venue],
      "extension.fact.chairs": WARD.chairs,
      "extension.fact.secretary": [WARD.secretary],
      "extension.fact.signer": [WARD.signer],
      "extension.fact.reportDeadline": [WARD.reportDeadline],
    });
    const plan = view.facts.find((f) => f.label === "extension.fact.plan")?.values[0];
    expect(plan && text(plan, "en")).toBe("No. 12, ngày 02 tháng 3 năm 2031");
  });

  it("counts the other tabs' data rows and says which are missing", async () => {
    const view = await viewOf(await wardWorkbook());
    expect(view.ok && view.tabs).toEqual([
      { tab: "Thành phần", rows: null },
      { tab: "Đại biểu", rows: 3 },
      { tab: "Dân cư", rows: null },
      { tab: "Ý kiến", rows: 2 },
      { tab: "Danh mục", rows: null },
    ]);
  });

  it("passes on the core's problems, naming the row", async () => {
    const view = await viewOf(await wardWorkbook());
    expect(view.ok && view.problems.map((p) => formatMessage(p))).toEqual([
      "Trang tính “Hội nghị”, dòng 16: mục “Mục lạ” không được nhận ra nên bị bỏ qua.",
    ]);
  });

  it("names the missing tab and lists the tabs the file has", async () => {
    const view = await viewOf(await workbookWithoutConference(), "danh-sach.xlsx");
    expect(view.ok).toBe(false);
    if (view.ok) return;
    expect(formatMessage(view.problem)).toBe(
      "Bảng tính “danh-sach.xlsx” không có trang tính “Hội nghị”. Các trang tính có trong tệp: “Trang tính1”, “Đại biểu”.",
    );
    expect(view.hint).toBeUndefined();
  });

  it("finds the tab whatever its case, spacing or diacritics", () => {
    const grid: Grid = [
      ["muc", "gia tri"],
      ["Trích yếu", "Hội nghị thử"],
    ];
    const view = summariseWorkbook("x.xlsx", { tabs: new Map([["  HOI  NGHI ", grid]]) }, "xlsx");
    expect(view.ok && view.title).toBe("Hội nghị thử");
  });

  it("explains how a .csv is named when it is not the conference sheet", () => {
    const view = summariseWorkbook("export.csv", { tabs: new Map([["export", [["a"]]]]) }, "csv");
    expect(!view.ok && view.hint && formatMessage(view.hint)).toContain("“Hội nghị.csv”");
  });

  it("says a blank conference tab has nothing set yet", () => {
    const view = summariseWorkbook("x.xlsx", { tabs: new Map([["Hội nghị", [["Mục", "Giá trị"]]]]) }, "xlsx");
    expect(view.ok && view.title).toBe("");
    expect(view.ok && view.facts.every((f) => f.values.length === 0)).toBe(true);
  });
});
