import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../local/cli/main.ts";
import { tempDir } from "../support/sample.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("doi-thoai CLI", () => {
  it("init then set-up twice gives a byte-identical workbook", async () => {
    const file = join(await tempDir(), "x.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const afterInit = readFileSync(file);
    const first = await run("call", file, "setupWorkbook");
    expect(JSON.parse(first.out)).toEqual({ ok: true, value: { createdTabs: [], addedColumns: [] } });
    await run("call", file, "setupWorkbook");
    expect(readFileSync(file).equals(afterInit)).toBe(true);
  });

  it("refuses to overwrite, names a missing file and bad JSON in Vietnamese", async () => {
    const file = join(await tempDir(), "y.xlsx");
    await run("init", file);
    expect((await run("init", file)).err).toContain("đã có; không ghi đè");
    expect((await run("call", join(file, "..", "khong-co.xlsx"), "getOverview")).err).toContain(
      "Không tìm thấy tệp",
    );
    const bad = await run("call", file, "getOverview", "{oops");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("JSON");
    expect((await run("call", file, "getOverview", "--lang", "en")).code).toBe(0);
  });

  it("says which file is not a workbook", async () => {
    const dir = await tempDir();
    const file = join(dir, "not.xlsx");
    execFileSync("sh", ["-c", `printf 'Họ tên;SĐT' > '${file}'`]);
    const result = await run("call", file, "getOverview");
    expect(result.code).toBe(2);
    expect(result.err).toContain("không phải bảng tính .xlsx");
  });

  it("names a missing or broken residents file in Vietnamese, without library internals", async () => {
    const dir = await tempDir();
    const book = join(dir, "b.xlsx");
    await run("init", book);
    const missing = await run("import-residents", book, join(dir, "khong-co.csv"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không tìm thấy tệp");
    const broken = join(dir, "hong.xlsx");
    execFileSync("sh", ["-c", `printf 'PK not really a zip' > '${broken}'`]);
    const result = await run("import-residents", book, broken);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Không đọc được tệp Excel “hong.xlsx”");
    expect(result.err).not.toMatch(/central directory|https?:/);
  });

  it("runs as the package's bin, printing an action's JSON", async () => {
    const file = join(await tempDir(), "z.xlsx");
    await run("init", file);
    const stdout = execFileSync(process.execPath, ["bin/doi-thoai.js", "call", file, "getOverview"], {
      encoding: "utf8",
    });
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(true);
    expect(result.value.counts.invitees).toBe(0);
    expect(result.value.missingTabs).toEqual([]);
  });
});
