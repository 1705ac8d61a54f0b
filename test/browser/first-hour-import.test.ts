/**
 * `Nhập dân cư` in the local preview, the clerk's first hour: an undo asks first with its row
 * count (and Thôi undoes nothing); after an undo the preview of the file on screen is checked
 * again; re-importing an unchanged file says there is nothing to change and offers no import.
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
});
