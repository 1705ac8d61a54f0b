import { describe, expect, it } from "vitest";
import { isExtensionMessage, SHEET_ORIGINS } from "../../extension/platform/api.ts";
import { onToolbarClick } from "../../extension/platform/background-logic.ts";
import {
  downloadSheet,
  exportUrl,
  findSheetTab,
  requestSheetAccess,
  sheetIdOf,
} from "../../extension/platform/sheet.ts";
import { TemplateStore } from "../../extension/platform/templates-store.ts";
import { FakeBrowser } from "./fake-browser.ts";

const SHEET = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
const sheetUrl = `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`;

describe("template store", () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
  let ids = 0;
  const storeOn = (fake: FakeBrowser) =>
    new TemplateStore(
      fake.storage.local,
      () => new Date("2031-03-05T08:00:00Z"),
      () => `t${++ids}`,
    );

  it("adds, lists, reads back, renames and removes templates", async () => {
    const fake = new FakeBrowser();
    const store = storeOn(fake);
    const a = await store.add(" Biên bản mẫu ", bytes(70_000));
    const b = await store.add("Giấy mời", bytes(10));
    expect((await store.list()).map((t) => [t.name, t.size, t.added])).toEqual([
      ["Biên bản mẫu", 70_000, "2031-03-05T08:00:00.000Z"],
      ["Giấy mời", 10, "2031-03-05T08:00:00.000Z"],
    ]);
    expect(await store.bytes(a.id)).toEqual(bytes(70_000));
    await store.rename(a.id, "Biên bản (xã)");
    await store.remove(b.id);
    expect((await store.list()).map((t) => t.name)).toEqual(["Biên bản (xã)"]);
    expect(await store.bytes(b.id)).toBeNull();
    expect([...fake.data.keys()].sort()).toEqual(["templates.file.t1", "templates.index"].sort());
  });

  it("exports every template as one bundle and imports it elsewhere, refusing other files", async () => {
    const from = storeOn(new FakeBrowser());
    await from.add("Một", bytes(5));
    await from.add("Hai", bytes(300));
    const text = JSON.stringify(await from.exportAll());
    const to = storeOn(new FakeBrowser());
    const added = await to.importBundle(text);
    expect(added?.map((t) => t.name)).toEqual(["Một", "Hai"]);
    expect(await to.bytes(added?.[1]?.id ?? "")).toEqual(bytes(300));
    expect(await to.importBundle("{}")).toBeNull();
    expect(await to.importBundle("không phải json")).toBeNull();
    expect((await to.list()).length).toBe(2);
  });
});

describe("toolbar button and messaging", () => {
  it("opens the app page with the clicked tab when no app page answers", async () => {
    const fake = new FakeBrowser();
    await onToolbarClick(fake, { id: 7, url: sheetUrl });
    expect(fake.created).toEqual(["chrome-extension://fake/app.html?tab=7"]);
  });

  it("hands the tab to an open app page and brings it forward instead of opening another", async () => {
    const fake = new FakeBrowser();
    const heard: unknown[] = [];
    fake.runtime.onMessage.addListener((message) => {
      heard.push(message);
      return isExtensionMessage(message) ? Promise.resolve({ id: 42 }) : undefined;
    });
    await onToolbarClick(fake, { id: 7, url: sheetUrl });
    expect(heard).toEqual([{ kind: "sheetTab", tabId: 7 }]);
    expect(fake.activated).toEqual([42]);
    expect(fake.created).toEqual([]);
  });
});

describe("reading the open sheet", () => {
  it("asks for the export host and its redirect host only, at once (no await before)", async () => {
    const fake = new FakeBrowser();
    const pending = requestSheetAccess(fake);
    expect(fake.requested).toEqual([{ origins: SHEET_ORIGINS }]);
    expect(SHEET_ORIGINS).toEqual(["https://docs.google.com/*", "https://*.googleusercontent.com/*"]);
    expect(await pending).toBe(true);
    fake.answerPermission = false;
    expect(await requestSheetAccess(fake)).toBe(false);
  });

  it("finds the clicked sheet tab once access is granted, else the latest sheet tab", async () => {
    const fake = new FakeBrowser();
    fake.tabsList.push(
      { id: 3, url: "https://example.org/", lastAccessed: 9 },
      { id: 4, url: sheetUrl, title: "Sổ hội nghị - Google Trang tính", lastAccessed: 5 },
    );
    expect(await findSheetTab(fake, 4)).toBeNull();
    await requestSheetAccess(fake);
    expect(await findSheetTab(fake, 4)).toEqual({ sheetId: SHEET, title: "Sổ hội nghị" });
    expect(await findSheetTab(fake, 3)).toEqual({ sheetId: SHEET, title: "Sổ hội nghị" });
    expect(sheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${SHEET}/edit`)).toBe(SHEET);
    expect(sheetIdOf(`https://docs.google.com/document/d/${SHEET}`)).toBeNull();
  });

  it("says signed out, no access, or network trouble plainly", async () => {
    const answer =
      (body: string, init: ResponseInit, url = exportUrl(SHEET)) =>
      async () => {
        const response = new Response(body, init);
        Object.defineProperty(response, "url", { value: url });
        return response;
      };
    const xlsx = await downloadSheet(
      answer("PK", {
        status: 200,
        headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      }),
      SHEET,
    );
    expect(xlsx.ok).toBe(true);
    const login = await downloadSheet(
      answer("<html>", { status: 200, headers: { "content-type": "text/html; charset=utf-8" } }),
      SHEET,
    );
    expect(login).toEqual({ ok: false, problem: { key: "extension.sheet.signedOut" } });
    const denied = await downloadSheet(answer("", { status: 403 }), SHEET);
    expect(denied).toEqual({
      ok: false,
      problem: { key: "extension.sheet.noAccess", params: { status: 403 } },
    });
    const offline = await downloadSheet(async () => {
      throw new TypeError("Failed to fetch");
    }, SHEET);
    expect(offline.ok ? "" : offline.problem.key).toBe("extension.sheet.network");
  });
});
