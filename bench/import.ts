/**
 * Residents import benchmark: a 40,000-row register export (UTF-8 CSV, 14 columns, title rows,
 * quoted addresses) through the whole pipeline (bytes -> encoding -> papaparse -> header ->
 * normalised, validated, de-duplicated rows), beside papaparse alone parsing the same text. The
 * pipeline must stay within 2x of papaparse alone. Runs are interleaved, after warm-up, each after
 * a full garbage collection; the check compares the best of each (the machine may be shared, and
 * the best run is the one least disturbed), medians are shown beside.
 * Also shown, for reference: the merge plan of those rows against a register already holding them.
 */
import v8 from "node:v8";
import vm from "node:vm";
import Papa from "papaparse/papaparse.min.js";
import { platformDecoder } from "../shared/residents/decode/platform.ts";
import { planMerge } from "../shared/residents/merge.ts";
import { previewDelimited } from "../shared/residents/read-file.ts";
import { valuesOf } from "../shared/residents/types.ts";
import { RESIDENTS_TAB } from "../shared/schema/tabs.ts";
import type { Grid } from "../shared/workbook/cells.ts";
import { locateColumns } from "../shared/workbook/header.ts";
import { makePeople, residentsCsv, TEST_AREAS, TODAY } from "../test/shared/residents/helpers/data.ts";

const ROWS = 40_000;
const RUNS = 15;
const LIMIT = 2;
/** Node's TextDecoder, as the CLI and the sidebar (the browser's) pass it in. */
const decoder = platformDecoder(TextDecoder);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A full garbage collection before each timed run, so that neither pays for the other's garbage. */
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

function time(work: () => unknown): number {
  collect();
  const started = performance.now();
  work();
  return performance.now() - started;
}

export async function benchImport(): Promise<void> {
  console.log(`\n## Residents import: ${ROWS} rows, whole pipeline vs papaparse alone`);
  const text = residentsCsv(makePeople(ROWS), { titleRows: ["DANH SÁCH NHÂN KHẨU", "Phường thử nghiệm"] });
  const bytes = new TextEncoder().encode(text);
  let rows = 0;
  const papa: number[] = [];
  const pipeline: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const p = time(() => Papa.parse(text));
    const q = time(() => {
      rows = previewDelimited(bytes, { decoder }, TEST_AREAS, TODAY).dataRows;
    });
    if (run >= 2) {
      papa.push(p);
      pipeline.push(q);
    }
  }
  const preview = previewDelimited(bytes, { decoder }, TEST_AREAS, TODAY);
  const register: Grid = [
    RESIDENTS_TAB.columns.map((c) => c.header),
    ...preview.rows.map((r, i) => [
      `DC-${String(i + 1).padStart(6, "0")}`,
      r.fullName,
      r.birthDate,
      r.gender,
      r.idNumber,
      r.phone,
      r.address,
      r.tdp,
      r.kdc,
      "",
    ]),
  ];
  const layout = locateColumns(RESIDENTS_TAB, register[0] ?? []);
  const incoming = preview.rows.map((r) => ({ row: r.row, values: valuesOf(r) }));
  const mergeMs = median(
    Array.from({ length: 5 }, () =>
      time(() => planMerge(register, layout.indexByKey, incoming, "bench", TODAY)),
    ),
  );
  const best = (values: number[]) => Math.min(...values);
  const ratio = best(pipeline) / best(papa);
  console.log(
    "bytes\trows\tpapaparse ms (best/median)\tpipeline ms (best/median)\tratio (best/median)\tmerge vs register ms",
  );
  console.log(
    [
      bytes.length,
      rows,
      `${best(papa).toFixed(1)} / ${median(papa).toFixed(1)}`,
      `${best(pipeline).toFixed(1)} / ${median(pipeline).toFixed(1)}`,
      `${ratio.toFixed(2)} / ${(median(pipeline) / median(papa)).toFixed(2)}`,
      mergeMs.toFixed(1),
    ].join("\t"),
  );
  // Numbers for people (bench/run.ts): the verdict is printed, not thrown.
  console.log(
    ratio > LIMIT
      ? `OVER THE LIMIT: the pipeline takes ${ratio.toFixed(2)}x papaparse alone (limit ${LIMIT}x)`
      : `ok: within ${LIMIT}x of papaparse alone`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
