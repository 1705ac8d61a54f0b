/**
 * The shapes a register export takes: comma, semicolon, tab and bar separators (and Excel's
 * "sep=" line), quoted values holding separators, quotes and line breaks, CRLF, blank lines, title
 * rows above the header and a row of column numbers under it. Row numbers stay the user's.
 */
import { describe, expect, it } from "vitest";
import { detectDelimiter, previewDelimited, readDelimited } from "../../../shared/residents/index.ts";
import { makePeople, residentsCsv, TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

const people = makePeople(12);

describe("separators", () => {
  for (const [name, delimiter] of [
    ["comma", ","],
    ["semicolon", ";"],
    ["tab", "\t"],
    ["bar", "|"],
  ] as const) {
    it(`detects ${name}, even under title rows`, () => {
      const text = residentsCsv(people, {
        delimiter,
        titleRows: ["DANH SÁCH NHÂN KHẨU", "Tổ dân phố số 5; KDC Hòa An"],
      });
      expect(detectDelimiter(text)).toBe(delimiter);
      const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
      expect(preview.source.delimiter).toBe(delimiter);
      expect(preview.rows.map((r) => r.fullName)).toEqual(people.map((p) => p.fullName));
    });
  }

  it("obeys Excel's sep= line and a separator the user picks", () => {
    expect(detectDelimiter("sep=;\r\na,b;c\r\n")).toBe(";");
    const text = residentsCsv(people.slice(0, 2), { delimiter: ";" });
    const forced = previewDelimited(utf8(text), { decoder, delimiter: "," }, TEST_AREAS, TODAY);
    expect(forced.source.delimiter).toBe(",");
    expect(forced.rows).toHaveLength(0);
  });
});

describe("quoting and lines", () => {
  const header = "Họ và tên,Ngày sinh,Địa chỉ,Tổ dân phố";
  it("keeps separators, doubled quotes and line breaks inside quoted values; CRLF and LF alike", () => {
    const lines = [
      header,
      '"Nguyễn Văn A","05/06/1980","12 Lê Lợi, phường ""Hòa"" Khê","Tổ 5"',
      '"Trần Thị B",1975,"Kiệt 3',
      'Hòa An",Tổ 6',
    ];
    for (const newline of ["\r\n", "\n"]) {
      const preview = previewDelimited(utf8(lines.join(newline) + newline), { decoder }, TEST_AREAS, TODAY);
      expect(preview.rows.map((r) => r.address)).toEqual(['12 Lê Lợi, phường "Hòa" Khê', "Kiệt 3 Hòa An"]);
      expect(preview.rows.map((r) => r.row)).toEqual([2, 3]);
    }
  });

  it("counts blank lines as rows, as a spreadsheet shows them", () => {
    const text = [header, "Nguyễn Văn A,1980,,Tổ 5", "", "", "Trần Thị B,1975,,Tổ 6", ""].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(preview.dataRows).toBe(2);
  });

  it("reports an unclosed quote", () => {
    const preview = previewDelimited(
      utf8(`${header}\r\n"Nguyễn Văn A,1980,,Tổ 5\r\n`),
      { decoder },
      TEST_AREAS,
      TODAY,
    );
    expect(preview.notices.map((n) => n.key)).toContain("import.unclosedQuote");
    expect(preview.rows).toEqual([]);
    expect(preview.errors).toEqual([{ row: 2, column: "", message: { key: "import.rowBrokenQuotes" } }]);
  });

  it("imports no row whose quotes are broken: a stray quote must not swallow the next residents", () => {
    const text = [
      "Họ và tên;Ngày sinh;Tổ dân phố",
      'An "Tèo";1/1/1990;Tổ 1',
      '"Bình" X;1/1/1991;Tổ 1',
      'Ca;"1/1/1992;Tổ 1',
      "Dũng;1/1/1993;Tổ 1",
      "",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    const broken = preview.errors.filter((e) => e.message.key === "import.rowBrokenQuotes").map((e) => e.row);
    expect(broken.length).toBeGreaterThan(0);
    // Whatever papaparse made of the broken rows, none of them reaches the register.
    for (const row of preview.rows) expect(broken).not.toContain(row.row);
    for (const row of preview.rows) expect(row.fullName).not.toMatch(/[;\n]/);
  });
});

describe("header row", () => {
  it("finds the header under title rows and skips a row of column numbers", () => {
    const text = [
      "ỦY BAN NHÂN DÂN PHƯỜNG",
      "DANH SÁCH NHÂN KHẨU THƯỜNG TRÚ",
      "",
      "STT,Họ và tên,Năm sinh,Tổ",
      "(1),(2),(3),(4)",
      "1,Nguyễn Văn A,1980,5",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.headerRow).toBe(4);
    expect(preview.notices.map((n) => n.key)).toContain("import.numberingRowSkipped");
    expect(preview.rows).toEqual([expect.objectContaining({ row: 6 })]);
    expect(preview.rows[0]).toMatchObject({
      fullName: "Nguyễn Văn A",
      birthDate: "1980",
      tdp: "Tổ 5",
    });
  });

  it("takes the header row the user names, and says when none is found", () => {
    const text = "Danh sách\r\nTên người,Sinh\r\nNguyễn Văn A,1980\r\n";
    const none = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(none.fatal.map((m) => m.key)).toEqual(["import.noHeader"]);
    const chosen = previewDelimited(
      utf8(text),
      { decoder, headerRow: 2, mapping: { 0: "fullName", 1: "birthDate" } },
      TEST_AREAS,
      TODAY,
    );
    expect(chosen.headerRow).toBe(2);
    expect(chosen.rows[0]).toMatchObject({ fullName: "Nguyễn Văn A", birthDate: "1980" });
  });

  it("skips note rows inside the table (a group title, a signature)", () => {
    const text = residentsCsv(people.slice(0, 2)).replace(/\r\n$/, "\r\n,,,,,,,Tổ 6,,,,,,\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.rows).toHaveLength(2);
    expect(preview.errors).toHaveLength(0);
    expect(preview.warnings.map((w) => w.message.key)).toContain("import.noteRow");
  });
});

describe("readDelimited", () => {
  it("drops only the empty line after the last newline", () => {
    expect(readDelimited(utf8("a,b\r\n\r\nc,d\r\n"), { decoder }).grid).toEqual([
      ["a", "b"],
      [""],
      ["c", "d"],
    ]);
  });
});
