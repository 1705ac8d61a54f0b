// Builds dist/addon: Code.js (the server bundle with one top-level function per export of
// addon/server/main.ts, as Apps Script needs), sidebar.html (one self-contained file) and
// appsscript.json, ready for `clasp push` (rootDir dist/addon), plus the sidebar's on-demand chunks
// (sidebar-<name>.html, e.g. the .xlsx reader).
import { createHash } from "node:crypto";
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

/** Options shared by the sidebar and its chunks: one page, no module loader, ASCII output. */
const SIDEBAR_OPTIONS = {
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
  jsx: "automatic",
  jsxImportSource: "preact",
};

/** Chunks loaded on demand (addon/sidebar/chunks/loader.ts): name -> entry. */
const SIDEBAR_CHUNKS = { xlsx: "xlsx.ts" };

// "</script" inside a bundle would end its inline script early.
const scriptSafe = (js) => js.replace(/<\/script/gi, "<\\/script");

/**
 * Each chunk becomes dist/addon/sidebar-<name>.html (`<script>` around the code: a project HTML
 * file the server reads back with HtmlService); the sidebar gets each chunk's SHA-256 and runs
 * only that exact code.
 */
async function buildSidebarChunks(dir) {
  const hashes = {};
  for (const [name, entry] of Object.entries(SIDEBAR_CHUNKS)) {
    const result = await esbuild.build({ ...SIDEBAR_OPTIONS, entryPoints: [join(dir, "chunks", entry)] });
    const code = scriptSafe(result.outputFiles[0].text);
    hashes[name] = createHash("sha256").update(code, "utf8").digest("hex");
    const header = `<!-- The sidebar's ${name} chunk, loaded on demand; built by scripts/build/addon.mjs. -->`;
    await writeFile(join(out, `sidebar-${name}.html`), `${header}\n<script>\n${code}</script>\n`);
  }
  return hashes;
}

async function buildSidebar() {
  const dir = join(root, "addon", "sidebar");
  const hashes = await buildSidebarChunks(dir);
  const script = await esbuild.build({
    ...SIDEBAR_OPTIONS,
    entryPoints: [join(dir, "main.tsx")],
    define: { __SIDEBAR_CHUNK_SHA256__: JSON.stringify(hashes) },
  });
  const css = await readFile(join(dir, "styles.css"), "utf8");
  const template = await readFile(join(dir, "index.html"), "utf8");
  const js = scriptSafe(script.outputFiles[0].text);
  const html = template.replace("/*STYLE*/", () => css).replace("/*SCRIPT*/", () => js);
  await writeFile(join(out, "sidebar.html"), html);
}
