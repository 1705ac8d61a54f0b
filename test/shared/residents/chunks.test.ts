/**
 * Reading big files a megabyte at a time: chunk boundaries never split a row (quoted values with
 * line breaks included), row numbers run on across chunks, a file that stops being UTF-8 after its
 * first megabyte is read again as what it is, and values needing cleaning are cleaned in any chunk.
 */
import Papa from "papaparse/papaparse.min.js";
import { describe, expect, it } from "vitest";
import { IdTable, previewDelimited } from "../../../shared/residents/index.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { cp1258, utf8 } from "./helpers/encoders.ts";

function bigCsv(rows: number, name: (i: number) => string, address: (i: number) => string): string {
  const lines = ["DANH SÁCH", "Họ và tên,Số CCCD,Địa chỉ,Tổ dân phố"];
  for (let i = 0; i < rows; i++)
    lines.push(`${name(i)},${String(48080000000 + i).padStart(12, "0")},"${address(i)}",Tổ ${i % 2 ? 5 : 6}`);
  return `${lines.join("\r\n")}\r\n`;
}

describe("chunked reading", () => {
  it("never splits a row, even a quoted value spanning lines, and numbers rows across chunks", () => {
    const text = bigCsv(
      30_000,
      (i) => `Nguyễn Văn Số ${i}`,
      (i) => `Kiệt ${i},\nphường "Hòa" Khê`.replace('"Hòa"', '""Hòa""'),
    );
    expect(text.length).toBeGreaterThan(2_000_000);
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    const whole = Papa.parse(text, { delimiter: "," }).data;
    expect(preview.dataRows).toBe(30_000);
    expect(preview.rows).toHaveLength(30_000);
    const last = preview.rows[preview.rows.length - 1];
    expect(last?.row).toBe(30_002);
    expect(whole[30_001]?.[0]).toBe("Nguyễn Văn Số 29999");
    expect(last?.address).toBe('Kiệt 29999, phường "Hòa" Khê');
    expect(preview.rows.every((r, i) => r.row === i + 3)).toBe(true);
  });

  it("reads again as a single-byte file one that stops being UTF-8 after the first megabyte", () => {
    const plain = bigCsv(
      24_000,
      (i) => `Nguyen Van So ${i}`,
      (i) => `Kiet ${i} duong Le Duan`,
    );
    const text = `${plain}Trần Thị Hường,001175000002,Hòa Khê,Tổ 5\r\n`;
    expect(plain.length).toBeGreaterThan(1 << 20);
    const preview = previewDelimited(cp1258(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.source.encoding).toBe("windows-1258");
    expect(preview.rows).toHaveLength(24_001);
    expect(preview.rows[24_000]?.fullName).toBe("Trần Thị Hường");
  });

  it("cleans values in chunks that need it (double spaces, tabs, odd spaces)", () => {
    const text = bigCsv(
      3,
      (i) => `Lê  Văn\u00a0${["A", "B", "C"][i]}`,
      (i) => `${i}\t Lê  Lợi`,
    );
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.rows.map((r) => [r.fullName, r.address])).toEqual([
      ["Lê Văn A", "0 Lê Lợi"],
      ["Lê Văn B", "1 Lê Lợi"],
      ["Lê Văn C", "2 Lê Lợi"],
    ]);
  });
});

describe("IdTable", () => {
  it("keeps the first row of each ID and grows past its first size", () => {
    const table = new IdTable(10);
    for (let i = 0; i < 5000; i++)
      expect(table.getOrAdd(IdTable.numberOf(String(48080000000 + i * 7)), i)).toBe(-1);
    for (let i = 0; i < 5000; i++)
      expect(table.getOrAdd(IdTable.numberOf(String(48080000000 + i * 7)), 99_999)).toBe(i);
    expect(IdTable.numberOf("012")).not.toBe(IdTable.numberOf("12"));
    expect(IdTable.numberOf("12a")).toBe(-1);
  });
});
