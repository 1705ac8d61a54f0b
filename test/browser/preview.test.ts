/**
 * The local preview in Chromium: the real sidebar bundle, google.script.run bridged to the add-on
 * bundle on the emulated services over an .xlsx.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { type Preview, startPreview } from "../../local/preview/server.ts";
import { newWorkbook } from "../../local/workbook/files.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { sampleWorkbookCopy, tempDir } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

async function open(preview: Preview): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(preview.url);
  return { page, errors };
}

describe("local preview of the sidebar", () => {
  it("shows the sample conference's key facts and figures, in Vietnamese then English", async () => {
    const preview = await startPreview({ workbookPath: await sampleWorkbookCopy() });
    try {
      const { page, errors } = await open(preview);
      const title = page.getByTestId("conference-title");
      await expect
        .poll(() => title.textContent())
        .toContain("Tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy");
      const text = (await page.textContent("body")) ?? "";
      expect(text).toContain("ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ TÂY");
      expect(text).toContain("08 giờ 00, thứ Tư ngày 15/6/2022");
      expect(text).toContain("Hội trường UBND phường (số 300 Dũng Sĩ Thanh Khê)");
      expect(text).toContain("Lê Văn Cương – Bí thư Đảng ủy phường");
      expect(text).toContain("Trương Thanh Hải");
      expect(text).toContain("17 / 57");
      expect(text.normalize("NFC")).toBe(text);
      for (const tab of ["Hội nghị", "Đại biểu", "Ý kiến"]) {
        await expect.poll(() => page.getByRole("tab", { name: tab }).count()).toBe(1);
      }
      await page.click("[data-action=language]");
      await expect.poll(() => page.getByRole("tab", { name: "Conference" }).count()).toBe(1);
      expect(await page.textContent("body")).toContain("Venue");
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  });

  it("offers set-up on a workbook without tabs and creates them, saving the file", async () => {
    const path = join(await tempDir(), "trong.xlsx");
    await saveWorkbookToXlsx(newWorkbook(path), path);
    const preview = await startPreview({ workbookPath: path });
    try {
      const { page, errors } = await open(preview);
      const setup = page.locator("[data-action=setup]");
      await setup.waitFor();
      expect(await page.textContent("body")).toContain("Hội nghị, Thành phần, Đại biểu");
      await setup.click();
      await page.locator(".notice.ok").waitFor();
      expect(await page.textContent(".notice.ok")).toContain("6 trang tính mới");
      await expect.poll(() => page.locator("[data-action=setup]").count()).toBe(0);
      const saved = await loadWorkbookFromXlsx(path);
      expect(saved.sheets.map((s) => s.name).sort()).toEqual(
        ["Danh mục", "Dân cư", "Hội nghị", "Thành phần", "Ý kiến", "Đại biểu"].sort(),
      );
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  });

  it("shows workbook text as text, never as markup", async () => {
    const path = join(await tempDir(), "xss.xlsx");
    await saveWorkbookToXlsx(newWorkbook(path), path);
    const { createAddonRuntime } = await import("../../local/runtime/addon-runtime.ts");
    const workbook = await loadWorkbookFromXlsx(path);
    const runtime = createAddonRuntime({ workbook, workbookPath: path, uiAvailable: false });
    runtime.call("setupWorkbook");
    const sheet = workbook.sheetByName("Hội nghị");
    if (!sheet) throw new Error("no Hội nghị tab");
    const { createServices } = await import("../../local/emulator/index.ts");
    createServices({ workbook })
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Hội nghị")
      ?.getRange(2, 1, 1, 2)
      .setValues([["Trích yếu", "<img src=x onerror=\"document.title='pwned'\">"]]);
    await runtime.save();
    const preview = await startPreview({ workbookPath: path });
    try {
      const { page } = await open(preview);
      const title = page.getByTestId("conference-title");
      await expect.poll(() => title.textContent()).toContain("<img src=x");
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.title()).not.toBe("pwned");
    } finally {
      await preview.close();
    }
  });
});
