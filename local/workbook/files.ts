/**
 * Opening and creating workbook files for the CLI and the preview, with messages a clerk can act on
 * instead of a stack trace.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { CliError } from "../cli/io.ts";
import { EmulatedWorkbook } from "../emulator/index.ts";
import { loadWorkbookFromXlsx } from "../emulator/xlsx-store.ts";

export async function openWorkbookFile(path: string): Promise<EmulatedWorkbook> {
  if (!existsSync(path)) throw new CliError("cli.fileMissing", { file: path });
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
