import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type LoadResult, loadWorkbookFile } from "../../extension/app/load-file.ts";
import { csvTabName, parseCsv } from "../../extension/workbook/read-csv.ts";
import { formatMessage } from "../../shared/i18n/index.ts";
import { platformDecoder } from "../../shared/residents/decode/platform.ts";
import { wardWorkbook } from "./fixtures.ts";

const load = (name: string, bytes: Uint8Array | string): Promise<LoadResult> =>
  loadWorkbookFile(new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name), ExcelJS);

function problemText(result: LoadResult): string {
  if (result.ok) throw new Error("expected a problem");
  return formatMessage(result.problem);
}

describe("loadWorkbookFile", () => {
  it("reads an .xlsx into every sheet", async () => {
    const result = await load("hoi-nghi.xlsx", await wardWorkbook());
    expect(result.ok && result.kind).toBe("xlsx");
    expect(result.ok && [...result.snapshot.tabs.keys()]).toEqual(["Hội nghị", "Đại biểu", "Ý kiến"]);
  });

  it("names a wrong kind of file", async () => {
    expect(problemText(await load("ghi-chu.txt", "xin chào"))).toBe(
      "Tệp “ghi-chu.txt” không phải bảng tính. Hãy chọn tệp .xlsx (hoặc .csv của một trang tính).",
    );
    expect(problemText(await load("cu.xls", "x"))).toContain("định dạng Excel cũ (.xls)");
    expect(problemText(await load("trong.xlsx", ""))).toBe("Tệp “trong.xlsx” trống.");
  });

  it("tells an old workbook or a web page renamed .xlsx from a real one", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problemText(await load("doi-ten.xlsx", ole))).toContain("định dạng Excel cũ");
    expect(problemText(await load("dang-nhap.xlsx", "<!doctype html><title>Sign in</title>"))).toContain(
      "không phải bảng tính Excel (.xlsx)",
    );
  });

  it("says a damaged .xlsx is damaged", async () => {
    const bytes = await wardWorkbook();
    const text = problemText(await load("hong.xlsx", bytes.subarray(0, 200)));
    expect(text).toMatch(/^Tệp “hong.xlsx” bị hỏng hoặc không đúng định dạng nên không đọc được \(.+\)\.$/);
  });

  it("does not take a zip without sheets (a renamed .docx) for a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(problemText(await load("van-ban.xlsx", bytes))).toContain("không phải bảng tính Excel");
  });

  it("reads a .csv as one sheet named after the file", async () => {
    const result = await load("Sổ đối thoại - Hội nghị.csv", "\uFEFFMục,Giá trị\nĐịa điểm,Hội trường\n");
    expect(result.ok && [...result.snapshot.tabs.entries()]).toEqual([
      [
        "Hội nghị",
        [
          ["Mục", "Giá trị"],
          ["Địa điểm", "Hội trường"],
        ],
      ],
    ]);
  });
});

describe("csv", () => {
  it("names the sheet after a Google Sheets download or the plain file name", () => {
    expect(csvTabName("Sổ đối thoại - Đại biểu.csv")).toBe("Đại biểu");
    expect(csvTabName("Hội nghị.csv")).toBe("Hội nghị");
  });

  it("keeps inner blank lines (row numbers) and drops trailing ones", () => {
    expect(parseCsv(new TextEncoder().encode('a,b\n\n"x, y",z\n\n'), platformDecoder(TextDecoder))).toEqual([
      ["a", "b"],
      ["", ""],
      ["x, y", "z"],
    ]);
  });

  it("decodes UTF-8, else Windows-1258 (Excel's Vietnamese code page)", async () => {
    const cell = async (bytes: Uint8Array) => {
      const result = await load("Hội nghị.csv", bytes);
      return result.ok ? result.snapshot.tabs.get("Hội nghị")?.[0]?.[0] : undefined;
    };
    expect(await cell(new TextEncoder().encode("Địa điểm"))).toBe("Địa điểm");
    // "Đà" in Windows-1258: Đ = 0xD0, a = 0x61, combining grave = 0xCC.
    expect(await cell(new Uint8Array([0xd0, 0x61, 0xcc]))).toBe("Đà");
    // Excel's "Unicode text": UTF-16 LE with its BOM.
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."Tổ 5"].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
    ]);
    expect(await cell(utf16)).toBe("Tổ 5");
  });
});
