/**
 * CLI start-up: wall time of `doi-thoai --help` and of rendering the sample minutes to .docx, each
 * a fresh process as a user runs it (median of a few runs; the first run, which may rebuild a stale
 * bundle, is not counted). Targets on a two-core machine: --help < 0.3 s, render < 1 s.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureSampleWorkbook, SAMPLE_DIR } from "../local/examples/sample-workbook.ts";

const BIN = fileURLToPath(new URL("../bin/doi-thoai.js", import.meta.url));
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function wallMs(args: string[]): number[] {
  execFileSync(process.execPath, [BIN, ...args], { stdio: "ignore" });
  return Array.from({ length: RUNS }, () => {
    const started = performance.now();
    execFileSync(process.execPath, [BIN, ...args], { stdio: "ignore" });
    return performance.now() - started;
  });
}

export async function benchCli(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "doi-thoai-bench-"));
  try {
    const sample = join(dir, "mau.xlsx");
    await ensureSampleWorkbook(sample, SAMPLE_DIR);
    const rows: [string, string[]][] = [
      ["--help", ["--help"]],
      ["render minutes .docx", ["render", sample, "minutes", "-o", join(dir, "bien-ban.docx")]],
    ];
    console.log(`\n## CLI: wall time of a fresh process (median of ${RUNS})`);
    console.log("command\tmedian ms\tmin ms\tmax ms");
    for (const [name, args] of rows) {
      const times = wallMs(args);
      console.log(
        `${name}\t${median(times).toFixed(0)}\t${Math.min(...times).toFixed(0)}\t${Math.max(...times).toFixed(0)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
