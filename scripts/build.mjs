// Builds every door: dist/addon (Apps Script bundle + sidebar + manifest) and dist/extension.
import { buildAddon } from "./build/addon.mjs";
import { buildExtension } from "./build/extension.mjs";

const started = Date.now();
await buildAddon();
await buildExtension();
console.log(`build: dist/addon and dist/extension in ${Date.now() - started} ms`);
