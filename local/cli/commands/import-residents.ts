/**
 * doi-thoai import-residents <workbook.xlsx> <file> [--dry-run] [--json] [--encoding e] [--font f]
 * [--delimiter d] [--header-row n] [--sheet name] [--accept-conflicts]: the sidebar's `Nhập dân cư`
 * from the command line. The file goes through the same pipeline as in the sidebar
 * (shared/residents), the rows through the same server action in the built add-on on the emulated
 * workbook, which is saved back. The workbook is locked from load to save (one writer per file); a
 * file larger than the spreadsheet's room is refused from its size and line count before parsing.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { RpcResult } from "../../../addon/rpc/envelope.ts";
import type { ImportContext, ImportOutcome } from "../../../addon/rpc/import-actions.ts";
import { formatMessage, type Locale, type Message, t } from "../../../shared/i18n/index.ts";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
import { oversizedBytes, oversizedFile } from "../../../shared/residents/capacity.ts";
import { type Delimiter, isDelimiter } from "../../../shared/residents/csv/delimiter.ts";
import {
  BYTE_ENCODINGS,
  type ByteEncoding,
  FONT_ENCODINGS,
  type FontEncoding,
} from "../../../shared/residents/decode/detect.ts";
import { platformDecoder } from "../../../shared/residents/decode/platform.ts";
import { packRows } from "../../../shared/residents/pack.ts";
import {
  ImportJob,
  type ImportOptions,
  type ImportPreview,
  workbookSource,
} from "../../../shared/residents/pipeline.ts";
import { delimitedSource } from "../../../shared/residents/read-file.ts";
import type { RowSource } from "../../../shared/residents/source.ts";
import { exceljsForReading } from "../../emulator/xlsx/exceljs-node.ts";
import { createAddonRuntime } from "../../runtime/addon-runtime.ts";
import { checkInputFile, openWorkbookFile } from "../../workbook/files.ts";
import { withWorkbookLock } from "../../workbook/lock.ts";
import { takeFlag, takeOption } from "../options.ts";
import { DELIMITER_NAMES, type ImportFlag } from "./import-options.ts";
import { printImport } from "./import-report.ts";

export interface ImportIo {
  out: (s: string) => void;
  err: (s: string) => void;
  locale?: Locale;
}

class UsageError extends Error {}

/** Takes an option of the table (a flag not in it does not compile). */
const option = (args: string[], flag: ImportFlag) => takeOption(args, flag);

function parseOptions(args: string[], locale: Locale): ImportOptions & { sheet?: string } {
  const options: ImportOptions & { sheet?: string } = {};
  const bad = (option: string) => new UsageError(t("import.cli.badOption", { option }, locale));
  const encoding = option(args, "--encoding");
  if (encoding !== undefined) {
    if (encoding !== "auto" && !(BYTE_ENCODINGS as readonly string[]).includes(encoding))
      throw bad(`--encoding ${encoding}`);
    options.encoding = encoding as ByteEncoding | "auto";
  }
  const font = option(args, "--font");
  if (font !== undefined) {
    if (font !== "auto" && !(FONT_ENCODINGS as readonly string[]).includes(font)) throw bad(`--font ${font}`);
    options.font = font as FontEncoding | "auto";
  }
  const delimiter = option(args, "--delimiter");
  if (delimiter !== undefined) {
    const value = DELIMITER_NAMES[delimiter] ?? delimiter;
    if (delimiter !== "auto" && !isDelimiter(value)) throw bad(`--delimiter ${delimiter}`);
    options.delimiter = delimiter === "auto" ? "auto" : (value as Delimiter);
  }
  const headerRow = option(args, "--header-row");
  if (headerRow !== undefined) {
    const n = Number(headerRow);
    if (!Number.isInteger(n) || n < 1) throw bad(`--header-row ${headerRow}`);
    options.headerRow = n;
  }
  const sheet = option(args, "--sheet");
  if (sheet !== undefined) options.sheet = sheet;
  return options;
}

async function readInput(
  path: string,
  options: ImportOptions & { sheet?: string },
  room: number,
): Promise<RowSource | Message> {
  const size = checkInputFile(path);
  const extension = extname(path).toLowerCase();
  if (extension === ".xls") return { key: "import.xlsxOldFormat" };
  // Refused from its size before it is read, and from its line count before it is parsed.
  const tooLarge = oversizedBytes(size, room);
  if (tooLarge) return tooLarge;
  const bytes = new Uint8Array(await readFile(path));
  if (extension !== ".xlsx") {
    const tooMany = oversizedFile(bytes, room);
    if (tooMany) return tooMany;
    return delimitedSource(bytes, { ...options, decoder: platformDecoder(TextDecoder) });
  }
  const workbook = new (exceljsForReading().Workbook)();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    // exceljs's own words (zip internals, in English) would not help a clerk.
    return { key: "import.xlsxUnreadable", params: { file: basename(path) } };
  }
  const picked = pickWorksheet(workbook, options.sheet);
  if (!picked)
    return {
      key: "import.xlsxNoSheet",
      params: { file: basename(path), sheet: options.sheet ? ` “${options.sheet}”` : "" },
    };
  if (picked.grid.length > room + 30)
    return { key: "import.tooManyRows", params: { rows: picked.grid.length, room } };
  return workbookSource(picked.grid, picked.sheet.name, options);
}

/** The file read and checked; the decoded text is dropped once the rows are prepared. */
async function previewFile(
  filePath: string,
  options: ImportOptions & { sheet?: string },
  context: ImportContext,
): Promise<ImportPreview | Message> {
  const input = await readInput(filePath, options, context.roomRows);
  if (!("next" in input)) return input;
  return new ImportJob(input, options, context, context.today).result();
}

function messagesOf(result: RpcResult<unknown>): Message[] {
  return result.ok ? [] : result.messages;
}

export async function importResidentsCommand(args: string[], io: ImportIo): Promise<number> {
  const locale: Locale = io.locale ?? "vi";
  const rest = [...args];
  let options: ImportOptions & { sheet?: string };
  let dryRun: boolean;
  let json: boolean;
  let acceptConflicts: boolean;
  try {
    dryRun = takeFlag(rest, "--dry-run" satisfies ImportFlag);
    json = takeFlag(rest, "--json" satisfies ImportFlag);
    acceptConflicts = takeFlag(rest, "--accept-conflicts" satisfies ImportFlag);
    options = parseOptions(rest, locale);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(t("import.cli.usage", {}, locale));
    return 2;
  }
  const [workbookPath, filePath] = rest;
  if (!workbookPath || !filePath || rest.length > 2) {
    io.err(t("import.cli.usage", {}, locale));
    return 2;
  }
  const run: ImportRun = { workbookPath, filePath, options, dryRun, json, acceptConflicts };
  // A dry run writes nothing: it needs no lock, and may run beside a writer.
  if (dryRun) return importFile(run, io);
  return withWorkbookLock(workbookPath, "doi-thoai import-residents", () => importFile(run, io));
}

interface ImportRun {
  workbookPath: string;
  filePath: string;
  options: ImportOptions & { sheet?: string };
  dryRun: boolean;
  json: boolean;
  acceptConflicts: boolean;
}

async function importFile(run: ImportRun, io: ImportIo): Promise<number> {
  const { workbookPath, filePath, options, dryRun } = run;
  const say = (message: Message) => formatMessage(message, io.locale ?? "vi");
  const runtime = createAddonRuntime({
    workbook: await openWorkbookFile(workbookPath),
    workbookPath,
    uiAvailable: false,
  });
  const contextResult = runtime.call("getImportContext") as RpcResult<ImportContext>;
  if (!contextResult.ok) {
    for (const message of messagesOf(contextResult)) io.err(say(message));
    return 1;
  }
  const context = contextResult.value;
  const preview = await previewFile(filePath, options, context);
  if (!("rows" in preview)) {
    io.err(say(preview));
    return 1;
  }
  if (preview.fatal.length > 0) {
    for (const message of preview.fatal) io.err(say(message));
    return 1;
  }
  const rows = packRows(preview.rows);
  // The server needs only the packed text: let tens of thousands of row objects go before it
  // merges and the workbook is saved (the import's peak memory).
  preview.rows = [];
  const result = runtime.call("importResidents", {
    rows,
    source: basename(filePath),
    encoding: preview.source.encoding,
    fileRows: preview.dataRows,
    duplicates: preview.duplicates,
    dryRun,
    acceptConflicts: run.acceptConflicts,
  }) as RpcResult<ImportOutcome>;
  if (!result.ok) {
    for (const message of result.messages) io.err(say(message));
    return 1;
  }
  const outcome = result.value;
  if (!dryRun && outcome.batchId !== null) await runtime.save();
  printImport(io, { preview, outcome, filePath, workbookPath, dryRun, json: run.json });
  return 0;
}
