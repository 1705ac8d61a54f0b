/**
 * The CLI as a careless office uses it: two imports on one workbook at once, a lock left by a
 * crashed run, a folder given as a file, a missing folder for init, a bad port, and the counts
 * and labels of an import's report. Never a stack trace.
 */
import { writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../local/cli/main.ts";
import { loadWorkbookFromXlsx } from "../../local/emulator/xlsx-store.ts";
import { lockPathOf } from "../../local/workbook/lock.ts";
import { tempDir } from "../support/sample.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const HEADER = "Họ và tên,Năm sinh,Số CCCD";
const people = (from: number, count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Người Số ${from + i},1980,0010800${String(from + i).padStart(5, "0")}`,
  );

async function workbookAndFiles() {
  const dir = await tempDir();
  const book = join(dir, "so.xlsx");
  expect((await run("init", book)).code).toBe(0);
  const a = join(dir, "a.csv");
  const b = join(dir, "b.csv");
  await writeFile(a, [HEADER, ...people(1, 5)].join("\n"));
  await writeFile(b, [HEADER, ...people(100, 5)].join("\n"));
  return { dir, book, a, b };
}

const registerNames = async (book: string) =>
  ((await loadWorkbookFromXlsx(book)).sheetByName("Dân cư")?.values() ?? []).slice(1).map((r) => r[1]);

describe("one writer per workbook", () => {
  it("two imports at once: one lands, the other is refused by name with a non-zero exit", async () => {
    const { book, a, b } = await workbookAndFiles();
    const [first, second] = await Promise.all([
      run("import-residents", book, a),
      run("import-residents", book, b),
    ]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/đang được doi-thoai import-residents dùng/);
    expect(await registerNames(book)).toHaveLength(5);
    // Once the first is done, the second goes through: both batches are in the register.
    expect((await run("import-residents", book, b)).code).toBe(0);
    expect(await registerNames(book)).toHaveLength(10);
  });

  it("takes over a lock whose process is gone", async () => {
    const { book, a } = await workbookAndFiles();
    const since = new Date().toISOString();
    writeFileSync(lockPathOf(book), JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), who: "x", since }));
    expect((await run("import-residents", book, a)).code).toBe(0);
  });
});

describe("bad input, in words", () => {
  it("a folder as input, a missing folder for init, a bad port", async () => {
    const { dir, book } = await workbookAndFiles();
    const folder = join(dir, "thu-muc.csv");
    await mkdir(folder);
    const asInput = await run("import-residents", book, folder);
    expect(asInput.code).toBe(2);
    expect(asInput.err).toContain("là một thư mục");
    const asBook = await run("call", dir, "getOverview");
    expect(asBook.err).toContain("là một thư mục");
    const init = await run("init", join(dir, "khong-co", "moi.xlsx"));
    expect(init.code).toBe(2);
    expect(init.err).toContain("Không có thư mục");
    const port = await run("serve", book, "--port", "abc");
    expect(port.err).toContain("Cổng “abc” không hợp lệ");
    for (const result of [asInput, asBook, init, port]) expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("labels errors and warnings, counts rows, and holds a conflict back until --accept-conflicts", async () => {
    const { dir, book, a } = await workbookAndFiles();
    expect((await run("import-residents", book, a)).code).toBe(0);
    const file = join(dir, "c.csv");
    // Row 2: two errors (one row); row 3: a known ID under another name; row 4: a warning.
    const rows = [HEADER, ",1850,123", "Lê Thị Hoa,1990,001080000001", "Trần Văn 3,1981,001080000050"];
    await writeFile(file, rows.join("\n"));
    const result = await run("import-residents", book, file);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Lỗi – Dòng 2/m);
    expect(result.out).toMatch(/^Cảnh báo – Dòng 4/m);
    expect(result.out).toMatch(/^Cảnh báo – Dòng 3: .*“Người Số 1”.*“Lê Thị Hoa”/m);
    expect(result.out).toContain("1 dòng lỗi (không nhập), 1 dòng có cảnh báo");
    expect(await registerNames(book)).not.toContain("Lê Thị Hoa");
    expect((await run("import-residents", book, file, "--accept-conflicts")).code).toBe(0);
    expect(await registerNames(book)).toContain("Lê Thị Hoa");
  });
});
