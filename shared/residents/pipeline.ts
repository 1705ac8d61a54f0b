/**
 * The one import pipeline, for the sidebar, the local preview and the CLI alike: a source of rows
 * (a delimited file read a megabyte at a time, see csv/source.ts, or a grid from an .xlsx adapter)
 * -> header and columns -> normalised, validated, de-duplicated rows. It never touches the
 * register; merging is merge.ts, on the server side. Delimited files enter through read-file.ts
 * (papaparse), kept apart so that the server, which re-checks rows on grids, does not bundle it.
 */
import type { CivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { AreaMatcher, type WardAreas } from "./areas.ts";
import { type DateOrder, detectDateOrder } from "./birth.ts";
import { shortList } from "./bounded.ts";
import type { Delimiter } from "./csv/delimiter.ts";
import { convertFont, type DecodeOptions, detectFont } from "./decode/detect.ts";
import { type GridLayout, type LayoutOptions, layoutGrid } from "./layout.ts";
import { isBlankCell, type RejectedRow, RowProcessor } from "./rows.ts";
import { GridSource, type ImportSource, RestartImport, type RowSource } from "./source.ts";
import type { ImportCell, ImportColumn, ImportGrid, PreparedRow, RowIssue } from "./types.ts";

export type { ImportSource } from "./source.ts";

export interface ImportOptions extends LayoutOptions, DecodeOptions {
  delimiter?: Delimiter | "auto";
}

export interface ImportPreview {
  source: ImportSource;
  /** 1-based header row, null when none was found. */
  headerRow: number | null;
  headerCells: string[];
  columns: ImportColumn[];
  /** Unrecognised columns, as written in the file. */
  ignoredColumns: string[];
  sensitiveColumns: string[];
  /** Non-blank rows under the header. */
  dataRows: number;
  rows: PreparedRow[];
  duplicates: number;
  derivedKdc: number;
  dateOrder: DateOrder;
  errors: RowIssue[];
  warnings: RowIssue[];
  /** File-level facts and problems. */
  notices: Message[];
  /** Problems that stop the whole import (no header, no name column). */
  fatal: Message[];
  rejected: RejectedRow[];
}

/** A sheet of a workbook as a source, legacy-font text converted (judged on a sample of its cells). */
export function workbookSource(grid: ImportGrid, sheet: string, options: ImportOptions = {}): RowSource {
  const wanted = options.font ?? "auto";
  const font = wanted === "auto" ? detectFont(sampleText(grid)) : wanted;
  const converted =
    font === "unicode"
      ? grid
      : grid.map((row) => row.map((cell) => (typeof cell === "string" ? convertFont(cell, font) : cell)));
  return new GridSource(converted, {
    kind: "xlsx",
    encoding: font === "unicode" ? "xlsx" : `xlsx+${font}`,
    byteEncoding: null,
    font,
    delimiter: null,
    sheet,
  });
}

function sampleText(grid: ImportGrid): string {
  const parts: string[] = [];
  let length = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      parts.push(cell);
      length += cell.length + 1;
    }
    if (length > 16 * 1024) break;
  }
  return parts.join(" ");
}

/** Rows needed before the header is looked for (it may sit under title rows). */
const HEAD_ROWS = 30;

/**
 * One import in progress: `step` processes some rows and says whether all are done, so a page can
 * draw a progress bar between steps (`fraction`); `result` gives the preview.
 */
export class ImportJob {
  layout: GridLayout | null = null;
  private input: RowSource;
  private processor: RowProcessor | null = null;
  private fatal: Message[] = [];
  private dateOrder: DateOrder = "dmy";
  private areasUnchecked = false;
  private headerCells: string[] = [];
  /** Rows read but not processed yet, and the row number of the first. */
  private pending: ImportCell[][] = [];
  private pendingAt = 0;
  private pendingRow = 1;
  private finished = false;

  constructor(
    input: RowSource,
    private readonly options: ImportOptions,
    private readonly areas: WardAreas,
    private readonly today: CivilDate,
  ) {
    this.input = input;
    this.begin();
  }

  /** Reads the head of the file, finds the header and the columns; starts again when told to. */
  private begin(): void {
    for (;;) {
      try {
        this.readHead();
        return;
      } catch (error) {
        if (!(error instanceof RestartImport)) throw error;
        this.input = error.restarted;
      }
    }
  }

  private readHead(): void {
    const head: ImportCell[][] = [];
    let last = false;
    while (head.length < HEAD_ROWS) {
      const batch = this.input.next();
      if (!batch) {
        last = true;
        break;
      }
      for (const row of batch.rows) head.push(row);
    }
    this.finished = last;
    this.pending = head;
    this.pendingRow = 1;
    this.fatal = [];
    this.processor = null;
    const unreadable = this.input.fatal ?? [];
    if (unreadable.length > 0 || head.every((row) => row.every(isBlankCell))) {
      this.layout = null;
      if (unreadable.length === 0) this.fatal.push(msg("import.emptyFile"));
      return;
    }
    this.layout = layoutGrid(head, this.options);
    if (!this.layout) {
      this.fatal.push(msg("import.noHeader"));
      return;
    }
    this.headerCells = (head[this.layout.headerRow - 1] ?? []).map((cell) =>
      cell === null ? "" : String(cell).trim(),
    );
    this.pendingAt = this.layout.firstDataIndex;
    this.dateOrder = detectDateOrder(birthCells(head, this.layout));
    const targets = new Set(this.layout.columns.filter((c) => !c.sensitive).map((c) => c.target));
    if (!targets.has("fullName") && !targets.has("givenName")) {
      this.fatal.push(msg("import.noNameColumn", { row: this.layout.headerRow }));
      return;
    }
    const matcher = new AreaMatcher(this.areas);
    this.areasUnchecked =
      matcher.empty && this.layout.columns.some((c) => c.target === "tdp" || c.target === "kdc");
    this.processor = new RowProcessor(
      {
        columns: this.layout.columns,
        areas: matcher,
        today: this.today,
        dateOrder: this.dateOrder,
        ...(this.input.brokenRows ? { brokenRows: this.input.brokenRows } : {}),
      },
      this.input.expectedRows ?? 4096,
    );
  }

  /** How far the import has got, 0..1. */
  get fraction(): number {
    return this.processor ? this.input.fraction : 1;
  }

  /** Rows processed so far. */
  get rowsDone(): number {
    return this.processor?.dataRows ?? 0;
  }

  /** Processes at least `count` more rows (a whole batch at a time); true when every row is done. */
  step(count: number): boolean {
    try {
      return this.advance(count);
    } catch (error) {
      if (!(error instanceof RestartImport)) throw error;
      this.input = error.restarted;
      this.begin();
      return false;
    }
  }

  private advance(count: number): boolean {
    const processor = this.processor;
    if (!processor) return true;
    let done = 0;
    while (done < count) {
      if (this.pendingAt < this.pending.length) {
        processor.runRows(this.pending, this.pendingAt, this.pending.length, this.pendingRow);
        done += this.pending.length - this.pendingAt;
        this.pendingAt = this.pending.length;
        continue;
      }
      if (this.finished) return true;
      const batch = this.input.next();
      if (!batch) {
        this.finished = true;
        return true;
      }
      this.pending = batch.rows;
      this.pendingAt = 0;
      this.pendingRow = batch.firstRow;
    }
    return this.finished && this.pendingAt >= this.pending.length;
  }

  result(): ImportPreview {
    while (!this.step(1 << 30)) {}
    const layout = this.layout;
    const columns = layout?.columns ?? [];
    const p = this.processor;
    const notices: Message[] = [...this.input.problems];
    const fatal = [...this.fatal, ...(this.input.fatal ?? [])];
    const sensitiveColumns = columns.filter((c) => c.sensitive).map((c) => c.header);
    for (const column of sensitiveColumns) notices.push(msg("import.sensitiveColumn", { column }));
    const ignoredColumns = columns.filter((c) => c.unknown).map((c) => c.header);
    if (ignoredColumns.length > 0)
      notices.push(
        msg("import.unknownColumns", { columns: shortList(ignoredColumns, (more) => `… (+${more})`) }),
      );
    if (this.dateOrder === "mdy") notices.push(msg("import.monthFirstDates"));
    if (layout?.numberingRow) notices.push(msg("import.numberingRowSkipped", { row: layout.headerRow + 1 }));
    if (this.areasUnchecked) notices.push(msg("import.noAreas"));
    if (p && p.derivedKdc > 0) notices.push(msg("import.kdcDerived", { count: p.derivedKdc }));
    return {
      source: this.input.source,
      headerRow: layout?.headerRow ?? null,
      headerCells: this.headerCells,
      columns,
      ignoredColumns,
      sensitiveColumns,
      dataRows: p?.dataRows ?? 0,
      rows: p?.rows ?? [],
      duplicates: p?.duplicates ?? 0,
      derivedKdc: p?.derivedKdc ?? 0,
      dateOrder: this.dateOrder,
      errors: p?.errors ?? [],
      warnings: p?.warnings ?? [],
      notices,
      fatal,
      rejected: p?.rejected ?? [],
    };
  }
}

function* birthCells(grid: ImportGrid, layout: GridLayout): Generator<ImportCell | undefined> {
  const indexes = layout.columns.filter((c) => c.target === "birthDate").map((c) => c.index);
  if (indexes.length === 0) return;
  for (let r = layout.firstDataIndex; r < grid.length; r++) {
    const row = grid[r];
    if (!row) continue;
    for (const index of indexes) yield row[index] ?? null;
  }
}

/** The whole pipeline at once on a source, for the CLI, the server's re-check and tests. */
export function previewSource(
  input: RowSource,
  options: ImportOptions,
  areas: WardAreas,
  today: CivilDate,
): ImportPreview {
  return new ImportJob(input, options, areas, today).result();
}
