/**
 * The preview serves personal data and changes the workbook: nothing is readable without the secret
 * printed in its URL, its pages refuse to be framed, only its own page may call it, and one
 * preview at a time serves a workbook, reading it again when someone else saved it.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { type Preview, startPreview } from "../../local/preview/server.ts";
import { packRows } from "../../shared/residents/pack.ts";
import { sampleWorkbookCopy } from "../support/sample.ts";

let preview: Preview;
let path: string;
let reloads = 0;
beforeAll(async () => {
  path = await sampleWorkbookCopy();
  preview = await startPreview({ workbookPath: path, onReload: () => reloads++ });
});
afterAll(async () => {
  await preview?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(method: string, target: string, headers: Record<string, string>, body = ""): Promise<Answer> {
  const url = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

const rpc = (action: string, input: unknown = null) => JSON.stringify({ fn: "rpc", args: [action, input] });

async function session(): Promise<{ host: string; cookie: string }> {
  const url = new URL(preview.url);
  const page = await send("GET", `/${url.search}`, { host: url.host });
  const cookie = String(page.headers["set-cookie"] ?? "").split(";")[0] ?? "";
  return { host: url.host, cookie };
}

describe("preview server", () => {
  it("answers the page with the secret of its URL, then calls carrying its cookie and origin", async () => {
    const { host, cookie } = await session();
    expect(cookie).toMatch(/^doi_thoai_\d+=/);
    const headers = { host, cookie, "content-type": "application/json", origin: `http://${host}` };
    const answer = await send("POST", "/run", headers, rpc("getOverview"));
    expect(answer.status).toBe(200);
  });

  it("refuses anything without the secret: the page, the calls, the downloads", async () => {
    const host = new URL(preview.url).host;
    expect((await send("GET", "/", { host })).status).toBe(403);
    expect((await send("GET", "/?key=wrong", { host })).status).toBe(403);
    const headers = { host, "content-type": "application/json", origin: `http://${host}` };
    expect((await send("POST", "/run", headers, rpc("getOverview"))).status).toBe(403);
    expect((await send("GET", "/download/minutes.docx", { host })).status).toBe(403);
  });

  it("refuses to be framed", async () => {
    const url = new URL(preview.url);
    const page = await send("GET", `/${url.search}`, { host: url.host });
    expect(page.status).toBe(200);
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("refuses a POST without this origin, a simple cross-site POST, and a rebound host name", async () => {
    const { host, cookie } = await session();
    const json = { host, cookie, "content-type": "application/json" };
    expect((await send("POST", "/run", json, rpc("getOverview"))).status).toBe(403);
    expect(
      (await send("POST", "/run", { ...json, origin: "https://evil.example" }, rpc("getOverview"))).status,
    ).toBe(403);
    expect(
      (
        await send(
          "POST",
          "/run",
          { ...json, "content-type": "text/plain", origin: `http://${host}` },
          rpc("x"),
        )
      ).status,
    ).toBe(403);
    const port = new URL(preview.url).port;
    expect(
      (await send("GET", `/${new URL(preview.url).search}`, { host: `evil.example:${port}` })).status,
    ).toBe(403);
  });

  it("refuses a second preview of the same workbook", async () => {
    await expect(startPreview({ workbookPath: path })).rejects.toThrow(/in use by doi-thoai serve/);
  });

  it("reads the workbook again when another program saved it, and keeps that save", async () => {
    // Excel does not know our lock: it saves the file under the preview's feet.
    const outside = await loadWorkbookFromXlsx(path);
    const sheet = outside.sheetByName("Dân cư");
    if (!sheet) throw new Error("no register");
    const row = sheet.lastRow() + 1;
    sheet.cellFor(row, 2).value = "Người Thêm Ngoài";
    await saveWorkbookToXlsx(outside, path);
    const { host, cookie } = await session();
    const headers = { host, cookie, "content-type": "application/json", origin: `http://${host}` };
    const resident = {
      row: 2,
      fullName: "Người Nhập Mới",
      birthDate: "1970",
      gender: "",
      idNumber: "001070009999",
      phone: "",
      address: "",
      tdp: "",
      kdc: "",
    };
    const input = {
      rows: packRows([resident]),
      source: "x.csv",
      encoding: "utf-8",
      fileRows: 1,
      duplicates: 0,
    };
    const answer = await send("POST", "/run", headers, rpc("importResidents", { ...input, dryRun: false }));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"ok":true');
    expect(reloads).toBe(1);
    const names = (await loadWorkbookFromXlsx(path))
      .sheetByName("Dân cư")
      ?.values()
      .map((r) => r[1]);
    expect(names).toContain("Người Thêm Ngoài");
    expect(names).toContain("Người Nhập Mới");
  });
});
