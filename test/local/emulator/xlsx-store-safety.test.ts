/**
 * Saving a register (personal data): the file keeps its mode (600 stays 600), a symlink is written
 * through and stays a link, a failed save leaves no temporary copy, and a copy left by a killed
 * save is removed by the next one.
 */
import { chmod, lstat, mkdir, readdir, readlink, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../../local/emulator/xlsx-store.ts";
import { tempDir } from "../../support/sample.ts";

const book = () =>
  EmulatedWorkbook.fromData({ name: "Sổ", sheets: [{ name: "Dân cư", values: [["Họ và tên"], ["An"]] }] });

describe("saving an .xlsx", () => {
  it("keeps the file's mode", async () => {
    const path = join(await tempDir(), "so.xlsx");
    await saveWorkbookToXlsx(book(), path);
    await chmod(path, 0o600);
    await saveWorkbookToXlsx(book(), path);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("writes through a symlink, which stays a link", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "that"));
    const real = join(dir, "that", "so.xlsx");
    await saveWorkbookToXlsx(book(), real);
    const link = join(dir, "link.xlsx");
    await symlink(real, link);
    const changed = book();
    const sheet = changed.sheetByName("Dân cư");
    if (!sheet) throw new Error("no sheet");
    sheet.cellFor(3, 1).value = "Bình";
    await saveWorkbookToXlsx(changed, link);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect((await loadWorkbookFromXlsx(real)).sheetByName("Dân cư")?.values()).toEqual([
      ["Họ và tên"],
      ["An"],
      ["Bình"],
    ]);
  });

  it("removes its temporary file when the save fails, and one a killed save left", async () => {
    const dir = await tempDir();
    // A folder where the file should be: the rename fails.
    const path = join(dir, "so.xlsx");
    await mkdir(path);
    await expect(saveWorkbookToXlsx(book(), path)).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const other = join(dir, "khac.xlsx");
    await writeFile(join(dir, ".khac.xlsx.0123456789ab.tmp"), "left by a killed save");
    await saveWorkbookToXlsx(book(), other);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
