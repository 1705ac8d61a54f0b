/**
 * Reading the picked file in the page (FileReader; no time limit here, unlike the server) and
 * running the pipeline on it in slices, yielding to the browser between slices so that the
 * progress bar moves. Then the server's dry run says what would change in `Dân cư`.
 */
import { msg } from "../../../../shared/i18n/index.ts";
import { platformDecoder } from "../../../../shared/residents/decode/platform.ts";
import { packRows } from "../../../../shared/residents/pack.ts";
import { ImportJob, workbookSource } from "../../../../shared/residents/pipeline.ts";
import { delimitedSource } from "../../../../shared/residents/read-file.ts";
import type { RowSource } from "../../../../shared/residents/source.ts";
import type { ImportRequest } from "../../../rpc/import-actions.ts";
import { loadChunk } from "../../chunks/loader.ts";
import { ActionFailed, call } from "../../rpc-client.ts";
import { type ImportFile, state } from "./state.ts";

const SLICE = 2000;

function unreadable(file: string): ActionFailed {
  return new ActionFailed([msg("import.fileUnreadable", { file })]);
}

export function readPickedFile(file: File): Promise<ImportFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (!(result instanceof ArrayBuffer)) return reject(unreadable(file.name));
      resolve({ name: file.name, bytes: new Uint8Array(result), isWorkbook: /\.xlsx$/i.test(file.name) });
    };
    reader.onerror = () => reject(unreadable(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/** The browser's own TextDecoder (UTF-8, UTF-16, Windows code pages): the core has none of its own. */
const decoder = platformDecoder(TextDecoder);

async function source(file: ImportFile): Promise<RowSource> {
  if (!file.isWorkbook) return delimitedSource(file.bytes, { ...state.options, decoder });
  if (!state.sheet) {
    // exceljs is most of the sidebar's weight: it comes only now, when an .xlsx was picked.
    const reader = await loadChunk("xlsx");
    const read = await reader.readSheet(file.bytes);
    if (!read.ok)
      throw new ActionFailed([
        read.reason === "unreadable"
          ? msg("import.xlsxUnreadable", { file: file.name })
          : msg("import.xlsxNoSheet", { file: file.name, sheet: "" }),
      ]);
    state.sheet = { grid: read.grid, name: read.name };
  }
  return workbookSource(state.sheet.grid, state.sheet.name, state.options);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The preview of the current file with the current options; `onProgress` after each slice. */
export async function runPreview(onProgress: () => void): Promise<void> {
  const file = state.file;
  const context = state.context;
  if (!file || !context) return;
  state.preview = null;
  state.plan = null;
  state.busy = "reading";
  onProgress();
  await pause();
  const job = new ImportJob(await source(file), state.options, context, context.today);
  state.busy = "processing";
  state.progress = { rows: 0, fraction: 0 };
  while (!job.step(SLICE)) {
    state.progress = { rows: job.rowsDone, fraction: job.fraction };
    onProgress();
    await pause();
  }
  state.progress = { rows: job.rowsDone, fraction: 1 };
  state.preview = job.result();
  if (state.preview.rows.length > 0) {
    state.busy = "checking";
    onProgress();
    state.plan = await call("importResidents", request(true));
  }
  state.busy = "";
}

/** The server's dry run again for the rows on screen (after the clerk ticked or unticked). */
export async function recheck(): Promise<void> {
  if (!state.preview || state.preview.rows.length === 0) return;
  state.busy = "checking";
  try {
    state.plan = await call("importResidents", request(true));
  } finally {
    state.busy = "";
  }
}

export function request(dryRun: boolean): ImportRequest {
  const preview = state.preview;
  return {
    rows: preview ? packRows(preview.rows) : "",
    source: state.file?.name ?? "",
    encoding: preview?.source.encoding ?? "",
    fileRows: preview?.dataRows ?? 0,
    duplicates: preview?.duplicates ?? 0,
    dryRun,
    acceptConflicts: state.acceptConflicts,
  };
}
