// Builds dist/cli: the `doi-thoai` command as one ESM entry (doi-thoai.mjs) plus chunks that each
// command loads on demand, and a stamp of the sources it and dist/addon were built from, so that
// bin/doi-thoai.js can tell with a stat of each source (a few ms) whether to rebuild before running.
// This module imports no esbuild until a build runs: the bin loads it on every start.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const CLI_DIR = join(root, "dist", "cli");
export const CLI_ENTRY = join(CLI_DIR, "doi-thoai.mjs");
const STAMP = join(CLI_DIR, "sources.json");

/**
 * What the CLI bundle and the add-on bundle it runs (Code.js, sidebar.html) are built from. Whole
 * folders rather than esbuild's list of inputs: a superset costs a few more stats, and a file added
 * under them counts as a change too. The lock file stands for node_modules (npm rewrites it on
 * every install), tsconfig.json for esbuild's JSX and path settings.
 */
const SOURCE_DIRS = ["addon", "shared", "local", "scripts"];
const SOURCE_FILES = ["appsscript.json", "package.json", "tsconfig.json", "node_modules/.package-lock.json"];
/** What the CLI needs on disk besides its own entry. */
const OUTPUTS = ["dist/addon/Code.js", "dist/addon/sidebar.html"];

/** Size and mtime of every source file, keyed by its path from the root (with "/"). */
export function sourceSnapshot() {
  const files = {};
  const add = (path) => {
    try {
      const info = statSync(join(root, path));
      if (info.isFile()) files[path.split(sep).join("/")] = [info.size, info.mtimeMs];
    } catch {
      files[path] = null;
    }
  };
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  for (const file of SOURCE_FILES) add(file);
  return files;
}

/** Why dist/cli cannot run as built ("missing", "changed: <file>"), or null when it is fresh. */
export function staleReason() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return "missing";
  }
  for (const output of [...OUTPUTS, relative(root, join(CLI_DIR, stamp.entry ?? ""))]) {
    try {
      statSync(join(root, output));
    } catch {
      return `missing: ${output}`;
    }
  }
  const now = sourceSnapshot();
  const before = stamp.sources ?? {};
  const names = new Set([...Object.keys(now), ...Object.keys(before)]);
  for (const name of names) {
    const a = now[name];
    const b = before[name];
    if (a === undefined || b === undefined || JSON.stringify(a) !== JSON.stringify(b))
      return `changed: ${name}`;
  }
  return null;
}

/** Writes a file under a temporary name first, so a CLI starting meanwhile never reads half of it. */
function writeAtomic(path, contents) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

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
    // print Node's DEP0005 warning (Node mutes it only for code under node_modules), and bundling
    // it started no faster within the noise of this machine (docs/cli timings in bench/cli.ts).
    external: ["exceljs"],
    banner: { js: BANNER },
    plugins: [sourceDirPlugin],
    write: false,
    logLevel: "error",
  });
  await mkdir(CLI_DIR, { recursive: true });
  const entry = result.outputFiles.find((file) => file.path === CLI_ENTRY);
  for (const file of result.outputFiles) if (file !== entry) writeAtomic(file.path, file.contents);
  writeAtomic(CLI_ENTRY, entry.contents);
  writeAtomic(STAMP, JSON.stringify({ entry: basename(CLI_ENTRY), sources }));
  pruneChunks(new Set(result.outputFiles.map((file) => basename(file.path))));
}

/**
 * Chunks of earlier builds, once ten minutes old: a CLI loads its command's chunks within moments
 * of starting, so none still running could want them.
 */
function pruneChunks(keep) {
  const cutoff = Date.now() - 600_000;
  for (const name of readdirSync(CLI_DIR)) {
    if (keep.has(name) || name === basename(STAMP) || !name.endsWith(".mjs")) continue;
    const path = join(CLI_DIR, name);
    if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
  }
}

/** dist/addon and dist/cli, as the bin needs them: what `doi-thoai` runs on a fresh clone. */
export async function buildCli() {
  const sources = sourceSnapshot();
  const { buildAddon } = await import("./addon.mjs");
  await buildAddon();
  await buildCliBundle(sources);
}
