/**
 * The residents import pipeline (pure: Apps Script V8, browser, Node). Server code imports the
 * modules it needs directly (merge, pack, undo), so that papaparse stays out of the Apps Script
 * bundle.
 */
export * from "./areas.ts";
export * from "./birth.ts";
export * from "./clean.ts";
export * from "./columns.ts";
export * from "./csv/delimiter.ts";
export * from "./csv/read.ts";
export * from "./csv/source.ts";
export * from "./decode/index.ts";
export * from "./errors-csv.ts";
export * from "./id-table.ts";
export * from "./keys.ts";
export * from "./layout.ts";
export * from "./merge.ts";
export * from "./pack.ts";
export * from "./pipeline.ts";
export * from "./read-file.ts";
export * from "./recheck.ts";
export * from "./rows.ts";
export * from "./source.ts";
export * from "./types.ts";
export * from "./undo-log.ts";
export * from "./undo-plan.ts";
export * from "./values.ts";
