/**
 * What the `Nhập dân cư` tab remembers across redraws (a change of language or an overview reload
 * renders every tab again): the file, how it is read, the preview, the server's plan and outcome.
 */
import type { ImportOptions, ImportPreview } from "../../../../shared/residents/pipeline.ts";
import type { ImportCell } from "../../../../shared/residents/types.ts";
import type { ImportContext, ImportOutcome, UndoOutcome } from "../../../rpc/import-actions.ts";
import { Changes } from "../../store.ts";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  isWorkbook: boolean;
}

export interface ImportState {
  context: ImportContext | null;
  loadingContext: boolean;
  file: ImportFile | null;
  options: ImportOptions;
  /** An .xlsx sheet's grid, read once per file (exceljs is slow); delimited files are re-read. */
  sheet: { grid: ImportCell[][]; name: string } | null;
  preview: ImportPreview | null;
  /** What the server would do (dry run). */
  plan: ImportOutcome | null;
  outcome: ImportOutcome | null;
  /** The clerk ticked "update these rows too": the next dry run and import apply ID conflicts. */
  acceptConflicts: boolean;
  undone: UndoOutcome | null;
  /** "reading" | "processing" | "checking" | "writing" | "" */
  busy: string;
  /** Rows processed and the fraction of the file read. */
  progress: { rows: number; fraction: number };
  /** What the list of errors and warnings shows: text to look for, and which kinds. */
  filter: { text: string; errors: boolean; warnings: boolean };
}

export const state: ImportState = {
  context: null,
  loadingContext: false,
  file: null,
  options: {},
  sheet: null,
  preview: null,
  plan: null,
  outcome: null,
  acceptConflicts: false,
  undone: null,
  busy: "",
  progress: { rows: 0, fraction: 0 },
  filter: { text: "", errors: true, warnings: true },
};

const changes = new Changes();
export const importChanges: Changes = changes;

/** Renders the tab again from `state` (patched in place). */
export function redraw(): void {
  changes.notify();
}
