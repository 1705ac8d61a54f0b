/**
 * The emulated workbook backed by an .xlsx file (Node only; the only module that touches exceljs
 * and the file system). See xlsx/meta.ts for what is kept in the hidden "_doi_thoai_meta" sheet.
 * Saving writes a temporary file beside the target and renames it, so a crash never leaves half a
 * file; the same workbook always saves to the same bytes. The register is personal data: the
 * temporary file is private (0600) while written, the saved file keeps the mode the old one had,
 * a symlink is written through (the link stays, its target is replaced), a failed save removes its
 * temporary file, and one left by a killed save is removed by the next save.
 */
import { randomBytes } from "node:crypto";
import { chmod, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type ExcelJS from "exceljs";
import type { EmulatedWorkbook } from "./model/workbook.ts";
import { exceljsForReading } from "./xlsx/exceljs-node.ts";
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
  const book = new (exceljsForReading().Workbook)();
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
  await writeFileAtomically(path, bytes);
}

/** The file a path names, through symlinks; the path itself when it does not exist yet. */
async function targetOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** Replaces `path` with `bytes` in one rename, keeping its mode and writing through a symlink. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const target = await targetOf(path);
  const dir = dirname(target);
  const name = basename(target);
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o777,
    () => null,
  );
  await removeLeftovers(dir, name);
  const temp = join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { mode: 0o600 });
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Temporary files of saves that were killed half-way (a private copy of the register each). */
async function removeLeftovers(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length)))
      await rm(join(dir, entry), { force: true });
  }
}
