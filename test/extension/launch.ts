/**
 * Debian's Chromium with dist/extension loaded unpacked (new headless), and the extension's id
 * from its service worker's address.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
import { requireDist } from "./dist.ts";

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium runs in a zone west of UTC so that a date read with the wrong getters shows the wrong day. */
export async function launchExtension(): Promise<LoadedExtension> {
  const dist = requireDist();
  const userDataDir = await mkdtemp(join(tmpdir(), "doi-thoai-ext-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    env: { ...process.env, TZ: "America/Los_Angeles" },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const match = /^chrome-extension:\/\/([a-p]{32})\/background\.js$/.exec(worker.url());
  if (!match?.[1]) throw new Error(`unexpected service worker ${worker.url()}`);
  return {
    context,
    worker,
    extensionId: match[1],
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
