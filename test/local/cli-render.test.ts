/**
 * `doi-thoai render` reads a workbook file through the one exceljs adapter (as the extension does)
 * and writes the document; a missing or unreadable file is a sentence, not a trace.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { main } from "../../local/cli/main.ts";
import { sampleWorkbookCopy, tempDir } from "../support/sample.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("doi-thoai render", () => {
  it("writes the sample's minutes with the workbook's facts and opinion codes", async () => {
    const book = await sampleWorkbookCopy();
    const output = join(await tempDir(), "bien-ban.docx");
    const result = await run("render", book, "minutes", "-o", output);
    expect(result.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(output));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("BIÊN BẢN");
    expect(text).toMatch(/YK-?0*1/);
  });

  it("says in words when the file is missing or not a workbook", async () => {
    const dir = await tempDir();
    const missing = await run("render", join(dir, "khong-co.xlsx"), "plan", "-o", join(dir, "a.docx"));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("Không tìm thấy tệp");
    const bad = join(dir, "hong.xlsx");
    await writeFile(bad, "không phải bảng tính");
    const unreadable = await run("render", bad, "plan", "-o", join(dir, "b.docx"));
    expect(unreadable.code).not.toBe(0);
    expect(unreadable.err).toContain("không phải bảng tính .xlsx đọc được");
    expect(unreadable.err).not.toMatch(/at \S+ \(/);
  });
});
