import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, requireDist } from "./dist.ts";

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * The only warning accepted: one manifest serves both browsers, so Firefox is told about the
 * Chrome service worker it ignores (it runs background.scripts instead).
 */
const EXPECTED_WARNINGS = ["BACKGROUND_SERVICE_WORKER_IGNORED"];

describe("web-ext lint on dist/extension", () => {
  it("finds no errors and no warning beyond the cross-browser background", async () => {
    const dist = requireDist();
    const webExt = join(ROOT, "node_modules", ".bin", "web-ext");
    const args = ["lint", "--source-dir", dist, "--output", "json", "--no-config-discovery", "--no-input"];
    // Exit status is non-zero when there are errors; the JSON report says which, so read it either way.
    const { stdout } = await promisify(execFile)(webExt, args, {
      cwd: ROOT,
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const report = JSON.parse(stdout) as LintReport;
    const lines = (list: LintMessage[]) => list.map((m) => `${m.code} ${m.file ?? ""}: ${m.message}`);
    expect(lines(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.warnings.map((w) => w.code)).toEqual(EXPECTED_WARNINGS);
    expect(lines(report.notices)).toEqual([]);
  }, 180_000); // web-ext lint: ~10 s alone, ~50 s beside a CPU-heavy job
});
