/**
 * Loads dist/extension unpacked in Debian's Chromium (new headless) and drives its app page.
 */
import type { BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARD, wardWorkbook, workbookWithoutConference } from "./fixtures.ts";
import { type LoadedExtension, launchExtension } from "./launch.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let loaded: LoadedExtension | undefined;

beforeAll(async () => {
  loaded = await launchExtension();
  ({ context, worker, extensionId } = loaded);
});

afterAll(async () => {
  await loaded?.close();
});

interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  troubles: string[];
}

async function openApp(): Promise<OpenedPage> {
  const page = await context.newPage();
  const troubles: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") troubles.push(message.text());
  });
  page.on("pageerror", (error) => troubles.push(`uncaught: ${error.message}`));
  await page.exposeBinding("reportViolation", (_source, text: string) => troubles.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = Reflect.get(window, "reportViolation") as (text: string) => void;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`chrome-extension://${extensionId}/app.html`);
  await page.waitForFunction(() => document.querySelector("#version")?.textContent !== "");
  return { page, troubles };
}

async function pick(page: Page, name: string, buffer: Buffer, mimeType = XLSX): Promise<void> {
  await page.setInputFiles("#file", { name, mimeType, buffer });
  // Reading clears the result and shows a status; done when the status is gone and a result is in.
  await page.waitForFunction(
    () => document.querySelector("#status")?.textContent === "" && document.querySelector("#result > *"),
  );
}

const factText = (page: Page, key: string) => page.locator(`dd[data-fact="${key}"]`).textContent();

describe("the extension in Chromium", () => {
  it("registers the toolbar button's handler in its service worker", async () => {
    const listening = await worker.evaluate(() => {
      const api = Reflect.get(globalThis, "chrome") as {
        action: { onClicked: { hasListeners(): boolean } };
      };
      return api.action.onClicked.hasListeners();
    });
    expect(listening).toBe(true);
  });

  it("loads without warnings or errors, holding storage and downloads but no host access", async () => {
    // chrome://extensions' own API reports what the page shows to a user loading it unpacked.
    const page = await context.newPage();
    await page.goto("chrome://extensions");
    const info = await page.evaluate(async (id) => {
      const api = Reflect.get(globalThis, "chrome") as {
        developerPrivate: { getExtensionInfo(id: string): Promise<Record<string, unknown>> };
      };
      const found = await api.developerPrivate.getExtensionInfo(id);
      return {
        installWarnings: found.installWarnings,
        manifestErrors: found.manifestErrors,
        runtimeErrors: found.runtimeErrors,
        permissions: found.permissions,
      };
    }, extensionId);
    await page.close();
    expect(info.installWarnings).toEqual([]);
    expect(info.manifestErrors).toEqual([]);
    expect(info.runtimeErrors).toEqual([]);
    const permissions = info.permissions as { simplePermissions: { message: string }[] };
    expect(permissions.simplePermissions.map((p) => p.message)).toEqual(["Manage your downloads"]);
    expect(info.permissions).toMatchObject({ runtimeHostPermissions: { hasAllHosts: false, hosts: [] } });
  });

  it("shows the conference of a picked .xlsx, in Vietnamese, with the right days", async () => {
    const { page, troubles } = await openApp();
    expect(await page.evaluate(() => new Date(2031, 2, 12).getTimezoneOffset())).toBeGreaterThan(0);
    expect(await page.locator("h1").textContent()).toBe("Đối thoại");
    expect(await page.title()).toBe("Đối thoại");
    await pick(page, "sổ hội nghị.xlsx", await wardWorkbook());

    expect(await page.locator(".conference-title").textContent()).toBe(WARD.title);
    expect(await page.locator(".source").textContent()).toBe(
      "Tệp “sổ hội nghị.xlsx”, trang tính “Hội nghị”.",
    );
    expect(await factText(page, "extension.fact.issuingBody")).toBe(WARD.issuingBody);
    expect(await factText(page, "extension.fact.plan")).toBe(WARD.plan);
    expect(await factText(page, "extension.fact.start")).toBe(WARD.start);
    expect(await factText(page, "extension.fact.venue")).toBe(WARD.venue);
    expect(await page.locator('dd[data-fact="extension.fact.chairs"] li').allTextContents()).toEqual(
      WARD.chairs,
    );
    expect(await page.locator('tr[data-tab="Đại biểu"] td').textContent()).toBe("3 dòng");
    expect(await page.locator('tr[data-tab="Dân cư"] td').textContent()).toBe("không có trong tệp");
    expect(await page.locator(".problems li").allTextContents()).toEqual([
      "Trang tính “Hội nghị”, dòng 16: mục “Mục lạ” không được nhận ra nên bị bỏ qua.",
    ]);

    await page.click("#language");
    expect(await page.locator(".conference h2").textContent()).toBe("Conference");
    expect(await page.locator('tr[data-tab="Đại biểu"] td').textContent()).toBe("3 rows");
    await page.click("#language");
    expect(await page.locator(".conference h2").textContent()).toBe("Hội nghị");

    expect(troubles).toEqual([]);
    await page.close();
  });

  it("names the missing `Hội nghị` tab, and says plainly when a file is broken or not a workbook", async () => {
    const { page, troubles } = await openApp();
    await pick(page, "danh sách.xlsx", await workbookWithoutConference());
    expect(await page.locator(".error h2").textContent()).toBe("Không đọc được bảng tính");
    expect(await page.locator(".error-message").textContent()).toBe(
      "Bảng tính “danh sách.xlsx” không có trang tính “Hội nghị”. Các trang tính có trong tệp: “Trang tính1”, “Đại biểu”.",
    );

    await pick(page, "hỏng.xlsx", (await wardWorkbook()).subarray(0, 300));
    expect(await page.locator(".error-message").textContent()).toMatch(
      /^Tệp “hỏng.xlsx” bị hỏng hoặc không đúng định dạng nên không đọc được \(.+\)\.$/,
    );

    await pick(page, "ghi chú.txt", Buffer.from("xin chào"), "text/plain");
    expect(await page.locator(".error-message").textContent()).toContain("không phải bảng tính");
    expect(troubles).toEqual([]);
    await page.close();
  });

  it("reads the .csv of the `Hội nghị` sheet", async () => {
    const { page, troubles } = await openApp();
    const csv = `Mục,Giá trị,Chi tiết\nTrích yếu,"${WARD.title}"\nĐịa điểm,${WARD.venue}\nNgày hội nghị,12/3/2031\nGiờ bắt đầu,07:30\n`;
    await pick(page, "Sổ đối thoại - Hội nghị.csv", Buffer.from(csv), "text/csv");
    expect(await page.locator(".conference-title").textContent()).toBe(WARD.title);
    expect(await factText(page, "extension.fact.start")).toBe(WARD.start);
    expect(troubles).toEqual([]);
    await page.close();
  });
});
