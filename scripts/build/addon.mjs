// Builds dist/addon: Code.js (the server bundle with one top-level function per export of
// addon/server/main.ts, as Apps Script needs), sidebar.html (one self-contained file) and
// appsscript.json, ready for `clasp push` (rootDir dist/addon).
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "dist", "addon");
const GLOBAL = "DoiThoaiAddon";

export async function buildAddon() {
  await mkdir(out, { recursive: true });
  await Promise.all([buildServer(), buildSidebar()]);
  await copyFile(join(root, "appsscript.json"), join(out, "appsscript.json"));
}

async function buildServer() {
  const entry = join(root, "addon", "server", "main.ts");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    target: "es2019",
    charset: "utf8",
    write: false,
    legalComments: "none",
  });
  const exports = await exportNames(entry);
  if (!exports.includes("onOpen") || !exports.includes("rpc"))
    throw new Error("addon entry lacks onOpen/rpc");
  // Apps Script finds triggers, menu callbacks and google.script.run targets only among top-level
  // function declarations, so each export gets one that delegates to the bundle.
  const stubs = exports
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join("\n");
  const code = `${result.outputFiles[0].text}\n${stubs}\n`;
  await writeFile(join(out, "Code.js"), code);
}

/** The entry's export names (only an ESM build's metafile lists them). */
async function exportNames(entry) {
  const probe = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    outdir: "probe",
  });
  return Object.values(probe.metafile.outputs).flatMap((output) => output.exports ?? []);
}

async function buildSidebar() {
  const dir = join(root, "addon", "sidebar");
  const script = await esbuild.build({
    entryPoints: [join(dir, "main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    // ASCII with \u escapes: exceljs holds compatibility ideographs that raw UTF-8 output would
    // carry un-normalised into the page.
    charset: "ascii",
    write: false,
    minify: true,
    legalComments: "none",
  });
  const css = await readFile(join(dir, "styles.css"), "utf8");
  const template = await readFile(join(dir, "index.html"), "utf8");
  // "</script" inside the bundle would end the inline script early.
  const js = script.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const html = template.replace("/*STYLE*/", () => css).replace("/*SCRIPT*/", () => js);
  await writeFile(join(out, "sidebar.html"), html);
}
