// Whether dist/ was built from the sources as they are now. A build records the size and mtime of
// every source file it was built from (a "stamp"); checking is a stat of each, a few ms, so the
// bin can check on every start and the tests' global setup before every run. No esbuild here.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What each stamp covers. Whole folders rather than esbuild's list of inputs: a superset costs a
 * few more stats, and a file added under them counts as a change too. The lock file stands for
 * node_modules (npm rewrites it on every install), tsconfig.json for esbuild's JSX settings.
 * - cli: dist/cli and the add-on bundle it runs (Code.js, sidebar.html); the bin's concern.
 * - all: everything `npm run build` makes; the tests' concern.
 */
const FILES = [
  "appsscript.json",
  "manifest.json",
  "package.json",
  "tsconfig.json",
  "node_modules/.package-lock.json",
];
const SCOPES = {
  cli: {
    stamp: "dist/cli/sources.json",
    dirs: ["addon", "shared", "local", "scripts"],
    outputs: ["dist/addon/Code.js", "dist/addon/sidebar.html", "dist/cli/doi-thoai.mjs"],
  },
  all: {
    stamp: "dist/sources.json",
    dirs: ["addon", "shared", "local", "scripts", "extension"],
    outputs: [
      "dist/addon/Code.js",
      "dist/addon/sidebar.html",
      "dist/cli/doi-thoai.mjs",
      "dist/extension/manifest.json",
    ],
  },
};

/** Size and mtime of every source file of a scope, keyed by its path from the root (with "/"). */
export function sourceSnapshot(scope) {
  const files = {};
  const add = (path) => {
    const key = path.split(sep).join("/");
    try {
      const info = statSync(join(root, path));
      files[key] = info.isFile() ? [info.size, info.mtimeMs] : null;
    } catch {
      files[key] = null;
    }
  };
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const dir of SCOPES[scope].dirs) walk(dir);
  for (const file of FILES) add(file);
  return files;
}

/** Why the scope's outputs are not fresh ("missing …", "changed: <file>"), or null when they are. */
export function staleReason(scope) {
  const { stamp, outputs } = SCOPES[scope];
  let before;
  try {
    before = JSON.parse(readFileSync(join(root, stamp), "utf8"));
  } catch {
    return `missing ${stamp}`;
  }
  for (const output of outputs) {
    try {
      statSync(join(root, output));
    } catch {
      return `missing ${output}`;
    }
  }
  const now = sourceSnapshot(scope);
  for (const name of new Set([...Object.keys(now), ...Object.keys(before)])) {
    if (JSON.stringify(now[name]) !== JSON.stringify(before[name])) return `changed: ${name}`;
  }
  return null;
}

/** Writes a file under a temporary name first, so a reader never sees half of it. */
export function writeAtomic(path, contents) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** Records `sources`, a snapshot taken before building (a file saved meanwhile counts as changed). */
export function writeStamp(scope, sources) {
  writeAtomic(join(root, SCOPES[scope].stamp), JSON.stringify(sources));
}
