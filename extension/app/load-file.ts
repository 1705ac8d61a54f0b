/**
 * A file the user picked -> a workbook snapshot, or a message saying plainly what is wrong with it.
 * Runs in the app page (it needs TextDecoder and exceljs, which the core must not).
 */

import { type Message, msg } from "../../shared/i18n/index.ts";
import { platformDecoder } from "../../shared/residents/decode/platform.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";
import { type ExcelModule, readXlsx } from "../../shared/workbook/xlsx-adapter.ts";
import { readCsv } from "../workbook/read-csv.ts";

/** The part of a DOM File that is used, so tests can pass any blob-like value. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type LoadResult =
  | { ok: true; snapshot: WorkbookSnapshot; kind: "xlsx" | "csv" }
  | { ok: false; problem: Message };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * The page's TextDecoder for the core's one CSV reader: UTF-8 (with or without BOM), Excel's
 * UTF-16 "Unicode text", Windows-1258; text typed in the TCVN3 or VNI fonts converted; always NFC.
 */
const decoder = platformDecoder(TextDecoder);

function errorDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

export async function loadWorkbookFile(file: PickedFile, excel: ExcelModule): Promise<LoadResult> {
  const name = file.name;
  if (file.size === 0) return { ok: false, problem: msg("extension.error.empty", { file: name }) };
  const extension = extensionOf(name);
  if (extension === "xls") return { ok: false, problem: msg("extension.error.oldXls", { file: name }) };
  if (extension !== "xlsx" && extension !== "xlsm" && extension !== "csv") {
    return { ok: false, problem: msg("extension.error.wrongType", { file: name }) };
  }
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (extension === "csv") {
    return { ok: true, snapshot: readCsv(name, bytes, decoder), kind: "csv" };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const key = startsWith(bytes, OLE_MAGIC) ? "extension.error.oldXls" : "extension.error.notXlsx";
    return { ok: false, problem: msg(key, { file: name }) };
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(buffer, excel);
  } catch (error) {
    return { ok: false, problem: msg("extension.error.broken", { file: name, detail: errorDetail(error) }) };
  }
  // A zip that is not a workbook (a .docx renamed) loads as a workbook without sheets.
  if (snapshot.tabs.size === 0) return { ok: false, problem: msg("extension.error.notXlsx", { file: name }) };
  return { ok: true, snapshot, kind: "xlsx" };
}
