/**
 * The check-in desk in the local preview, in Chromium at 300 px: three people found by partial
 * names typed without diacritics and checked in with Enter (the search box keeps its focus and
 * empties), one undone, a walk-in added; the count and the chart follow, and the workbook holds
 * the check-ins with the clerk's name. No sleeps: every wait is on a condition.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx } from "../../local/emulator/xlsx-store.ts";
import { loadExample } from "../../local/examples/tsv.ts";
import { startPreview } from "../../local/preview/server.ts";
import { PeopleIndex } from "../../shared/roster/search.ts";
import { ROSTER_TAB } from "../../shared/schema/tabs.ts";
import { foldKey } from "../../shared/text/fold.ts";
import { SAMPLE_DIR } from "../addon/roster/fixture.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { sampleWorkbookCopy } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

interface Absent {
  id: string;
  name: string;
  category: string;
  query: string;
}

/** "Nguyễn Văn An" -> "nguyen v an": family name whole, middle names by their first letter. */
function partial(name: string): string {
  const words = foldKey(name).split(" ");
  return words.map((w, i) => (i === 0 || i === words.length - 1 ? w : w.slice(0, 1))).join(" ");
}

/** Three people of the sample not yet present whom their partial name finds first. */
async function threeAbsent(): Promise<Absent[]> {
  const example = await loadExample(SAMPLE_DIR);
  const [header = [], ...rows] = example.tabs.get(ROSTER_TAB.name) ?? [];
  const at = (row: string[], h: string) => row[header.indexOf(h)] ?? "";
  const people = rows
    .filter((r) => at(r, "Họ và tên") !== "")
    .map((r) => ({
      id: at(r, "Mã đại biểu"),
      name: at(r, "Họ và tên"),
      category: at(r, "Thành phần"),
      tdp: at(r, "TDP"),
      kdc: at(r, "KDC"),
      phone: at(r, "Điện thoại"),
      present: at(r, "Có mặt") === "TRUE",
    }));
  const index = new PeopleIndex(people);
  return people
    .filter((p) => !p.present && index.search(partial(p.name), 1)[0]?.id === p.id)
    .slice(0, 3)
    .map((p) => ({ id: p.id, name: p.name, category: p.category, query: partial(p.name) }));
}

const presentText = (page: Page) => page.getByTestId("present-total").textContent();

async function presentCount(page: Page): Promise<number> {
  return Number(/(\d+)\//.exec((await presentText(page)) ?? "")?.[1]);
}

const chartPresent = (page: Page, category: string) =>
  page
    .locator(`[data-testid=attendance-chart] g[data-category="${category}"] rect[data-present]`)
    .getAttribute("data-present");

describe("check-in desk", () => {
  it("checks in by partial names with Enter, keeps focus, undoes, adds a walk-in; counts and chart follow", async () => {
    const absent = await threeAbsent();
    expect(absent).toHaveLength(3);
    const undone = absent[2] as Absent;
    const path = await sampleWorkbookCopy();
    const preview = await startPreview({ workbookPath: path, port: 0 });
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(preview.url);
      await page.getByRole("tab", { name: "Đại biểu" }).click();
      const search = page.getByTestId("desk-search");
      await search.waitFor();
      await page.getByTestId("clerk").fill("Bàn 2");
      const start = await presentCount(page);

      for (const [i, person] of absent.entries()) {
        await search.click();
        await page.keyboard.type(person.query);
        await expect
          .poll(() => page.locator("[data-testid=desk-matches] li").first().getAttribute("data-person"))
          .toBe(person.id);
        const before = await chartPresent(page, person.category);
        await page.keyboard.press("Enter");
        await expect.poll(() => presentCount(page)).toBe(start + i + 1);
        await expect.poll(() => page.getByTestId("last-check-in").textContent()).toContain(person.name);
        expect(await search.inputValue()).toBe("");
        expect(
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid),
        ).toBe("desk-search");
        await expect.poll(() => chartPresent(page, person.category)).toBe(String(Number(before) + 1));
      }

      await page.locator("[data-action=undo-last]").click();
      await expect.poll(() => presentCount(page)).toBe(start + 2);
      await expect.poll(() => page.getByTestId("last-check-in").count()).toBe(0);

      await page.getByTestId("walk-in-name").fill("Hà Văn Khải");
      await page.getByTestId("walk-in-category").selectOption("Đại diện Nhân dân");
      const residentsBefore = Number(await chartPresent(page, "Đại diện Nhân dân"));
      await page.locator("[data-action=walk-in]").click();
      await expect.poll(() => presentCount(page)).toBe(start + 3);
      await expect.poll(() => chartPresent(page, "Đại diện Nhân dân")).toBe(String(residentsBefore + 1));
      // The walk-in is found at the desk like anyone invited.
      await search.click();
      await page.keyboard.type("ha v khai");
      await expect
        .poll(() => page.locator("[data-testid=desk-matches] li").first().textContent())
        .toContain("Hà Văn Khải");
      await page.screenshot({ path: join(path, "..", "roster-desk.png"), fullPage: true });
      console.log(`screenshot: ${join(path, "..", "roster-desk.png")}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await preview.close();
    }
    const workbook = await loadWorkbookFromXlsx(path);
    const [header = [], ...rows] = workbook.sheetByName(ROSTER_TAB.name)?.values() ?? [];
    const cell = (id: string, h: string) => rows.find((r) => r[0] === id)?.[header.indexOf(h)];
    for (const person of absent.slice(0, 2)) {
      expect(cell(person.id, "Có mặt")).toBe(true);
      expect(cell(person.id, "Người điểm danh")).toBe("Bàn 2");
    }
    expect(cell(undone.id, "Có mặt")).toBe(false);
    const walkIn = rows.filter((r) => r[header.indexOf("Họ và tên")] === "Hà Văn Khải");
    expect(walkIn).toHaveLength(1);
    expect(walkIn[0]?.[header.indexOf("Đến thêm")]).toBe(true);
  }, 90_000);
});
