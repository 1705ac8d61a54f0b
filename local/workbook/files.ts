/**
 * Opening and creating workbook files for the CLI and the preview, with messages a clerk can act on
 * instead of a stack trace.
 */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { CliError } from "../cli/io.ts";
import { EmulatedWorkbook } from "../emulator/index.ts";
import { loadWorkbookFromXlsx } from "../emulator/xlsx-store.ts";

/** A file to read: refused in words when missing or a folder. Its size in bytes. */
export function checkInputFile(path: string): number {
  if (!existsSync(path)) throw new CliError("cli.fileMissing", { file: path });
  const stats = statSync(path);
  if (stats.isDirectory()) throw new CliError("cli.isDirectory", { file: path });
  return stats.size;
}

/** A file to create: its folder must exist, and it must not. */
export function checkNewFile(path: string): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CliError("cli.folderMissing", { folder: dirname(path) });
  if (existsSync(path)) throw new CliError("cli.fileExists", { file: path });
}

export async function openWorkbookFile(path: string): Promise<EmulatedWorkbook> {
  checkInputFile(path);
  try {
    return await loadWorkbookFromXlsx(path);
  } catch {
    // exceljs's own words (zip internals, in English) would not help a clerk.
    throw new CliError("cli.notXlsx", { file: path });
  }
}

/** A workbook with no tab yet; set-up gives it the schema's tabs. */
export function newWorkbook(path: string): EmulatedWorkbook {
  return EmulatedWorkbook.create({ name: basename(path).replace(/\.xlsx$/i, ""), sheetNames: [] });
}
