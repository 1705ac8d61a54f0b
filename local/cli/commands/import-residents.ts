/**
 * doi-thoai import-residents <workbook.xlsx> <file> [--dry-run] [--json] [--encoding e] [--font f]
 * [--delimiter d] [--header-row n] [--sheet name]: the sidebar's `Nhập dân cư` from the command
 * line. The file goes through the same pipeline as in the sidebar (shared/residents), the rows
 * through the same server action in the built add-on on the emulated workbook, which is saved back.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import type { RpcResult } from "../../../addon/rpc/envelope.ts";
import type { ImportContext, ImportOutcome } from "../../../addon/rpc/import-actions.ts";
import { formatMessage, type Locale, type Message, t } from "../../../shared/i18n/index.ts";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
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
import type { RowIssue } from "../../../shared/residents/types.ts";
import { createAddonRuntime } from "../../runtime/addon-runtime.ts";
import { openWorkbookFile } from "../../workbook/files.ts";
import { CliError } from "../io.ts";
import { takeFlag, takeOption } from "../options.ts";
import { DELIMITER_NAMES, type ImportFlag } from "./import-options.ts";

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
): Promise<RowSource | Message> {
  if (!existsSync(path)) throw new CliError("cli.fileMissing", { file: path });
  const bytes = new Uint8Array(await readFile(path));
  const extension = extname(path).toLowerCase();
  if (extension === ".xls") return { key: "import.xlsxOldFormat" };
  if (extension !== ".xlsx")
    return delimitedSource(bytes, { ...options, decoder: platformDecoder(TextDecoder) });
  const workbook = new ExcelJS.Workbook();
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
  return workbookSource(picked.grid, picked.sheet.name, options);
}

/** The file read and checked; the decoded text is dropped once the rows are prepared. */
async function previewFile(
  filePath: string,
  options: ImportOptions & { sheet?: string },
  context: ImportContext,
): Promise<ImportPreview | Message> {
  const input = await readInput(filePath, options);
  if (!("next" in input)) return input;
  return new ImportJob(input, options, context, context.today).result();
}

function messagesOf(result: RpcResult<unknown>): Message[] {
  return result.ok ? [] : result.messages;
}

export async function importResidentsCommand(args: string[], io: ImportIo): Promise<number> {
  const locale: Locale = io.locale ?? "vi";
  const say = (message: Message) => formatMessage(message, locale);
  const rest = [...args];
  let options: ImportOptions & { sheet?: string };
  let dryRun: boolean;
  let json: boolean;
  try {
    dryRun = takeFlag(rest, "--dry-run" satisfies ImportFlag);
    json = takeFlag(rest, "--json" satisfies ImportFlag);
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
  }) as RpcResult<ImportOutcome>;
  if (!result.ok) {
    for (const message of result.messages) io.err(say(message));
    return 1;
  }
  const outcome = result.value;
  if (!dryRun && outcome.batchId !== null) await runtime.save();
  const issue = (i: RowIssue) => ({ row: i.row, column: i.column, message: say(i.message) });
  const summary = {
    encoding: preview.source.encoding,
    delimiter: preview.source.delimiter,
    headerRow: preview.headerRow,
    rows: preview.dataRows,
    added: outcome.added,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    duplicates: preview.duplicates + outcome.repeats,
    errors: preview.errors.map(issue),
    warnings: preview.warnings.map(issue),
    // Every column left out, as written in the file: unknown ones and sensitive ones alike.
    ignoredColumns: preview.columns.filter((c) => c.unknown || c.sensitive).map((c) => c.header),
    /** Left out because the law keeps such data out of this tool (ethnicity, religion). */
    sensitiveColumns: preview.sensitiveColumns,
    /** File-level notes: quote problems, month-first dates, skipped numbering rows... */
    notices: preview.notices.map((notice) => ({ message: say(notice) })),
    sheet: preview.source.sheet,
    batchId: outcome.batchId,
    dryRun,
  };
  if (json) {
    io.out(JSON.stringify(summary, null, 2));
    return 0;
  }
  const delimiterName = summary.delimiter === "\t" ? "tab" : (summary.delimiter ?? "-");
  io.out(
    t(
      "import.cli.read",
      {
        file: filePath,
        encoding: summary.encoding,
        delimiter: delimiterName,
        headerRow: summary.headerRow ?? "-",
      },
      locale,
    ),
  );
  for (const notice of preview.notices) io.out(`- ${say(notice)}`);
  for (const e of summary.errors)
    io.out(t("import.ui.issue", { row: e.row, column: e.column, message: e.message }, locale));
  for (const w of summary.warnings)
    io.out(
      w.column
        ? t("import.ui.issue", { row: w.row, column: w.column, message: w.message }, locale)
        : t("import.ui.issueRow", { row: w.row, message: w.message }, locale),
    );
  io.out(
    t(
      "import.cli.summary",
      {
        rows: summary.rows,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        duplicates: summary.duplicates,
        errors: summary.errors.length,
        warnings: summary.warnings.length,
      },
      locale,
    ),
  );
  if (dryRun) io.out(t("import.cli.dryRun", {}, locale));
  else if (outcome.batchId)
    io.out(t("import.cli.saved", { batch: outcome.batchId, file: workbookPath }, locale));
  return 0;
}
