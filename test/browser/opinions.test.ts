/**
 * The opinion log in the local preview, in Chromium at 300 px: five opinions logged with the
 * keyboard only (one asker picked from the roster with the arrow keys, one anonymous, one with
 * the answer given at the meeting), then two answered, one forwarded, one merged through the
 * list; the sidebar's tallies, its chart and the minutes' opinion table (with codes) agree. No
 * sleeps: every wait is on a condition.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx } from "../../local/emulator/xlsx-store.ts";
import { startPreview } from "../../local/preview/server.ts";
import { buildDocument } from "../../shared/documents/index.ts";
import type { Grid } from "../../shared/workbook/cells.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { sampleWorkbookCopy } from "../support/sample.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("name") ?? "");

async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 12 && (await focusedName(page)) !== name; i++) await page.keyboard.press("Tab");
  expect(await focusedName(page)).toBe(name);
}

const codes = (page: Page) => page.locator("[data-testid=opinion-code]").allTextContents();

async function chart(page: Page, dimension: string): Promise<Record<string, number>> {
  const bars = page.locator(`[data-testid=opinion-chart][data-dimension=${dimension}] g[data-label]`);
  const out: Record<string, number> = {};
  for (const bar of await bars.all())
    out[(await bar.getAttribute("data-label")) ?? ""] = Number(await bar.getAttribute("data-count"));
  return out;
}

async function move(page: Page, id: string, status: string, values: Record<string, string>): Promise<void> {
  const row = page.locator(`li[data-opinion=${id}]`);
  await row.locator("select[name=move]").selectOption({ label: status });
  for (const [name, value] of Object.entries(values)) await row.locator(`input[name=${name}]`).fill(value);
  await row.locator("[data-action=apply-move]").click();
  await expect.poll(() => row.locator("span").first().textContent()).toBe(status);
}

describe("opinion log in the sidebar", () => {
  it("logs five by keyboard, answers two, forwards one, merges one; tallies, chart and minutes agree", async () => {
    const path = await sampleWorkbookCopy();
    const preview = await startPreview({ workbookPath: path, port: 0 });
    const page = await browser.newPage({ viewport: { width: 300, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(preview.url);
      await page.getByRole("tab", { name: "Ý kiến" }).click();
      await page.getByTestId("opinion-form").waitFor();
      await expect.poll(() => focusedName(page)).toBe("asker");

      // 1. An asker from the roster, picked with the arrow keys; TDP and KDC come with the person.
      await page.keyboard.type("Truong Thanh");
      await page.getByTestId("asker-suggestions").waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("input[name=asker]").inputValue()).toContain("Trương Thanh");
      await tabTo(page, "content");
      await page.keyboard.type("Đề nghị sửa đèn chiếu sáng kiệt 12 đường Hà Huy Tập.");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("textarea[name=content]").inputValue()).toBe("");
      await expect.poll(() => focusedName(page)).toBe("asker");

      // 2-5: free-typed, anonymous, a direct one with field, level, answerer and answer.
      const typed: [string, (p: Page) => Promise<void>][] = [
        ["Đường kiệt 45 ngập khi mưa lớn.", async (p) => p.keyboard.type("Lê Văn Tám")],
        [
          "Xin bố trí thêm thùng rác công cộng.",
          async (p) => {
            await tabTo(p, "anonymous");
            await p.keyboard.press("Space");
          },
        ],
        [
          "Đề nghị hướng dẫn thủ tục tách thửa.",
          async (p) => {
            await p.keyboard.type("Phạm Thị Hoa");
            await tabTo(p, "channel");
            await p.keyboard.press("ArrowDown");
            await tabTo(p, "field");
            await p.keyboard.press("ArrowDown");
          },
        ],
        ["Đường Hà Huy Tập có nhiều ổ gà (trùng ý kiến trước).", async (p) => p.keyboard.type("Ngô Văn Ba")],
      ];
      for (const [content, fill] of typed) {
        await fill(page);
        await tabTo(page, "content");
        await page.keyboard.type(content);
        if (content.startsWith("Đề nghị hướng dẫn")) {
          await tabTo(page, "level");
          await page.keyboard.press("ArrowDown");
          await tabTo(page, "answerer");
          await page.keyboard.press("ArrowDown");
          await tabTo(page, "answer");
          await page.keyboard.type("Liên hệ bộ phận một cửa của phường để được hướng dẫn.");
        }
        await page.keyboard.press("Enter");
        await expect.poll(() => page.locator("textarea[name=content]").inputValue()).toBe("");
        await expect.poll(() => focusedName(page)).toBe("asker");
      }

      await page.locator("[data-view=list]").click();
      // The sample's 20 opinions and these five.
      await expect.poll(async () => (await codes(page)).length).toBe(25);
      const all = await codes(page);
      const mine = all.slice(-5);
      expect(mine).toEqual(["YK-021", "YK-022", "YK-023", "YK-024", "YK-025"]);
      expect(new Set(all).size).toBe(all.length);

      await move(page, "YK-021", "Đã trả lời", { resolution: "Đã thay bóng đèn ngày 20/6." });
      await move(page, "YK-022", "Đã trả lời tại hội nghị", {
        answer: "Phường sẽ nạo vét cống trước mùa mưa.",
      });
      await move(page, "YK-023", "Đã chuyển cấp có thẩm quyền", {
        forwardedTo: "Công ty Môi trường đô thị",
        forwardRef: "301/UBND-KT",
      });
      await move(page, "YK-025", "Đã gộp", { mergedInto: "YK-021" });
      const refused = page.locator(".notice.error");
      expect(await refused.count()).toBe(0);

      await page.locator("[data-view=tally]").click();
      const total = await page.getByTestId("opinion-total").textContent();
      const byStatus = await chart(page, "byStatus");
      const byChannel = await chart(page, "byChannel");
      await page.screenshot({ path: join(path, "..", "opinions-tally.png"), fullPage: true });
      await page.locator("[data-view=capture]").click();
      await page.screenshot({ path: join(path, "..", "opinions-form.png"), fullPage: true });
      await page.locator("[data-view=list]").click();
      await page.locator("li[data-opinion=YK-021]").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(path, "..", "opinions-list.png") });
      await page.locator("[data-view=due]").click();
      await page.screenshot({ path: join(path, "..", "opinions-due.png"), fullPage: true });
      console.log(`screenshots: ${join(path, "..")}`);
      expect(errors).toEqual([]);

      // The minutes built from the saved workbook agree with the sidebar.
      await preview.close();
      const workbook = await loadWorkbookFromXlsx(path);
      const tabs = new Map<string, Grid>();
      for (const name of ["Hội nghị", "Thành phần", "Đại biểu", "Ý kiến", "Danh mục"])
        tabs.set(name, (workbook.sheetByName(name)?.values() ?? []) as Grid);
      const minutes = buildDocument("minutes", { tabs });
      if (!minutes.ok) throw new Error(JSON.stringify(minutes.messages));
      const opinionTable = minutes.document.blocks.find((b) => b.kind === "table");
      const rows = opinionTable?.kind === "table" ? opinionTable.rows.map((r) => r.cells) : [];
      expect(rows.map((r) => r[0])).toEqual(all);
      expect(rows.find((r) => r[0] === "YK-025")?.[2]).toContain("(trùng với ý kiến YK-021)");
      expect(rows.find((r) => r[0] === "YK-023")?.[1]).toBe("Ẩn danh (phiếu)");
      const counted = all.length - 1;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(byStatus)).toBe(all.length);
      expect(byStatus["Đã gộp"]).toBe(1);
      expect(sum(byChannel)).toBe(counted);
      const pad = (n: number) => String(n).padStart(2, "0");
      const texts = minutes.document.blocks.flatMap((b) =>
        b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : [],
      );
      expect(texts).toContain(
        `Tổng số ${pad(counted)} ý kiến, kiến nghị, trong đó: ${pad(byChannel.Phiếu ?? 0)} ý kiến bằng phiếu, ${pad(byChannel["Trực tiếp"] ?? 0)} ý kiến trực tiếp.`,
      );
      expect(total).toContain(`Tổng số ${counted} ý kiến`);
    } finally {
      await page.close();
      await preview.close().catch(() => undefined);
    }
  });
});
