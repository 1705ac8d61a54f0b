/**
 * The extension's documents in Chromium, loaded unpacked from dist/extension: a template added on
 * the options page, the sample workbook given to the app page, the minutes and the template's
 * output downloaded (through the downloads API) and their .docx text checked; the print preview.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxParagraphs, row, runs, table, templateDocx } from "../shared/templates/docx-fixtures.ts";
import { sampleWorkbookCopy } from "../support/sample.ts";
import { type LoadedExtension, launchExtension } from "./launch.ts";

let ext: LoadedExtension;
const shots = process.env.DOI_THOAI_SHOTS;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

async function open(page: string): Promise<{ page: Page; troubles: string[] }> {
  const tab = await ext.context.newPage();
  const troubles: string[] = [];
  tab.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") troubles.push(m.text());
  });
  tab.on("pageerror", (error) => troubles.push(`uncaught: ${error.message}`));
  await tab.goto(`chrome-extension://${ext.extensionId}/${page}`);
  return { page: tab, troubles };
}

/** The bytes of the latest finished download, found through the downloads API itself. */
async function lastDownload(page: Page, count: number): Promise<{ name: string; bytes: Uint8Array }> {
  const handle = await page.waitForFunction(async (n) => {
    const api = Reflect.get(globalThis, "chrome") as {
      downloads: { search(q: object): Promise<{ filename: string; state: string; id: number }[]> };
    };
    const items = await api.downloads.search({ orderBy: ["-startTime"] });
    const done = items.filter((i) => i.state === "complete");
    return done.length >= n ? done[0]?.filename : null;
  }, count);
  const path = String(await handle.jsonValue());
  return { name: path, bytes: new Uint8Array(await readFile(path)) };
}

describe("documents from the extension page", () => {
  it("fills the minutes and an office template from the sample workbook", async () => {
    const options = await open("options.html");
    const template = await templateDocx([
      runs("Biên bản của {Tên cơ ", "quan} ngày {Ngày hội nghị} ({Thứ})"),
      table(row(["{#Ý kiến}{Mã ý kiến}"], ["{Nội dung}{/Ý kiến}"])),
    ]);
    await options.page.setInputFiles("#add", {
      name: "Mẫu biên bản.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(template),
    });
    await options.page.waitForSelector('tr[data-template="Mẫu biên bản"]');
    expect(await options.page.locator("#notice").textContent()).toBe("Đã thêm mẫu “Mẫu biên bản”.");
    if (shots) await options.page.screenshot({ path: `${shots}/options.png`, fullPage: true });

    const app = await open("app.html");
    await app.page.setInputFiles("#file", {
      name: "mau.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await readFile(await sampleWorkbookCopy()),
    });
    await app.page.waitForSelector("#outputs:not([hidden])");
    await app.page.click('button[data-kind="minutes"][data-action="docx"]');
    await app.page.waitForSelector("#outcome .done");
    const minutes = await lastDownload(app.page, 1);
    const minutesText = (await docxParagraphs(minutes.bytes)).join("\n");
    expect(minutesText).toContain("BIÊN BẢN");
    expect(minutesText).toMatch(/YK-?\d{3}/);
    expect(await app.page.locator("#outcome .done").textContent()).toMatch(
      /^Đã tạo “Biên bản \d\d-\d\d-\d{4}\.docx”\.$/,
    );

    await app.page.waitForFunction(
      () => (document.querySelector("#template") as HTMLSelectElement).options.length > 0,
    );
    await app.page.click("#fill");
    await app.page.waitForSelector("#outcome .done");
    const filled = await lastDownload(app.page, 2);
    const lines = await docxParagraphs(filled.bytes);
    expect(lines[0]).toMatch(
      /^Biên bản của UBND phường Thanh Khê Tây ngày \d\d\/\d{1,2}\/\d{4} \(thứ [A-ZÂĂ]\S+|Chủ nhật\)$/,
    );
    const codes = lines.filter((line) => /^YK-?\d{3}$/.test(line));
    expect(codes.length).toBeGreaterThan(0);
    expect(minutesText).toContain(lines[lines.indexOf(codes[0] ?? "") + 1] ?? "missing");

    await app.page.click('button[data-kind="plan"][data-action="preview"]');
    const frame = app.page.frameLocator("#preview");
    await expect.poll(() => frame.locator("body").textContent()).toContain("KẾ HOẠCH");
    if (shots) await app.page.screenshot({ path: `${shots}/app.png`, fullPage: true });
    expect([...options.troubles, ...app.troubles]).toEqual([]);
  });

  it("names an unknown field and its paragraph, and saves nothing", async () => {
    const options = await open("options.html");
    const template = await templateDocx([runs("Kính gửi {Người nhận}")]);
    await options.page.setInputFiles("#add", {
      name: "Sai.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(template),
    });
    await options.page.waitForSelector("#notice li");
    expect(await options.page.locator("#notice li").textContent()).toMatch(
      /^Không có trường “Người nhận”.*\(ở đoạn: “Kính gửi \{Người nhận\}”\)$/,
    );
    const app = await open("app.html");
    await app.page.setInputFiles("#file", {
      name: "mau.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await readFile(await sampleWorkbookCopy()),
    });
    await app.page.waitForSelector("#outputs:not([hidden])");
    await app.page.selectOption("#template", { label: "Sai" });
    await app.page.click("#fill");
    await app.page.waitForSelector("#outcome .error");
    expect(await app.page.locator("#outcome .error li").allTextContents()).toEqual([
      expect.stringMatching(/^Không có trường “Người nhận”/),
    ]);
  });
});
