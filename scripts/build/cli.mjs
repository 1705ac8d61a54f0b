// Builds dist/cli: the `doi-thoai` command as one ESM entry (doi-thoai.mjs) plus chunks that each
// command loads on demand. The bin rebuilds it (and dist/addon, whose Code.js it runs) when the
// stamp (stamp.mjs) says a source changed.
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceSnapshot, writeAtomic, writeStamp } from "./stamp.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const CLI_DIR = join(root, "dist", "cli");
export const CLI_ENTRY = join(CLI_DIR, "doi-thoai.mjs");

/**
 * `import.meta.dirname` of a source file would name dist/cli once bundled; it becomes the source's
 * own folder, found from the bundle's place (dist/cli) so a moved checkout still works.
 */
const sourceDirPlugin = {
  name: "source-dir",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.dirname")) return undefined;
      const dir = relative(root, dirname(args.path)).split(sep).join("/");
      return {
        contents: text.replaceAll("import.meta.dirname", `__sourceDir(${JSON.stringify(dir)})`),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
};

// Every output file is a module of its own: each gets require (for the CommonJS packages bundled in)
// and the source-folder helper.
const BANNER = [
  'import { createRequire as __createRequire } from "node:module";',
  'import { join as __join } from "node:path";',
  'import { fileURLToPath as __fileURLToPath } from "node:url";',
  "const require = __createRequire(import.meta.url);",
  'const __sourceDir = (dir) => __join(__fileURLToPath(new URL("../..", import.meta.url)), dir);',
].join("\n");

/**
 * Bundles local/cli/main.ts into dist/cli and stamps it with `sources`, the snapshot taken before
 * anything was built (a file saved during the build then counts as changed next time).
 */
export async function buildCliBundle(sources) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { "doi-thoai": "local/cli/main.ts" },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Content-hashed names: a rebuild never rewrites a chunk that a running CLI may still load.
    chunkNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    charset: "utf8",
    legalComments: "none",
    // exceljs stays in node_modules: bundled, its dependencies' old `new Buffer()` calls would
    // print Node's DEP0005 warning (Node mutes it only for code under node_modules). Reading loads
    // its self-contained build (local/emulator/xlsx/exceljs-node.ts), writing the package entry.
    external: ["exceljs", "exceljs/*"],
    banner: { js: BANNER },
    plugins: [sourceDirPlugin],
    write: false,
    logLevel: "error",
  });
  await mkdir(CLI_DIR, { recursive: true });
  const entry = result.outputFiles.find((file) => file.path === CLI_ENTRY);
  for (const file of result.outputFiles) if (file !== entry) writeAtomic(file.path, file.contents);
  writeAtomic(CLI_ENTRY, entry.contents);
  writeStamp("cli", sources);
  pruneChunks(new Set(result.outputFiles.map((file) => basename(file.path))));
}

/**
 * Chunks of earlier builds, once ten minutes old: a CLI loads its command's chunks within moments
 * of starting, so none still running could want them.
 */
function pruneChunks(keep) {
  const cutoff = Date.now() - 600_000;
  for (const name of readdirSync(CLI_DIR)) {
    if (keep.has(name) || !name.endsWith(".mjs")) continue;
    const path = join(CLI_DIR, name);
    if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
  }
}

/** dist/addon and dist/cli, as the bin needs them: what `doi-thoai` runs on a fresh clone. */
export async function buildCli() {
  const sources = sourceSnapshot("cli");
  const { buildAddon } = await import("./addon.mjs");
  await buildAddon();
  await buildCliBundle(sources);
}
