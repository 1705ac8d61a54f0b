/**
 * A clerk's first hour, in the local preview in Chromium at the sidebar's 300 px: a workbook from
 * `doi-thoai init` already lists every `Hội nghị` item; the `Văn bản` tab says per document what
 * is missing, and a click on an unready one shows why (the server's 422 reason, not a cancelled
 * download). The clerk fills the pre-written items (through the sheet emulation, as typing in the
 * sheet would) plus one category and one invitee; every document turns "sẵn sàng", the minutes
 * still warn of the blanks they would print, and a click downloads the .docx.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentDownload } from "../../local/cli/commands/render.ts";
import { main } from "../../local/cli/main.ts";
import { createServices } from "../../local/emulator/index.ts";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { startPreview } from "../../local/preview/server.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { tempDir } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

const KINDS = ["plan", "invitations", "signin", "minutes", "report"] as const;

/** What a clerk types in `Giá trị` (and `Chi tiết`) of the rows set-up wrote. */
const VALUES: Record<string, [string, string?]> = {
  "Cơ quan ban hành": ["ỦY BAN NHÂN DÂN PHƯỜNG HÒA MINH"],
  "Tên cơ quan trong văn bản": ["UBND phường Hòa Minh"],
  "Ký hiệu cơ quan": ["UBND"],
  Cấp: ["phường"],
  "Địa danh": ["Hòa Minh"],
  "Trích yếu": ["Tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2026"],
  "Căn cứ": ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"],
  "Chủ trì": ["Nguyễn Văn An", "Chủ tịch UBND phường"],
  "Thư ký": ["Trần Thị Bình", "Văn phòng HĐND và UBND phường"],
  "Ngày hội nghị": ["15/06/2026"],
  "Giờ bắt đầu": ["08:00"],
  "Địa điểm": ["Hội trường UBND phường"],
  "Chương trình": ["Khai mạc, giới thiệu đại biểu"],
  "Nhiệm vụ": ["Văn phòng HĐND và UBND phường", "Chuẩn bị hội trường"],
  "Nơi nhận": ["Thường trực Đảng ủy phường"],
  "Chức vụ người ký": ["CHỦ TỊCH"],
  "Người ký": ["Nguyễn Văn An"],
  "Nơi nhận báo cáo": ["Thường trực HĐND và UBND thành phố"],
};

/** Types the values beside the item names set-up wrote, one category and one invitee; saves. */
async function fillWorkbook(path: string): Promise<number> {
  const workbook = await loadWorkbookFromXlsx(path);
  const spreadsheet = createServices({ workbook, uiAvailable: false }).SpreadsheetApp.getActiveSpreadsheet();
  const facts = spreadsheet.getSheetByName("Hội nghị");
  if (!facts) throw new Error("no Hội nghị tab");
  const grid = facts.getRange(1, 1, facts.getLastRow(), 4).getValues();
  let filled = 0;
  grid.forEach((row, i) => {
    const value = VALUES[String(row[0])];
    if (!value || i === 0) return;
    facts.getRange(i + 1, 2, 1, 2).setValues([[value[0], value[1] ?? ""]]);
    filled++;
  });
  const setRow = (tab: string, values: Record<string, string | boolean>) => {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`no ${tab} tab`);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const row = header.map((h) => values[String(h)] ?? "");
    sheet.getRange(2, 1, 1, row.length).setValues([row]);
  };
  setRow("Thành phần", { "Thành phần": "Lãnh đạo phường", "Cách tính": "Theo danh sách" });
  setRow("Đại biểu", { "Họ và tên": "Lê Văn Cường", "Thành phần": "Lãnh đạo phường", "Có mặt": true });
  await saveWorkbookToXlsx(workbook, path);
  return filled;
}

async function openDocuments(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole("tab", { name: "Văn bản" }).click();
  await page.getByTestId("status-report").waitFor();
  return { page, errors };
}

const readiness = (page: Page) =>
  Promise.all(KINDS.map((kind) => page.getByTestId(`status-${kind}`).getAttribute("data-ready")));

describe("a clerk's first hour", () => {
  it("from doi-thoai init to every document sẵn sàng, with the reason shown for an unready one", async () => {
    const path = join(await tempDir(), "hoi-nghi.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["init", path], quiet)).toBe(0);

    const first = await startPreview({ workbookPath: path, port: 0, downloads: documentDownload });
    try {
      const { page, errors } = await openDocuments(first.url);
      // The items are there to fill: the conference tab points at the first empty one.
      await page.getByRole("tab", { name: "Hội nghị" }).click();
      await expect
        .poll(() => page.getByTestId("facts-progress").textContent())
        .toContain("đã điền 0/40 mục. Tiếp theo: “Cơ quan chủ quản” (dòng 2).");
      await page.getByRole("tab", { name: "Văn bản" }).click();
      await page.getByTestId("status-plan").waitFor();
      expect(await readiness(page)).toEqual(["false", "false", "false", "false", "false"]);
      const plan = (await page.getByTestId("status-plan").textContent()) ?? "";
      expect(plan).toContain("chưa đủ thông tin");
      expect(plan).toContain("Còn thiếu:Hội nghị: Cơ quan ban hành, Tên cơ quan trong văn bản");
      expect(plan).toContain("trang “Thành phần” chưa có dòng nào");
      await page.screenshot({ path: join(await tempDir(), "van-ban-chua-du.png"), fullPage: true });

      // A click on an unready document: the reason, in words, and no download.
      let downloads = 0;
      page.on("download", () => downloads++);
      await page.click('[data-action="download-plan"]');
      const notice = page.getByTestId("failed-plan");
      await expect.poll(() => notice.textContent()).toContain("Không tải được Kế hoạch");
      expect(await notice.textContent()).toContain(
        "Chưa tạo được Kế hoạch: còn thiếu Hội nghị › Cơ quan ban hành",
      );
      expect(downloads).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await first.close();
    }

    expect(await fillWorkbook(path)).toBe(18);

    const second = await startPreview({ workbookPath: path, port: 0, downloads: documentDownload });
    try {
      const { page, errors } = await openDocuments(second.url);
      await expect.poll(() => readiness(page)).toEqual(["true", "true", "true", "true", "true"]);
      for (const kind of KINDS)
        expect(await page.getByTestId(`status-${kind}`).textContent()).toContain("sẵn sàng");
      // Ready, but the minutes would print "kết thúc vào ... giờ ...": said before the click.
      expect(await page.getByTestId("blanks-minutes").textContent()).toContain("Hội nghị › Giờ kết thúc");
      await page.screenshot({ path: join(await tempDir(), "van-ban-san-sang.png"), fullPage: true });

      const download = page.waitForEvent("download");
      await page.click('[data-action="download-plan"]');
      expect((await download).suggestedFilename()).toMatch(/^Kế hoạch .*\.docx$/);
      expect(await page.locator(".notice.error").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await second.close();
    }
  }, 120_000);
});
