// Builds every door: dist/addon (Apps Script bundle + sidebar + manifest), dist/extension and
// dist/cli (the `doi-thoai` command, stamped with its sources so the bin can tell it is fresh).

import { pathToFileURL } from "node:url";
import { buildAddon } from "./build/addon.mjs";
import { buildCliBundle, sourceSnapshot } from "./build/cli.mjs";
import { buildExtension } from "./build/extension.mjs";

export async function buildAll() {
  // Taken before building: a source saved meanwhile makes the next `doi-thoai` rebuild.
  const sources = sourceSnapshot();
  await buildAddon();
  await Promise.all([buildExtension(), buildCliBundle(sources)]);
}

// Run as `node scripts/build.mjs`; the tests' global setup imports buildAll instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildAll();
  console.log(`build: dist/addon, dist/extension and dist/cli in ${Date.now() - started} ms`);
}
