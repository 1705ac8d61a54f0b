// Builds dist/extension: one MV3 folder that Chrome (service worker) and Firefox (event page) both
// load unpacked. Bundles are readable (not minified) and carry no source maps, for store review.
import { access, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { ICON_SIZES, iconPng } from "./extension-icons.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const source = join(root, "extension");
const final = join(root, "dist", "extension");
/**
 * The folder being written: a fresh one beside dist/extension per build, renamed into place at the
 * end, so that nobody (web-ext lint, Chromium, a second build) ever sees a half-written folder.
 */
let out = final;

/**
 * exceljs's browser build finds the global object with `Function("return this")()` as a last resort
 * after globalThis/self/window, and its setImmediate shim accepts a string of code. Neither path is
 * reachable in an extension page, but addons-linter flags each as eval and the MV3 CSP would block
 * them. Replace exactly these, and fail if exceljs changed so that they no longer match.
 */
const EXCELJS_PATCHES = [
  { find: 'Function("return this")()', replace: "globalThis", count: 6 },
  {
    find: 'e=new Function(""+e)',
    replace: 'e=function(){throw new TypeError("setImmediate: callback must be a function")}',
    count: 1,
  },
  { find: 'Function("r","regeneratorRuntime = r")(n)', replace: "void 0", count: 1 },
];

/** _locales entries: the manifest's message name -> the catalogue key (one catalogue for all). */
const MANIFEST_MESSAGES = {
  extName: { key: "extension.manifest.name", max: 75 },
  extDescription: { key: "extension.manifest.description", max: 132 },
  actionTitle: { key: "extension.manifest.actionTitle", max: 75 },
};

async function writeOut(relative, content) {
  const target = join(out, relative);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}

async function bundleScripts() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      background: "extension/background.ts",
      app: "extension/app/app.ts",
      options: "extension/options/options.ts",
    },
    outdir: out,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome110", "firefox115"],
    charset: "utf8",
    sourcemap: false,
    minify: false,
    metafile: true,
    logLevel: "warning",
  });
  // exceljs is loaded as vendor/exceljs.min.js; a runtime import would pull its Node build in.
  const pulled = Object.keys(result.metafile.inputs).filter((path) => path.includes("node_modules/exceljs/"));
  if (pulled.length > 0) throw new Error(`extension bundle imports exceljs at runtime: ${pulled.join(", ")}`);
}

async function vendorExceljs() {
  const path = join(root, "node_modules", "exceljs", "dist", "exceljs.min.js");
  const pkg = JSON.parse(await readFile(join(root, "node_modules", "exceljs", "package.json"), "utf8"));
  let code = await readFile(path, "utf8");
  for (const { find, replace, count } of EXCELJS_PATCHES) {
    const found = code.split(find).length - 1;
    if (found !== count) {
      throw new Error(
        `exceljs ${pkg.version}: expected ${count} × ${find} in dist/exceljs.min.js, found ${found}; review EXCELJS_PATCHES`,
      );
    }
    code = code.replaceAll(find, replace);
  }
  // The map is not shipped; a dangling reference only makes devtools complain.
  code = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
  const banner = `/* exceljs ${pkg.version} (MIT), dist/exceljs.min.js with unreachable Function() fallbacks removed by scripts/build/extension.mjs */\n`;
  await writeOut("vendor/exceljs.min.js", banner + code);
  await copyFile(
    join(root, "node_modules", "exceljs", "LICENSE"),
    join(out, "vendor", "exceljs.LICENSE.txt"),
  );
}

/** Loads the shared catalogue (TypeScript) by bundling it in memory; Node 20 cannot import .ts. */
async function loadCatalogue() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["shared/i18n/index.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "warning",
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return module.catalogue;
}

async function writeLocales() {
  const catalogue = await loadCatalogue();
  for (const locale of ["vi", "en"]) {
    const messages = {};
    for (const [name, { key, max }] of Object.entries(MANIFEST_MESSAGES)) {
      const text = catalogue[key]?.[locale];
      if (typeof text !== "string") throw new Error(`catalogue lacks ${key} (${locale})`);
      if ([...text].length > max) throw new Error(`${key} (${locale}) is longer than ${max} characters`);
      messages[name] = { message: text, description: `From shared/i18n: ${key}` };
    }
    await writeOut(`_locales/${locale}/messages.json`, `${JSON.stringify(messages, null, 2)}\n`);
  }
}

/** Store versions are 1-4 dot-separated integers: "0.1.0-beta.2" becomes "0.1.0". */
function manifestVersion(packageVersion) {
  const version = packageVersion.split(/[-+]/)[0];
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`package.json version ${packageVersion} unusable`);
  return version;
}

async function writeManifest() {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const { manifest_version, name, ...rest } = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));
  const manifest = { manifest_version, name, version: manifestVersion(pkg.version), ...rest };
  await writeOut("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  // Every file the manifest names must be in the folder, or Chrome refuses to load it.
  const named = [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.background?.service_worker,
    manifest.options_ui?.page,
    ...(manifest.background?.scripts ?? []),
  ].filter(Boolean);
  for (const file of named) await access(join(out, file));
}

/** Swaps the finished folder in: the old one is moved aside (atomic renames), then deleted. */
async function moveIntoPlace(built) {
  for (let attempt = 0; ; attempt++) {
    const old = `${built}.old`;
    await rename(final, old).catch((error) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rm(old, { recursive: true, force: true });
    try {
      await rename(built, final);
      return;
    } catch (error) {
      // Another build put its folder in between our two renames: move that one aside in turn.
      if ((error.code !== "ENOTEMPTY" && error.code !== "EEXIST") || attempt >= 5) throw error;
    }
  }
}

export async function buildExtension() {
  await mkdir(join(root, "dist"), { recursive: true });
  out = await mkdtemp(join(root, "dist", ".extension-"));
  try {
    await writeFolder();
    await moveIntoPlace(out);
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw error;
  } finally {
    out = final;
  }
}

async function writeFolder() {
  await bundleScripts();
  for (const file of ["app.html", "app.css", "preview.html"])
    await copyFile(join(source, "app", file), join(out, file));
  await copyFile(join(source, "options", "options.html"), join(out, "options.html"));
  await vendorExceljs();
  await writeLocales();
  for (const size of ICON_SIZES) await writeOut(`icons/icon-${size}.png`, iconPng(size));
  await writeManifest();
}
