/**
 * `Nhập dân cư` in the local preview, in Chromium: pick a Windows-1258 CSV with title rows and a
 * sensitive column, see the preview (counts, the plan, every error, why a column is refused),
 * commit, see the result in the workbook file, and undo it.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { type Preview, startPreview } from "../../local/preview/server.ts";
import { workbookWith } from "../addon/residents/helpers.ts";
import { makePeople, residentsCsv } from "../shared/residents/helpers/data.ts";
import { cp1258 } from "../shared/residents/helpers/encoders.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { tempDir } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the preview's Nhập dân cư tab and picks a file, collecting page errors. */
async function pickFile(preview: Preview, file: { name: string; mimeType: string; buffer: Buffer }) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole("tab", { name: "Nhập dân cư" }).click();
  await page.getByTestId("import-file").setInputFiles(file);
  return { page, errors };
}

describe("Nhập dân cư in the local preview", () => {
  it("previews a file, imports it, and undoes the import", async () => {
    const path = join(await tempDir(), "nhap.xlsx");
    await saveWorkbookToXlsx(workbookWith(), path);
    const people = makePeople(30).map((p, i) => (i === 4 ? { ...p, tdp: "Tổ 42" } : p));
    const csv = residentsCsv(people, { delimiter: ";", titleRows: ["DANH SÁCH NHÂN KHẨU"] });
    const preview = await startPreview({ workbookPath: path, port: 0 });
    try {
      const { page, errors } = await pickFile(preview, {
        name: "dan-cu-1258.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(cp1258(csv)),
      });
      const counts = page.getByTestId("import-counts");
      await counts.waitFor();
      expect(await counts.textContent()).toContain("30 dòng dữ liệu: 29 hợp lệ, 1 dòng lỗi");
      await expect.poll(() => page.getByTestId("import-plan").textContent()).toContain("thêm 29");
      expect(await page.getByTestId("import-errors").textContent()).toContain("Dòng 8, cột “Tổ dân phố”");
      const notes = (await page.getByTestId("import-notices").textContent()) ?? "";
      expect(notes).toContain("Cột “Dân tộc” không được nhập");
      expect(notes).toContain("Cột “Tôn giáo” không được nhập");
      expect(await page.getByTestId("import-first-rows").textContent()).toContain(people[0]?.fullName);
      await page.getByTestId("import-settings").locator("summary").click();
      expect(await page.getByTestId("import-encoding").inputValue()).toBe("auto");
      expect(await page.getByTestId("import-settings").textContent()).toContain("windows-1258");

      await page.locator("[data-action=commit-import]").click();
      const result = page.getByTestId("import-result");
      await result.waitFor();
      expect(await result.textContent()).toContain("thêm 29");
      const imported = await loadWorkbookFromXlsx(path);
      const rows = imported.sheetByName("Dân cư")?.values() ?? [];
      expect(rows).toHaveLength(30);
      expect(rows[1]?.[4]).toBe(people[0]?.idNumber);
      await expect.poll(() => page.getByTestId("import-history").textContent()).toContain("dan-cu-1258.csv");

      await result.locator("[data-action=undo-import]").click();
      await result.locator("[data-action=confirm-undo]").click();
      await expect.poll(() => page.locator(".notice.ok").textContent()).toContain("Đã hoàn tác lần nhập");
      expect(await page.locator(".notice.ok").textContent()).toContain("xóa 29 dòng");
      const undone = await loadWorkbookFromXlsx(path);
      expect(undone.sheetByName("Dân cư")?.values()).toHaveLength(1);
      await expect.poll(() => page.getByTestId("import-history").textContent()).toContain("đã hoàn tác");
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  }, 60_000);

  it("reads an .xlsx in the page (exceljs in the on-demand chunk)", async () => {
    const path = join(await tempDir(), "nhap-xlsx.xlsx");
    await saveWorkbookToXlsx(workbookWith(), path);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhân khẩu");
    sheet.addRow(["DANH SÁCH"]);
    sheet.addRow(["Họ và tên", "Ngày sinh", "CCCD", "Tổ"]);
    sheet.addRow(["Nguyễn Văn Hùng", new Date(Date.UTC(1980, 5, 5)), 48080000001, 5]);
    sheet.addRow(["Trần Thị Lan", 1975, "048175000002", "Tổ 6"]);
    const preview = await startPreview({ workbookPath: path, port: 0 });
    try {
      const { page, errors } = await pickFile(preview, {
        name: "nhan-khau.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      await expect
        .poll(() => page.getByTestId("import-plan").textContent(), { timeout: 20_000 })
        .toContain("thêm 2");
      expect(await page.getByTestId("import-counts").textContent()).toContain("2 dòng dữ liệu: 2 hợp lệ");
      expect(await page.getByTestId("import-first-rows").textContent()).toContain("05/06/1980");
      expect(await page.getByTestId("import-warnings").textContent()).toContain("048080000001");
      expect(errors).toEqual([]);
    } finally {
      await preview.close();
    }
  }, 60_000);
});
