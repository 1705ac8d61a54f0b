/**
 * Debian's Chromium for browser tests (never a downloaded browser), started with the flags this
 * closed network needs.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Chromium for tests of the built sidebar (test/global-setup.ts builds it before every run). */
export function launchChromiumForSidebar(): Promise<Browser> {
  if (!existsSync("dist/addon/sidebar.html"))
    throw new Error("dist/addon is missing: test/global-setup.ts should have built it");
  return launchChromium();
}
