/**
 * What leaves the pipeline: the packed rows for google.script.run, and the CSV of rows with errors
 * (formula-leading cells escaped), which imports again once fixed.
 */
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../shared/i18n/index.ts";
import {
  csvField,
  errorsCsv,
  packRows,
  previewDelimited,
  unpackRows,
  valuesOf,
} from "../../../shared/residents/index.ts";
import { makePeople, residentsCsv, TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

describe("packed rows", () => {
  it("round-trip, and anything else is refused", () => {
    const preview = previewDelimited(utf8(residentsCsv(makePeople(30))), { decoder }, TEST_AREAS, TODAY);
    const rows = preview.rows.map((r) => ({ row: r.row, values: valuesOf(r) }));
    expect(unpackRows(packRows(preview.rows))).toEqual(rows);
    expect(unpackRows("")).toEqual([]);
    expect(unpackRows("not packed")).toBeNull();
    expect(unpackRows("x\u001fa\u001fb\u001fc\u001fd\u001fe\u001ff\u001fg\u001fh")).toBeNull();
  });
});

describe("errors CSV", () => {
  it("escapes cells a spreadsheet would run as formulas", () => {
    for (const text of ['=HYPERLINK("x")', "+84905", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(csvField(text).startsWith("'") || csvField(text).startsWith("\"'")).toBe(true);
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it("lists the rejected rows under the original header, ID numbers masked, and imports again once fixed", () => {
    const text = [
      "Họ và tên,Số CCCD,SĐT,Tổ dân phố",
      "=cmd|' /C calc'!A0,048080000001,0905123456,Tổ 5",
      ",048080000002,+84905123457,Tổ 5",
      "Lê C,048080000003,0905123458,Tổ 99",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    // A formula-looking name is only text here; the sheet gets it as text too (test/addon/residents).
    expect(preview.rows.map((r) => r.fullName.slice(0, 4))).toEqual(["=cmd"]);
    const csv = errorsCsv(preview, (m) => formatMessage(m), { row: "Dòng", errors: "Lỗi" });
    expect(csv.startsWith("\ufeffDòng,Họ và tên,Số CCCD,SĐT,Tổ dân phố,Lỗi\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[1]).toMatch(/^3,,\*{9}002,'\+84905123457,Tổ 5,Họ và tên: Thiếu họ tên\.$/);
    expect(lines[2]).toMatch(/^4,Lê C,\*{9}003,0905123458,Tổ 99,Tổ dân phố: /);
    expect(csv).not.toContain("048080000002");
    // The clerk corrects the rows, the ID numbers from the original file.
    const fixed = csv
      .replace(",*********002,", "Trần B,048080000002,")
      .replace("*********003", "048080000003")
      .replace("Tổ 99", "Tổ 5");
    const again = previewDelimited(utf8(fixed), { decoder }, TEST_AREAS, TODAY);
    expect(again.errors).toEqual([]);
    expect(again.rows.map((r) => [r.fullName, r.phone])).toEqual([
      ["Trần B", "0905123457"],
      ["Lê C", "0905123458"],
    ]);
    expect(again.ignoredColumns).toEqual(["Dòng", "Lỗi"]);
  });

  it("leaves out Dân tộc / Tôn giáo (DT, TG too) and ID numbers quoted in reasons", () => {
    const text = ["Họ và tên,DT,CCCD,TG", "An,Kinh,0480801234,Phật giáo"].join("\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    const csv = errorsCsv(preview, (m) => formatMessage(m), { row: "Dòng", errors: "Lỗi" });
    expect(csv).not.toMatch(/Kinh|Phật|DT|TG|0480801234/);
    expect(csv).toContain("*******234");
  });
});
