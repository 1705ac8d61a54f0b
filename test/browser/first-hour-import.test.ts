/**
 * `Nhập dân cư` in the local preview, the clerk's first hour: an undo asks first with its row
 * count (and Thôi undoes nothing); after an undo the preview of the file on screen is checked
 * again; re-importing an unchanged file says there is nothing to change and offers no import; a
 * known ID number under another name is listed with both names and updated only once confirmed.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { startPreview } from "../../local/preview/server.ts";
import { workbookWith } from "../addon/residents/helpers.ts";
import { makePeople, residentsCsv } from "../shared/residents/helpers/data.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { tempDir } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

const residentRows = async (path: string) =>
  ((await loadWorkbookFromXlsx(path)).sheetByName("Dân cư")?.values() ?? []).length - 1;

/** The register row holding an ID number, as text. */
const registerRowOf = async (path: string, idNumber: string) =>
  ((await loadWorkbookFromXlsx(path)).sheetByName("Dân cư")?.values() ?? [])
    .map((row) => row.map((cell) => String(cell ?? "")))
    .find((row) => row.includes(idNumber));

async function pick(page: Page, csv: string): Promise<void> {
  await page
    .getByTestId("import-file")
    .setInputFiles({ name: "dan-cu.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
}

describe("Nhập dân cư: undo, refresh and unchanged files", () => {
  it("confirms an undo with its row count, refreshes the preview after it, offers nothing for an unchanged file", async () => {
    const path = join(await tempDir(), "nhap.xlsx");
    await saveWorkbookToXlsx(workbookWith(), path);
    const csv = residentsCsv(makePeople(7), { delimiter: "," });
    const preview = await startPreview({ workbookPath: path, port: 0 });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(preview.url);
      await page.getByRole("tab", { name: "Nhập dân cư" }).click();
      await pick(page, csv);
      const commit = page.locator("[data-action=commit-import]");
      await expect.poll(() => commit.textContent()).toBe("Nhập 7 dòng thay đổi");
      await commit.click();
      const result = page.getByTestId("import-result");
      await expect.poll(() => result.textContent()).toContain("thêm 7");
      // One banner says what was done: the result box, not a second notice.
      expect(await page.locator(".notice.ok").count()).toBe(0);
      expect(await residentRows(path)).toBe(7);

      // The same file again: nothing to change, no import offered, no "lần nhập —".
      await pick(page, csv);
      const unchanged = page.getByTestId("import-unchanged");
      await expect.poll(() => unchanged.textContent()).toContain("Không có gì để thay đổi: 7 dòng");
      expect(await commit.count()).toBe(0);
      expect(await page.textContent("body")).not.toContain("lần nhập —");

      // Undo asks first, with the rows it would take out; Thôi leaves the register alone.
      const history = page.getByTestId("import-history");
      await history.locator("[data-action=undo-import]").click();
      const confirm = page.getByTestId("confirm-undo");
      expect(await confirm.textContent()).toContain("Sẽ xóa 7 dòng đã thêm");
      expect(await confirm.locator("[data-action=confirm-undo]").textContent()).toBe("Hoàn tác 7 dòng");
      await confirm.locator("[data-action=cancel-undo]").click();
      expect(await confirm.count()).toBe(0);
      expect(await residentRows(path)).toBe(7);

      await history.locator("[data-action=undo-import]").click();
      await page.locator("[data-action=confirm-undo]").click();
      await expect.poll(() => page.locator(".notice.ok").textContent()).toContain("Đã hoàn tác lần nhập");
      expect(await residentRows(path)).toBe(0);
      // The file still on screen is checked against the register again: 7 to add, import offered.
      await expect.poll(() => page.getByTestId("import-plan").textContent()).toContain("thêm 7");
      await expect.poll(() => commit.textContent()).toBe("Nhập 7 dòng thay đổi");
      expect(await unchanged.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  }, 90_000);

  it("lists a known ID under another name, and updates it only when ticked and imported", async () => {
    const path = join(await tempDir(), "nhap.xlsx");
    await saveWorkbookToXlsx(workbookWith(), path);
    const people = makePeople(5);
    const first = people[0];
    if (!first) throw new Error("no people");
    const renamed = "Phạm Thị Khác Tên";
    const preview = await startPreview({ workbookPath: path, port: 0 });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(preview.url);
      await page.getByRole("tab", { name: "Nhập dân cư" }).click();
      await pick(page, residentsCsv(people, { delimiter: "," }));
      const commit = page.locator("[data-action=commit-import]");
      await expect.poll(() => commit.textContent()).toBe("Nhập 5 dòng thay đổi");
      await commit.click();
      await expect.poll(() => page.getByTestId("import-result").textContent()).toContain("thêm 5");

      // The same people, the first under another name: held back, both names shown, ID masked.
      await pick(
        page,
        residentsCsv([{ ...first, fullName: renamed }, ...people.slice(1)], { delimiter: "," }),
      );
      const conflicts = page.getByTestId("import-conflicts");
      await expect.poll(() => conflicts.count()).toBe(1);
      const listed = (await conflicts.textContent()) ?? "";
      expect(listed).toContain(first.fullName);
      expect(listed).toContain(renamed);
      expect(listed).toContain("Dòng 2");
      expect(listed).toMatch(/mã dân cư [^\s,]+, số định danh/);
      expect(listed).toContain(first.idNumber.slice(-3));
      expect(listed).not.toContain(first.idNumber);
      expect(await page.getByTestId("import-conflicts-held").textContent()).toContain(
        "1 dòng trùng số định danh",
      );
      expect(await commit.count()).toBe(0);

      // Ticking asks the dry run again: the plan and the button count the row; nothing is written yet.
      await page.getByTestId("import-accept-conflicts").check();
      await expect.poll(() => commit.textContent()).toBe("Nhập 1 dòng thay đổi");
      expect(await page.getByTestId("import-plan").textContent()).toContain("cập nhật 1");
      expect(await page.getByTestId("import-conflicts-held").count()).toBe(0);
      expect(await registerRowOf(path, first.idNumber)).toContain(first.fullName);

      await commit.click();
      await expect.poll(() => page.getByTestId("import-result").textContent()).toContain("cập nhật 1");
      const updated = await registerRowOf(path, first.idNumber);
      expect(updated).toContain(renamed);
      expect(updated).not.toContain(first.fullName);
      expect(await residentRows(path)).toBe(5);
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  }, 90_000);
});
