/**
 * The preview serves personal data and changes the workbook: only its own page may call it.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Preview, startPreview } from "../../local/preview/server.ts";
import { sampleWorkbookCopy } from "../support/sample.ts";

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ workbookPath: await sampleWorkbookCopy() });
});
afterAll(async () => {
  await preview?.close();
});

function send(method: string, headers: Record<string, string>, body = ""): Promise<number> {
  const url = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: method === "POST" ? "/run" : "/", method, headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const rpc = JSON.stringify({ fn: "rpc", args: ["getOverview", null] });

describe("preview server", () => {
  it("answers its own page", async () => {
    const host = new URL(preview.url).host;
    expect(await send("GET", { host })).toBe(200);
    expect(
      await send("POST", { host, "content-type": "application/json", origin: `http://${host}` }, rpc),
    ).toBe(200);
  });

  it("refuses another site's page, a simple cross-site POST, and a rebound host name", async () => {
    const host = new URL(preview.url).host;
    expect(await send("POST", { host, "content-type": "text/plain" }, rpc)).toBe(403);
    expect(
      await send("POST", { host, "content-type": "application/json", origin: "https://evil.example" }, rpc),
    ).toBe(403);
    expect(await send("GET", { host: `evil.example:${new URL(preview.url).port}` })).toBe(403);
  });
});
