// `npm run bench`: every benchmark, one after the other. Numbers for people, never asserted in tests.
import { benchWorkbook } from "./workbook.ts";

const benches: [string, () => Promise<void>][] = [["workbook", benchWorkbook]];
const only = process.argv[2];
for (const [name, bench] of benches) {
  if (!only || only === name) await bench();
}
