/** `doi-thoai fill` on the sample workbook, run in process through the CLI's own entry. */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../local/cli/main.ts";
import { sampleWorkbookCopy, tempDir } from "../../support/sample.ts";
import { docxParagraphs, row, runs, table, templateDocx } from "./docx-fixtures.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe("doi-thoai fill", () => {
  it("fills a template from the sample workbook, one table row per opinion", async () => {
    const dir = await tempDir();
    const workbook = await sampleWorkbookCopy();
    const template = join(dir, "mẫu.docx");
    await writeFile(
      template,
      await templateDocx([
        runs("{Cơ quan ban hành} – {Địa điểm}"),
        table(row(["{#Ý kiến}{Mã ý kiến}"], ["{Nội dung}{/Ý kiến}"])),
      ]),
    );
    const output = join(dir, "ra.docx");
    const result = await run("fill", workbook, template, "-o", output);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([`Đã ghi ${output}.`]);
    const text = await docxParagraphs(new Uint8Array(await readFile(output)));
    expect(text[0]).toMatch(/^ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ TÂY – .+/);
    const codes = text.filter((line) => /^YK-?\d{3}$/.test(line));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("prints each problem with its place and writes nothing", async () => {
    const dir = await tempDir();
    const template = join(dir, "mẫu.docx");
    await writeFile(template, await templateDocx([runs("Kính gửi {Người nhận}")]));
    const output = join(dir, "ra.docx");
    const result = await run("fill", await sampleWorkbookCopy(), template, "-o", output);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(/^Không có trường “Người nhận”.* ở đoạn: “Kính gửi \{Người nhận\}”$/),
    ]);
    expect(existsSync(output)).toBe(false);
    expect((await run("fill", "a.xlsx")).code).toBe(2);
  });
});
