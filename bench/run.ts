// `npm run bench`: every benchmark, one after the other. Numbers for people, never asserted in tests.
import { benchCli } from "./cli.ts";
import { benchDocuments } from "./documents.ts";
import { benchImport } from "./import.ts";
import { benchRoster } from "./roster.ts";
import { benchSidebar } from "./sidebar.ts";
import { benchTable } from "./table.ts";
import { benchWorkbook } from "./workbook.ts";

const benches: [string, () => Promise<void>][] = [
  ["sidebar", benchSidebar],
  ["workbook", benchWorkbook],
  ["documents", benchDocuments],
  ["import", benchImport],
  ["import-memory", () => import("./import-memory.ts").then((bench) => bench.benchImportMemory())],
  ["table", benchTable],
  ["roster", benchRoster],
  ["cli", benchCli],
  ["extension-fill", () => import("./extension-fill.ts").then((bench) => bench.benchExtensionFill())],
];
const only = process.argv[2];
for (const [name, bench] of benches) {
  if (!only || only === name) await bench();
}
