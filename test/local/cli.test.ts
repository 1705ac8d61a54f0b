import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, cp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { handlers } from "../../addon/server/actions/registry.ts";
import { IMPORT_OPTIONS } from "../../local/cli/commands/import-options.ts";
import { actionNames } from "../../local/cli/help.ts";
import { main } from "../../local/cli/main.ts";
import { DOCUMENT_KINDS } from "../../shared/documents/model.ts";
import { tempDir } from "../support/sample.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("doi-thoai CLI", () => {
  it("init then set-up twice gives a byte-identical workbook", async () => {
    const file = join(await tempDir(), "x.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const afterInit = readFileSync(file);
    const first = await run("call", file, "setupWorkbook");
    expect(JSON.parse(first.out)).toEqual({
      ok: true,
      value: { createdTabs: [], addedColumns: [], addedFacts: [] },
    });
    await run("call", file, "setupWorkbook");
    expect(readFileSync(file).equals(afterInit)).toBe(true);
  });

  it("refuses to overwrite, names a missing file and bad JSON in Vietnamese", async () => {
    const file = join(await tempDir(), "y.xlsx");
    await run("init", file);
    expect((await run("init", file)).err).toContain("đã có; không ghi đè");
    expect((await run("call", join(file, "..", "khong-co.xlsx"), "getOverview")).err).toContain(
      "Không tìm thấy tệp",
    );
    const bad = await run("call", file, "getOverview", "{oops");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("JSON");
    expect((await run("call", file, "getOverview", "--lang", "en")).code).toBe(0);
  });

  it("says which file is not a workbook", async () => {
    const dir = await tempDir();
    const file = join(dir, "not.xlsx");
    execFileSync("sh", ["-c", `printf 'Họ tên;SĐT' > '${file}'`]);
    const result = await run("call", file, "getOverview");
    expect(result.code).toBe(2);
    expect(result.err).toContain("không phải bảng tính .xlsx");
  });

  it("names a missing or broken residents file in Vietnamese, without library internals", async () => {
    const dir = await tempDir();
    const book = join(dir, "b.xlsx");
    await run("init", book);
    const missing = await run("import-residents", book, join(dir, "khong-co.csv"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không tìm thấy tệp");
    const broken = join(dir, "hong.xlsx");
    execFileSync("sh", ["-c", `printf 'PK not really a zip' > '${broken}'`]);
    const result = await run("import-residents", book, broken);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Không đọc được tệp Excel “hong.xlsx”");
    expect(result.err).not.toMatch(/central directory|https?:/);
  });
});

describe("doi-thoai --help", () => {
  it("lists every action of the server and every import-residents option", async () => {
    for (const lang of ["vi", "en"]) {
      const help = await run("--help", "--lang", lang);
      expect(help.code).toBe(0);
      for (const action of Object.keys(handlers))
        expect(help.out).toMatch(new RegExp(`^ {2}${action} `, "m"));
      for (const option of IMPORT_OPTIONS) expect(help.out).toContain(`  ${option.flag}`);
      for (const kind of DOCUMENT_KINDS) expect(help.out).toContain(kind);
    }
    expect(actionNames().sort()).toEqual(Object.keys(handlers).sort());
  });
});

describe("the bin's stamp", () => {
  /** A tree with the stamp module and one source per folder, so real sources are never touched. */
  async function tree() {
    const root = await tempDir();
    const stamp = join(root, "scripts", "build", "stamp.mjs");
    await mkdir(dirname(stamp), { recursive: true });
    await copyFile(join(ROOT, "scripts", "build", "stamp.mjs"), stamp);
    for (const dir of ["addon", "shared", "local", "extension", "dist/addon", "dist/cli"])
      await mkdir(join(root, dir), { recursive: true });
    for (const file of [
      "shared/a.ts",
      "dist/addon/Code.js",
      "dist/addon/sidebar.html",
      "dist/cli/doi-thoai.mjs",
    ])
      await writeFile(join(root, file), "x");
    const module = (await import(
      pathToFileURL(stamp).href
    )) as typeof import("../../scripts/build/stamp.mjs") & {
      sourceSnapshot(scope: string): unknown;
      writeStamp(scope: string, sources: unknown): void;
    };
    return { root, module };
  }

  it("is fresh only while no source changed, was added or went missing since the build", async () => {
    const { root, module } = await tree();
    expect(module.staleReason("cli")).toBe("missing dist/cli/sources.json");
    module.writeStamp("cli", module.sourceSnapshot("cli"));
    expect(module.staleReason("cli")).toBeNull();
    await writeFile(join(root, "shared", "a.ts"), "xy");
    expect(module.staleReason("cli")).toBe("changed: shared/a.ts");
    module.writeStamp("cli", module.sourceSnapshot("cli"));
    await writeFile(join(root, "local", "b.ts"), "new");
    expect(module.staleReason("cli")).toBe("changed: local/b.ts");
    module.writeStamp("cli", module.sourceSnapshot("cli"));
    await rm(join(root, "dist", "addon", "Code.js"));
    expect(module.staleReason("cli")).toBe("missing dist/addon/Code.js");
  });

  // Also the package's bin end to end: init, then an action's JSON on stdout.
  it("builds itself on a fresh copy of the sources: init works before any build", async () => {
    const copy = await tempDir();
    for (const path of ["addon", "shared", "local", "scripts", "bin"])
      await cp(join(ROOT, path), join(copy, path), { recursive: true });
    for (const file of ["package.json", "tsconfig.json", "appsscript.json", "manifest.json"])
      await copyFile(join(ROOT, file), join(copy, file));
    await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const book = join(copy, "x.xlsx");
    const bin = join(copy, "bin", "doi-thoai.js");
    execFileSync(process.execPath, [bin, "init", book], { encoding: "utf8" });
    const overview = JSON.parse(
      execFileSync(process.execPath, [bin, "call", book, "getOverview"], { encoding: "utf8" }),
    );
    expect(overview.ok).toBe(true);
    expect(overview.value.counts.invitees).toBe(0);
    expect(overview.value.missingTabs).toEqual([]);
    // A whole build of the add-on and the CLI: seconds alone, more beside a full test run.
  }, 120_000);
});
