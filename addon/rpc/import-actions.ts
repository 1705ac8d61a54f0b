/**
 * Actions of the residents import (`Nhập dân cư`). The page reads and checks the file itself (no
 * time limit there); the server gets normalised rows, packed into one string (see
 * shared/residents/pack.ts), checks them again and merges them into `Dân cư` in one batch.
 */

import type { Neighbourhood } from "../../shared/catalogue/catalogue.ts";
import type { CivilDate } from "../../shared/dates/civil.ts";
import type { Message } from "../../shared/i18n/index.ts";
import type { BatchSummary } from "../../shared/residents/undo-log.ts";

export interface ImportBatchInfo extends BatchSummary {
  undone: boolean;
}

export interface ImportContext {
  /** The ward's areas from `Danh mục`, for matching TDP/KDC in the page. */
  kdcs: string[];
  tdps: Neighbourhood[];
  /** Today in the spreadsheet's time zone: birth dates after it are refused. */
  today: CivilDate;
  /** Data rows now in `Dân cư` (0 when the tab is missing). */
  registerRows: number;
  /** Residents the spreadsheet still has room for (10 million cells): larger files are refused up front. */
  roomRows: number;
  /** Imports so far, oldest first. */
  batches: ImportBatchInfo[];
  problems: Message[];
}

export interface ImportRequest {
  /** Normalised rows, packed (shared/residents/pack.ts). */
  rows: string;
  /** The file's name, for the history. */
  source: string;
  /** How the file was read ("utf-8", "windows-1258", "xlsx+tcvn3"...), for the history. */
  encoding: string;
  /** Data rows in the file and repeats dropped by the page, for the history. */
  fileRows: number;
  duplicates: number;
  /** Plan only: report what would change, write nothing. */
  dryRun: boolean;
  /**
   * Apply rows whose ID number is in the register under another name or birth date (the clerk
   * checked them). Without it they are reported in `conflicts` and left alone.
   */
  acceptConflicts?: boolean;
}

/** A known ID number arriving with another name or birth date: both versions, for the clerk. */
export interface ImportConflict {
  /** The row in the file. */
  row: number;
  residentId: string;
  /** The ID number, its last three digits only. */
  idNumber: string;
  existing: { fullName: string; birthDate: string };
  incoming: { fullName: string; birthDate: string };
  /** Applied (acceptConflicts) or held back. */
  applied: boolean;
}

export interface ImportOutcome {
  /** Null for a dry run, or when nothing changed (no batch is recorded). */
  batchId: string | null;
  dryRun: boolean;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows that met a register row another row of the import had already matched. */
  repeats: number;
  /** Known ID numbers with another name or birth date (see ImportRequest.acceptConflicts). */
  conflicts: ImportConflict[];
}

export interface UndoRequest {
  /** The batch to undo; the latest one not undone when absent or null. */
  batchId?: string | null;
}

export interface UndoOutcome {
  batchId: string;
  /** Added rows removed. */
  removed: number;
  /** Cells put back as they were before the import. */
  restored: number;
  /** Cells edited by hand since the import, left alone. */
  kept: number;
  /** Rows of the batch no longer in the register. */
  missing: number;
}

export interface ImportActions {
  getImportContext(): ImportContext;
  importResidents(input: ImportRequest): ImportOutcome;
  undoImport(input: UndoRequest): UndoOutcome;
}
