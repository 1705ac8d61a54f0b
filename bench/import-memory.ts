/**
 * Import memory: a 60,000-row register export (UTF-8 CSV, the bench/import.ts shape) imported with
 * the real command, `node bin/doi-thoai.js import-residents <workbook.xlsx> <file.csv> --json`, in a
 * child process, into a workbook holding `Danh mục` and an empty `Dân cư`. The child's peak
 * resident memory is what a clerk's machine must have; it must stay under 500 MB. Measured by GNU
 * time (`/usr/bin/time -f %M`, the kernel's max RSS of the child), so nothing in the child changes.
 * Run for 40,000 rows (the size the issue names) and 60,000. Then the refusal: a CSV with more rows
 * than the spreadsheet's 10 million cells can hold (about 100 MB) must be refused from its size
 * and line count, in seconds, before it is parsed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveWorkbookToXlsx } from "../local/emulator/xlsx-store.ts";
import { workbookWith } from "../test/addon/residents/helpers.ts";
import { makePeople, residentsCsv } from "../test/shared/residents/helpers/data.ts";

const SIZES = [40_000, 60_000];
/** More rows than 10 million cells hold at ~20 cells per resident (register + undo row). */
const TOO_MANY = 640_000;
const LIMIT_MB = 500;
const TIME = "/usr/bin/time";

interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMb: number;
}

/** The real command in a child under GNU time: exit, output, wall time, peak RSS. */
function measure(args: string[]): Measured {
  const started = performance.now();
  const run = spawnSync(TIME, ["-f", "%M", process.execPath, "bin/doi-thoai.js", ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  // GNU time prints its figure as the last line of stderr, after whatever the command printed.
  const lines = run.stderr.trim().split("\n");
  const peakKb = Number(lines[lines.length - 1]);
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: lines.slice(0, -1).join("\n"),
    seconds,
    peakMb: peakKb / 1024,
  };
}

export async function benchImportMemory(): Promise<void> {
  console.log("\n## Import memory: rows through `doi-thoai import-residents`, peak RSS");
  if (!existsSync(TIME)) {
    console.log(`skipped: ${TIME} (GNU time) is not installed`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "doi-thoai-import-memory-"));
  try {
    console.log("csv bytes\trows\tadded\tworkbook bytes after\twall s\tpeak RSS MB");
    for (const rows of SIZES) {
      const book = join(dir, `hoi-nghi-${rows}.xlsx`);
      const csv = join(dir, `dan-cu-${rows}.csv`);
      await saveWorkbookToXlsx(workbookWith(), book);
      writeFileSync(csv, residentsCsv(makePeople(rows), { titleRows: ["DANH SÁCH NHÂN KHẨU"] }));
      const run = measure(["import-residents", book, csv, "--json"]);
      if (run.status !== 0 || !Number.isFinite(run.peakMb)) {
        console.log(`FAILED (exit ${run.status}): ${run.stderr.slice(-2000)}`);
        continue;
      }
      const summary = JSON.parse(run.stdout) as { rows: number; added: number };
      const line = [statSync(csv).size, summary.rows, summary.added, statSync(book).size];
      console.log([...line, run.seconds.toFixed(1), run.peakMb.toFixed(0)].join("\t"));
      console.log(
        run.peakMb > LIMIT_MB
          ? `OVER THE LIMIT: ${run.peakMb.toFixed(0)} MB (limit ${LIMIT_MB} MB)`
          : `ok: under ${LIMIT_MB} MB`,
      );
    }
    await benchRefusal(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file larger than a sheet can hold: refused up front, how fast and with how much memory. */
async function benchRefusal(dir: string): Promise<void> {
  const book = join(dir, "hoi-nghi-day.xlsx");
  const csv = join(dir, "qua-lon.csv");
  await saveWorkbookToXlsx(workbookWith(), book);
  // One block of 10,000 people repeated: the size and line count are what matter here.
  const block = residentsCsv(makePeople(10_000));
  const body = block.slice(block.indexOf("\n") + 1);
  const parts = [block];
  for (let n = 10_000; n < TOO_MANY; n += 10_000) parts.push(body);
  writeFileSync(csv, parts.join(""));
  const run = measure(["import-residents", book, csv, "--dry-run"]);
  const refused = run.status === 1 && /Tệp có khoảng/.test(run.stderr);
  console.log(`\n## Refusing a file larger than a sheet can hold (${TOO_MANY} rows)`);
  console.log("csv MB\texit\twall s\tpeak RSS MB\tmessage");
  const size = (statSync(csv).size / 1048576).toFixed(0);
  const message = run.stderr.split("\n")[0]?.slice(0, 120);
  console.log([size, run.status, run.seconds.toFixed(1), run.peakMb.toFixed(0), message].join("\t"));
  console.log(refused ? "ok: refused before parsing" : "NOT REFUSED as expected");
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImportMemory();
