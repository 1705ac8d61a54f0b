// Builds every door: dist/addon (Apps Script bundle + sidebar + manifest), dist/extension and
// dist/cli (the `doi-thoai` command), and stamps them with the sources they were built from.
import { pathToFileURL } from "node:url";
import { buildAddon } from "./build/addon.mjs";
import { buildCliBundle } from "./build/cli.mjs";
import { buildExtension } from "./build/extension.mjs";
import { sourceSnapshot, writeStamp } from "./build/stamp.mjs";

export async function buildAll() {
  // Taken before building: a source saved meanwhile makes the next check rebuild.
  const all = sourceSnapshot("all");
  const cli = sourceSnapshot("cli");
  await buildAddon();
  await Promise.all([buildExtension(), buildCliBundle(cli)]);
  writeStamp("all", all);
}

// Run as `node scripts/build.mjs`; the tests' global setup imports buildAll instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildAll();
  console.log(`build: dist/addon, dist/extension and dist/cli in ${Date.now() - started} ms`);
}
