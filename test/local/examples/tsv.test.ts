import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatTsv, loadExample, loadTsvFile, parseTsv, readManifest } from "../../../local/examples/tsv.ts";

describe("parseTsv", () => {
  it("reads a header and rows, keeping blank cells and leading zeros", () => {
    expect(parseTsv("A\tB\n048012345678\t\n\t0905123456\n")).toEqual([
      ["A", "B"],
      ["048012345678", ""],
      ["", "0905123456"],
    ]);
  });

  it("tolerates a BOM, CRLF and a missing final newline", () => {
    expect(parseTsv("\ufeffA\tB\r\n1\t2\r\n")).toEqual([
      ["A", "B"],
      ["1", "2"],
    ]);
    expect(parseTsv("A\tB\n1\t2")).toEqual([
      ["A", "B"],
      ["1", "2"],
    ]);
  });

  it("refuses a row narrower or wider than the header, naming the source and line", () => {
    expect(() => parseTsv("A\tB\n1\t2\n3\n", "x.tsv")).toThrow(/x\.tsv line 3: 1 field\(s\), expected 2/);
    expect(() => parseTsv("A\tB\n1\t2\t3\n", "x.tsv")).toThrow(/x\.tsv line 2: 3 field/);
  });

  it("refuses blank lines inside or after the data, stray CRs and empty text", () => {
    expect(() => parseTsv("A\tB\n\n1\t2\n")).toThrow(/line 2/);
    expect(() => parseTsv("A\tB\n1\t2\n\n")).toThrow(/line 3/);
    expect(() => parseTsv("A\tB\n1\r2\t3\n")).toThrow(/line 2: stray carriage return/);
    expect(() => parseTsv("")).toThrow(/empty/);
    expect(() => parseTsv("\ufeff")).toThrow(/empty/);
  });
});

describe("formatTsv", () => {
  it("round-trips with parseTsv", () => {
    const rows = [
      ["Họ và tên", "Số định danh"],
      ["Nguyễn Thị Hoa", "048190000001"],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
    expect(formatTsv(rows).endsWith("\n")).toBe(true);
  });

  it("refuses tabs and line breaks inside values, and ragged rows", () => {
    expect(() => formatTsv([["A"], ["x\ty"]])).toThrow(/tab or line break/);
    expect(() => formatTsv([["A"], ["x\ny"]])).toThrow(/tab or line break/);
    expect(() => formatTsv([["A", "B"], ["x"]])).toThrow(/Row 2/);
  });
});

describe("loadExample", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "doi-thoai-example-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const manifest = (tabs: Record<string, string>, name = "Mẫu") =>
    writeFile(path.join(dir, "manifest.json"), JSON.stringify({ name, tabs }));

  it("loads every listed tab, in manifest order", async () => {
    await manifest({ "Thành phần": "b.tsv", "Danh mục": "a.tsv" });
    await writeFile(path.join(dir, "a.tsv"), "Khu dân cư\tTổ dân phố\nKDC 1\tTổ 1\n");
    await writeFile(path.join(dir, "b.tsv"), "\ufeffThành phần\r\nKhách mời\r\n");
    const example = await loadExample(dir);
    expect(example.name).toBe("Mẫu");
    expect([...example.tabs.keys()]).toEqual(["Thành phần", "Danh mục"]);
    expect(example.tabs.get("Danh mục")).toEqual([
      ["Khu dân cư", "Tổ dân phố"],
      ["KDC 1", "Tổ 1"],
    ]);
  });

  it("fails clearly when a listed file is missing, naming the tab and the file", async () => {
    await manifest({ "Hội nghị": "hoi-nghi.tsv" });
    await expect(loadExample(dir)).rejects.toThrow(/tab “Hội nghị”: .*hoi-nghi\.tsv: file not found/);
  });

  it("names the file and line of a ragged row", async () => {
    await manifest({ "Danh mục": "a.tsv" });
    await writeFile(path.join(dir, "a.tsv"), "A\tB\n1\n");
    await expect(loadExample(dir)).rejects.toThrow(/a\.tsv line 2/);
  });

  it("refuses text that is not UTF-8", async () => {
    await writeFile(path.join(dir, "x.tsv"), Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0x0a]));
    await expect(loadTsvFile(path.join(dir, "x.tsv"))).rejects.toThrow(/not valid UTF-8/);
  });

  it("refuses a manifest without a name or tabs, or with a file outside its folder", async () => {
    await writeFile(path.join(dir, "manifest.json"), JSON.stringify({ tabs: { A: "a.tsv" } }));
    await expect(readManifest(dir)).rejects.toThrow(/expected \{ "name"/);
    await manifest({});
    await expect(readManifest(dir)).rejects.toThrow(/lists no tabs/);
    await manifest({ A: "../a.tsv" });
    await expect(readManifest(dir)).rejects.toThrow(/tab “A” must map to a \.tsv file name/);
    await manifest({ A: "a.csv" });
    await expect(readManifest(dir)).rejects.toThrow(/\.tsv file name/);
    await rm(path.join(dir, "manifest.json"));
    await expect(readManifest(dir)).rejects.toThrow(/manifest\.json: cannot read/);
  });
});
