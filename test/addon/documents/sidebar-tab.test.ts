/**
 * The `Văn bản` tab in the built sidebar (dist/addon/sidebar.html) in Chromium, with
 * google.script.run stubbed: each document's status, a click creates a Doc and shows its link
 * (names stay text), a refused one shows why; in the local preview the tab offers .docx downloads.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../support/chromium.ts";

const SIDEBAR = path.join(import.meta.dirname, "..", "..", "..", "dist", "addon", "sidebar.html");

/** A google.script.run that answers the tab's actions, and records the calls. */
const STUB = `
window.__calls = [];
const overview = { spreadsheetName: "x", missingTabs: [], conference: null, facts: null,
  counts: { categories: 0, invitees: 0, present: 0, residents: 0, opinions: 0, kdc: 0, tdp: 0 }, problems: [] };
const missing = { key: "documents.missing", params: { document: "Báo cáo kết quả", items: "Hội nghị › Nơi nhận báo cáo" } };
const status = ["plan", "invitations", "signin", "minutes", "report"].map((kind) => ({
  kind, name: kind, ready: kind !== "report", problems: kind === "report" ? [missing] : [],
  blanks: kind === "minutes" ? ["Hội nghị › Giờ kết thúc"] : [] }));
function runner(ok) {
  return {
    withSuccessHandler(f) { return Object.assign(runner(f), { fail: this.fail }); },
    withFailureHandler(f) { const r = runner(ok); r.fail = f; return r; },
    rpc(name, input) {
      window.__calls.push([name, input]);
      if (name === "createDocument" && input.kind === "report") {
        setTimeout(() => ok && ok({ ok: false, messages: [missing] }), 0);
        return;
      }
      const value = name === "getOverview" ? overview : name === "documents.status" ? status
        : name === "documents.list" ? [{ createdAt: "01/06/2026 08:00:00", name: "Kế hoạch cũ",
            url: "https://docs.google.com/document/d/old/edit", by: "Chị Lan" }]
        : { kind: input.kind, name: '<b>Biên bản</b> (tạo 1)', url: "https://docs.google.com/document/d/abc/edit",
            id: "abc", inSpreadsheetFolder: false };
      setTimeout(() => ok && ok({ ok: true, value }), 0);
    },
  };
}
window.google = { script: { run: runner(null) } };
`;

async function open(browser: Browser, preview: boolean): Promise<Page> {
  const html = await readFile(SIDEBAR, "utf8");
  const hooks = preview
    ? `window.__doiThoaiPreview = { downloadUrl: (k) => "/download/" + k + ".docx" };`
    : "";
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.setContent(html.replace(/<head>/i, `<head><script>${STUB}${hooks}</script>`));
  await page.click('[data-tab="documents"]');
  return page;
}

describe("Văn bản tab", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates a Google Doc per click and shows its link, the name as text", async () => {
    const page = await open(browser, false);
    await page.check('input[name="invitation-mode"][value="category"]');
    await page.click('[data-action="create-invitations"]');
    await page.waitForSelector('[data-testid="created-documents"] a');
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls);
    expect(calls).toContainEqual(["createDocument", { kind: "invitations", invitations: "category" }]);
    const link = page.locator('[data-testid="created-documents"] a').first();
    expect(await link.textContent()).toBe("<b>Biên bản</b> (tạo 1)");
    expect(await link.getAttribute("href")).toBe("https://docs.google.com/document/d/abc/edit");
    expect(await page.locator(".notice.ok").textContent()).toContain("Drive của tôi");
    expect(await page.locator('[data-testid="created-documents"] b').count()).toBe(0);
    expect(await page.textContent('[data-testid="created-documents"]')).toContain("Kế hoạch cũ");
    await page.close();
  });

  it("shows each document ready or what it lacks, the blanks, and the reason on a refused click", async () => {
    const page = await open(browser, false);
    await page.waitForSelector('[data-testid="status-report"]');
    expect(await page.textContent('[data-testid="status-plan"]')).toContain("sẵn sàng");
    const report = (await page.textContent('[data-testid="status-report"]')) ?? "";
    expect(report).toContain("Còn thiếu:Hội nghị: Nơi nhận báo cáo");
    expect(await page.textContent('[data-testid="blanks-minutes"]')).toContain("Hội nghị › Giờ kết thúc");
    await page.click('[data-action="create-report"]');
    // Under the button clicked, not at the top of a long tab.
    await page.waitForSelector('[data-testid="failed-report"]');
    expect(await page.textContent('[data-testid="failed-report"]')).toContain(
      "còn thiếu Hội nghị › Nơi nhận báo cáo",
    );
    await page.close();
  });

  it("offers .docx downloads in the local preview", async () => {
    const page = await open(browser, true);
    await page.waitForSelector('a[data-action="download-plan"]');
    const hrefs = await page.$$eval('a[data-action^="download-"]', (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(hrefs).toEqual([
      "/download/plan.docx",
      "/download/invitations.docx",
      "/download/signin.docx",
      "/download/minutes.docx",
      "/download/report.docx",
    ]);
    expect(await page.locator('[data-action^="create-"]').count()).toBe(0);
    await page.close();
  });
});
