/**
 * The emulated workbook backed by an .xlsx file (Node only; the only module that touches exceljs
 * and the file system). See xlsx/meta.ts for what is kept in the hidden "_doi_thoai_meta" sheet.
 * Saving writes a temporary file beside the target and renames it, so a crash never leaves half a
 * file; the same workbook always saves to the same bytes.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import ExcelJS from "exceljs";
import type { EmulatedWorkbook } from "./model/workbook.ts";
import { fromExcel } from "./xlsx/read.ts";
import { withoutSheetRules } from "./xlsx/skip-validations.ts";
import { writeXlsx } from "./xlsx/write.ts";
import { stampZipEntries } from "./xlsx/zip-stamp.ts";

export { META_SHEET } from "./xlsx/meta.ts";

export async function loadWorkbookFromBuffer(
  data: Uint8Array | ArrayBuffer,
  name = "Untitled spreadsheet",
): Promise<EmulatedWorkbook> {
  const bytes = await withoutSheetRules(data instanceof Uint8Array ? data : new Uint8Array(data));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
  );
  return fromExcel(book, name);
}

/** Loads a workbook; without emulator metadata its name is the file's name without ".xlsx". */
export async function loadWorkbookFromXlsx(path: string): Promise<EmulatedWorkbook> {
  const data = await readFile(path);
  return loadWorkbookFromBuffer(data, basename(path, extname(path)));
}

export async function saveWorkbookToBuffer(workbook: EmulatedWorkbook): Promise<Uint8Array> {
  return stampZipEntries(await writeXlsx(workbook));
}

export async function saveWorkbookToXlsx(workbook: EmulatedWorkbook, path: string): Promise<void> {
  const bytes = await saveWorkbookToBuffer(workbook);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
