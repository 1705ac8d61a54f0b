/**
 * The local preview: the real sidebar (dist/addon/sidebar.html) served on localhost, with
 * google.script.run bridged to the add-on bundle running on the emulated services over an .xlsx.
 * Executions run one at a time (as the document lock would make them) and the workbook is saved
 * back after each one that changed it. The sidebar's on-demand chunks (the .xlsx reader) come the
 * way they come on Google: through the bridge, from the bundle's `sidebarChunk`, which reads
 * dist/addon/sidebar-<name>.html; nothing here serves script files.
 *
 * The workbook holds residents' personal data, so (as notebook servers do) nothing is answered
 * without the secret printed in the preview's URL: the first page load carries it as `?key=` and
 * gets it back as an HttpOnly, SameSite=Strict cookie for the calls after. Pages refuse to be
 * framed (CSP frame-ancestors, X-Frame-Options), and a POST must carry this origin. One preview
 * per workbook file (its lock is held while serving), and a file saved meanwhile by someone else
 * (Excel, a CLI run before the preview took the lock) is read again before anything is written.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { CliError } from "../cli/io.ts";
import { createAddonRuntime, DEFAULT_DIST } from "../runtime/addon-runtime.ts";
import { openWorkbookFile } from "../workbook/files.ts";
import { lockWorkbook } from "../workbook/lock.ts";
import { withBridge } from "./bridge.ts";
import { type DownloadHandler, noDownloads } from "./downloads.ts";

export interface PreviewOptions {
  workbookPath: string;
  port?: number;
  host?: string;
  distDir?: string;
  downloads?: DownloadHandler;
  /** The secret of the URL; a random one by default (tests may fix it). */
  secret?: string;
  /** Called when the workbook changed on disk and was read again. */
  onReload?: () => void;
}

export interface Preview {
  /** The address to open, secret included. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("request too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Headers of every answer: never cached, never sniffed, never framed. */
const SAFE_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
} as const;

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, { ...SAFE_HEADERS, ...extra, "content-type": type });
  response.end(body);
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** Size and time of the file's last change, to notice a save by someone else. */
function stampOf(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "";
  }
}

/**
 * The preview holds residents' personal data and changes the workbook: only its own page may talk
 * to it. The Host check stops DNS rebinding; a POST must come from this origin as JSON, which a
 * cross-site form or simple request cannot send.
 */
function fromThisPreview(request: IncomingMessage, server: Server): boolean {
  const address = server.address() as AddressInfo | null;
  if (!address) return false;
  const own = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
  if (!own.includes(request.headers.host ?? "")) return false;
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.origin;
  const json = (request.headers["content-type"] ?? "").startsWith("application/json");
  return json && origin !== undefined && own.some((host) => origin === `http://${host}`);
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const distDir = options.distDir ?? DEFAULT_DIST;
  const path = options.workbookPath;
  const lock = lockWorkbook(path, "doi-thoai serve");
  const secret = options.secret ?? randomBytes(18).toString("base64url");
  let workbook: Awaited<ReturnType<typeof openWorkbookFile>>;
  let runtime: ReturnType<typeof createAddonRuntime>;
  let stamp = "";
  const load = async () => {
    stamp = stampOf(path);
    workbook = await openWorkbookFile(path);
    runtime = createAddonRuntime({ workbook, workbookPath: path, distDir });
  };
  /** The workbook as it is on disk now: read again when someone else saved it. */
  const fresh = async () => {
    if (stampOf(path) === stamp) return;
    await load();
    options.onReload?.();
  };
  try {
    await load();
  } catch (error) {
    lock.release();
    throw error;
  }
  const downloads = options.downloads ?? noDownloads;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const server = createServer(async (request, response) => {
    try {
      if (!fromThisPreview(request, server)) {
        send(response, 403, "text/plain; charset=utf-8", "forbidden");
        return;
      }
      const url = new URL(request.url ?? "/", "http://localhost");
      const cookie = `doi_thoai_${(server.address() as AddressInfo).port}`;
      const fromUrl = url.searchParams.get("key") ?? undefined;
      if (!sameSecret(fromUrl, secret) && !sameSecret(cookieValue(request, cookie), secret)) {
        send(response, 403, "text/plain; charset=utf-8", "forbidden: open the address the preview printed");
        return;
      }
      if (request.method === "GET" && (url.pathname === "/" || url.pathname === "/sidebar")) {
        // Read on each request so a rebuild shows without restarting the preview.
        send(
          response,
          200,
          "text/html; charset=utf-8",
          withBridge(readFileSync(join(distDir, "sidebar.html"), "utf8")),
          {
            "set-cookie": `${cookie}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
          },
        );
        return;
      }
      if (url.pathname === "/favicon.ico") {
        response.writeHead(204).end();
        return;
      }
      if (request.method === "POST" && url.pathname === "/run") {
        const { fn, args } = JSON.parse(await readBody(request)) as { fn: unknown; args: unknown };
        if (typeof fn !== "string" || !Array.isArray(args)) {
          send(response, 400, "application/json", JSON.stringify({ error: "bad request" }));
          return;
        }
        const result = await serially(async () => {
          await fresh();
          const { result } = runtime.run(fn, ...args);
          if (runtime.dirty) {
            await runtime.save();
            stamp = stampOf(path);
          }
          return result;
        });
        send(response, 200, "application/json; charset=utf-8", JSON.stringify({ result: result ?? null }));
        return;
      }
      const download = /^\/download\/([\w-]+)\.docx$/.exec(url.pathname);
      if (request.method === "GET" && download?.[1]) {
        const file = await serially(async () => {
          await fresh();
          return downloads(download[1] ?? "", workbook);
        });
        if (!file.ok) {
          send(response, 422, "text/plain; charset=utf-8", file.message);
          return;
        }
        response.writeHead(200, {
          ...SAFE_HEADERS,
          "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        });
        response.end(file.bytes);
        return;
      }
      send(response, 404, "text/plain; charset=utf-8", "not found");
    } catch (error) {
      send(
        response,
        500,
        "application/json",
        JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
      );
    }
  });

  const host = options.host ?? "127.0.0.1";
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  try {
    await listen(options.port ?? 0);
  } catch (error) {
    lock.release();
    // Never quietly another port: the clerk opens the one asked for.
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new CliError("cli.portInUse", { port: options.port ?? 0 });
    throw error;
  }
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/?key=${secret}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          lock.release();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
