import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist/extension", import.meta.url));

/** `npm test` builds before vitest; run alone, these tests need `node scripts/build.mjs` first. */
export function requireDist(): string {
  if (!existsSync(`${DIST}/manifest.json`)) {
    throw new Error(
      `${DIST}/manifest.json is missing: run \`node scripts/build.mjs\` (or \`npm test\`) first.`,
    );
  }
  return DIST;
}
