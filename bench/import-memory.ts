/**
 * Import memory: a 60,000-row register export (UTF-8 CSV, the bench/import.ts shape) imported with
 * the real command, `node bin/doi-thoai.js import-residents <workbook.xlsx> <file.csv> --json`, in a
 * child process, into a workbook holding `Danh mục` and an empty `Dân cư`. The child's peak
 * resident memory is what a clerk's machine must have; it must stay under 500 MB. Measured by GNU
 * time (`/usr/bin/time -f %M`, the kernel's max RSS of the child), so nothing in the child changes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveWorkbookToXlsx } from "../local/emulator/xlsx-store.ts";
import { workbookWith } from "../test/addon/residents/helpers.ts";
import { makePeople, residentsCsv } from "../test/shared/residents/helpers/data.ts";

const ROWS = 60_000;
const LIMIT_MB = 500;
const TIME = "/usr/bin/time";

export async function benchImportMemory(): Promise<void> {
  console.log(`\n## Import memory: ${ROWS} rows through \`doi-thoai import-residents\`, peak RSS`);
  if (!existsSync(TIME)) {
    console.log(`skipped: ${TIME} (GNU time) is not installed`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "doi-thoai-import-memory-"));
  try {
    const book = join(dir, "hoi-nghi.xlsx");
    const csv = join(dir, "dan-cu.csv");
    await saveWorkbookToXlsx(workbookWith(), book);
    writeFileSync(csv, residentsCsv(makePeople(ROWS), { titleRows: ["DANH SÁCH NHÂN KHẨU"] }));
    const started = performance.now();
    const run = spawnSync(
      TIME,
      ["-f", "%M", process.execPath, "bin/doi-thoai.js", "import-residents", book, csv, "--json"],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    // GNU time prints its figure as the last line of stderr, after whatever the command printed.
    const lines = run.stderr.trim().split("\n");
    const peakKb = Number(lines[lines.length - 1]);
    if (run.status !== 0 || !Number.isFinite(peakKb)) {
      console.log(`FAILED (exit ${run.status}): ${run.stderr.slice(-2000)}`);
      return;
    }
    const summary = JSON.parse(run.stdout) as { rows: number; added: number };
    const peakMb = peakKb / 1024;
    console.log("csv bytes\trows\tadded\tworkbook bytes after\twall s\tpeak RSS MB");
    console.log(
      [
        statSync(csv).size,
        summary.rows,
        summary.added,
        statSync(book).size,
        seconds.toFixed(1),
        peakMb.toFixed(0),
      ].join("\t"),
    );
    console.log(
      peakMb > LIMIT_MB
        ? `OVER THE LIMIT: ${peakMb.toFixed(0)} MB (limit ${LIMIT_MB} MB)`
        : `ok: under ${LIMIT_MB} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImportMemory();
