/**
 * The sidebar renders in place: in the local preview, in Chromium, typing in the import's filter
 * while the tab renders again (the server's plan arriving, an overview reload, a change of
 * language) keeps focus, caret and every character; quick ticks are all kept. The first payload
 * stays small and the .xlsx reader is fetched only once an .xlsx is picked, and only if its hash
 * is the one the sidebar was built with. No sleeps: every wait is on a condition.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { type Preview, startPreview } from "../../local/preview/server.ts";
import { workbookWith } from "../addon/residents/helpers.ts";
import { makePeople, type Person, residentsCsv } from "../shared/residents/helpers/data.ts";
import { launchChromiumForSidebar } from "../support/chromium.ts";
import { tempDir } from "../support/sample.ts";

const FIRST_PAYLOAD_LIMIT = 250 * 1024;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromiumForSidebar();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  /** Server calls the page made: `rpc` action names, else the entry function's name. */
  actions: string[];
  firstPayload: number;
}

async function open(preview: Preview): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const errors: string[] = [];
  const actions: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().endsWith("/run")) return;
    const body = JSON.parse(request.postData() ?? "{}") as { fn?: string; args?: unknown[] };
    actions.push(body.fn === "rpc" ? String(body.args?.[0]) : String(body.fn));
  });
  const response = await page.goto(preview.url);
  const firstPayload = (await response?.body())?.length ?? Number.POSITIVE_INFINITY;
  await page.getByRole("tab", { name: "Nhập dân cư" }).click();
  return { page, errors, actions, firstPayload };
}

/** Holds the answers to one action until `release` is called. */
async function hold(page: Page, action: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/run", async (route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as { args?: unknown[] };
    if (body.args?.[0] === action) await released;
    await route.continue();
  });
  return release;
}

/** A click that renders again without moving the focus (as a timer or an answer would). */
function clickAside(page: Page, selector: string): Promise<void> {
  return page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

function focusState(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return {
      testId: active?.dataset.testid,
      value: active?.value,
      caret: [active?.selectionStart, active?.selectionEnd],
    };
  });
}

async function withPreview(run: (preview: Preview, path: string) => Promise<void>): Promise<void> {
  const path = join(await tempDir(), "live.xlsx");
  await saveWorkbookToXlsx(workbookWith(), path);
  const preview = await startPreview({ workbookPath: path, port: 0 });
  try {
    await run(preview, path);
  } finally {
    await preview.close();
  }
}

/** 31 rows: one error (row 8, an unknown TDP) and one warning (row 33 repeats row 3). */
const csvFile = () => {
  const people = makePeople(30).map((p, i) => (i === 4 ? { ...p, tdp: "Tổ 42" } : p));
  people.push({ ...(people[0] as Person) });
  const csv = residentsCsv(people, { delimiter: ";", titleRows: ["DANH SÁCH NHÂN KHẨU"] });
  return { name: "dan-cu.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") };
};

describe("the sidebar renders in place", () => {
  it("keeps focus, caret and every typed character while the tab renders again", async () => {
    await withPreview(async (preview) => {
      const { page, errors } = await open(preview);
      const releasePlan = await hold(page, "importResidents");
      await page.getByTestId("import-file").setInputFiles(csvFile());
      const filter = page.getByTestId("import-filter");
      await filter.click();
      await page.keyboard.type("8 pho");
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
      expect(await page.getByTestId("import-plan").count()).toBe(0);

      // The dry run answers: the plan line and the commit button appear above the input.
      releasePlan();
      await page.getByTestId("import-plan").waitFor();
      expect(await focusState(page)).toEqual({ testId: "import-filter", value: "8 pho", caret: [1, 1] });

      // An overview reload and a change of language render every text again.
      await clickAside(page, "[data-action=reload]");
      await clickAside(page, "[data-action=language]");
      await page.getByRole("tab", { name: "Import residents" }).waitFor();
      await page.keyboard.type(" to");
      expect(await focusState(page)).toEqual({ testId: "import-filter", value: "8 to pho", caret: [4, 4] });
      expect(await filter.getAttribute("placeholder")).toContain("Filter");

      // The filter found the one error of row 8 (its TDP), in English now.
      const shown = page.getByTestId("import-errors").locator("li");
      await expect.poll(() => shown.count()).toBe(1);
      expect(await shown.textContent()).toContain("Row 8");
      expect(errors).toEqual([]);
    });
  }, 60_000);

  it("keeps every one of quick successive ticks, during a reload too", async () => {
    await withPreview(async (preview) => {
      const { page, errors } = await open(preview);
      await page.getByTestId("import-file").setInputFiles(csvFile());
      await page.getByTestId("import-plan").waitFor();
      const errorsBox = page.getByTestId("import-errors");
      const showErrors = page.getByTestId("import-show-errors");
      const showWarnings = page.getByTestId("import-show-warnings");

      // Five ticks in one task, before any render can run, then three more while a reload is held.
      await page.evaluate(() => {
        const errorsTick = document.querySelector("[data-testid=import-show-errors]") as HTMLElement;
        const warningsTick = document.querySelector("[data-testid=import-show-warnings]") as HTMLElement;
        for (const tick of [errorsTick, warningsTick, errorsTick, warningsTick, errorsTick]) tick.click();
      });
      expect(await showErrors.isChecked()).toBe(false);
      expect(await showWarnings.isChecked()).toBe(true);
      await expect.poll(() => errorsBox.count()).toBe(0);

      const releaseOverview = await hold(page, "getOverview");
      await clickAside(page, "[data-action=reload]");
      await page.locator("[data-action=reload][aria-busy=true]").waitFor();
      await showErrors.click();
      await showWarnings.click();
      await showWarnings.click();
      releaseOverview();
      await page.locator("[data-action=reload][aria-busy=false]").waitFor();
      expect(await errorsBox.count()).toBe(1);
      expect(await showErrors.isChecked()).toBe(true);
      expect(await showWarnings.isChecked()).toBe(true);
      expect(errors).toEqual([]);
    });
  }, 60_000);
});

describe("the .xlsx reader is a chunk loaded on demand", () => {
  it("keeps the first payload small and fetches the reader only for an .xlsx, checked by its hash", async () => {
    expect(statSync("dist/addon/sidebar.html").size).toBeLessThanOrEqual(FIRST_PAYLOAD_LIMIT);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhân khẩu");
    sheet.addRow(["Họ và tên", "Ngày sinh", "CCCD", "Tổ"]);
    sheet.addRow(["Nguyễn Văn Hùng", new Date(Date.UTC(1980, 5, 5)), "048080000001", 5]);
    sheet.addRow(["Trần Thị Lan", 1975, "048175000002", "Tổ 6"]);
    const xlsx = {
      name: "nhan-khau.xlsx",
      mimeType: XLSX_TYPE,
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    };

    await withPreview(async (preview, path) => {
      const { page, errors, actions, firstPayload } = await open(preview);
      expect(firstPayload).toBeLessThanOrEqual(FIRST_PAYLOAD_LIMIT);
      await page.getByTestId("import-file").setInputFiles(csvFile());
      await page.getByTestId("import-plan").waitFor();
      expect(actions).not.toContain("sidebarChunk");

      // A chunk whose text is not the one built with the sidebar is refused, and never runs.
      await page.route("**/run", async (route) => {
        const body = JSON.parse(route.request().postData() ?? "{}") as { fn?: string };
        if (body.fn !== "sidebarChunk") return route.continue();
        const answer = await route.fetch();
        const json = (await answer.json()) as { result: { value: { code: string } } };
        json.result.value.code = `window.__tampered = true;\n${json.result.value.code}`;
        await route.fulfill({ response: answer, json });
      });
      await page.getByTestId("import-file").setInputFiles(xlsx);
      await expect.poll(() => page.locator(".notice.error").textContent()).toContain("phần đọc tệp .xlsx");
      expect(await page.evaluate(() => Reflect.get(window, "__tampered"))).toBeUndefined();
      await page.unroute("**/run");

      await page.getByTestId("import-file").setInputFiles(xlsx);
      await expect
        .poll(() => page.getByTestId("import-plan").textContent(), { timeout: 20_000 })
        .toContain("thêm 2");
      expect(actions.filter((a) => a === "sidebarChunk")).toHaveLength(2);
      expect(await page.getByTestId("import-first-rows").textContent()).toContain("05/06/1980");
      await page.locator("[data-action=commit-import]").click();
      await expect.poll(() => page.getByTestId("import-result").textContent()).toContain("thêm 2");
      const rows = (await loadWorkbookFromXlsx(path)).sheetByName("Dân cư")?.values() ?? [];
      expect(rows.map((row) => row[1])).toContain("Trần Thị Lan");

      // Loaded once per page: a second .xlsx needs no new fetch.
      await page.getByTestId("import-file").setInputFiles({ ...xlsx, name: "lan-hai.xlsx" });
      await expect.poll(() => page.getByTestId("import-file-name").textContent()).toBe("lan-hai.xlsx");
      await expect
        .poll(() => page.getByTestId("import-plan").textContent(), { timeout: 20_000 })
        .toContain("2");
      expect(actions.filter((a) => a === "sidebarChunk")).toHaveLength(2);
      expect(errors).toEqual([]);
    });
  }, 90_000);
});
