/**
 * exceljs in Node, in its two builds. Reading takes the self-contained build
 * (`dist/exceljs.min.js`): it reads the same cells (test/local/emulator/xlsx-store.test.ts) and
 * loads in ~0.1 s, where the package's entry compiles hundreds of small modules in ~0.45 s, most of
 * `doi-thoai render`'s start. Writing needs the package's entry: only it has the streaming writer.
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

const require = createRequire(import.meta.url);

export type ExcelModule = typeof ExcelJS;

let reader: ExcelModule | null = null;

export function exceljsForReading(): ExcelModule {
  reader ??= require("exceljs/dist/exceljs.min.js") as ExcelModule;
  return reader;
}

export async function exceljsForWriting(): Promise<ExcelModule> {
  return (await import("exceljs")).default;
}

/** exceljs keeps data validations in a model its typings do not declare. */
export function validationsOf(ws: object): Record<string, ExcelJS.DataValidation> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
}

/** Excel widths are in characters; Sheets' are pixels. Round trip: px = round(width * 7). */
export const PX_PER_CHAR = 7;
