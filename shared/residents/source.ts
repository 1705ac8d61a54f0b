/**
 * Where rows come from: batches of rows in file order, so that the pipeline never needs a whole
 * file as one grid (a 40,000-row export is read, parsed and checked a megabyte at a time), and so
 * that a page can draw progress between batches. A grid (an .xlsx sheet, the server's re-check) is
 * a source too.
 */
import type { Message } from "../i18n/index.ts";
import type { Delimiter } from "./csv/delimiter.ts";
import type { ByteEncoding, FontEncoding } from "./decode/detect.ts";
import type { ImportCell, ImportGrid } from "./types.ts";

export interface ImportSource {
  kind: "csv" | "xlsx";
  /** "utf-8", "utf-8-bom", "utf-16le", "windows-1258", "tcvn3", "vni", "xlsx", "utf-8+tcvn3"... */
  encoding: string;
  byteEncoding: ByteEncoding | null;
  font: FontEncoding;
  delimiter: Delimiter | null;
  sheet: string | null;
}

export interface RowBatch {
  rows: ImportCell[][];
  /** The 1-based row number of rows[0], as the user counts rows. */
  firstRow: number;
}

export interface RowSource {
  /** The next rows, or null when every row was given. */
  next(): RowBatch | null;
  /** How far reading has got, 0..1. */
  readonly fraction: number;
  /** How the rows were read; complete once the first batch is out. */
  readonly source: ImportSource;
  /** Problems met while reading (an unclosed quote...), so far. */
  readonly problems: Message[];
  /** Problems that stop the whole import (an empty or non-text file, rows lost), so far. */
  readonly fatal?: readonly Message[];
  /** A guess at the number of rows, to size tables once. */
  readonly expectedRows?: number;
  /**
   * Rows whose quoting is broken, so their cells may have merged or shifted: each is an error and
   * is not imported, filled in as rows are read.
   */
  readonly brokenRows?: ReadonlyMap<number, Message>;
}

/**
 * Thrown by a source that found, part-way, that it read the file wrongly (a byte that is not
 * UTF-8 after a first megabyte that was): the job starts again on `restarted`.
 */
export class RestartImport extends Error {
  constructor(readonly restarted: RowSource) {
    super("restart the import");
  }
}

const GRID_BATCH = 2000;

export class GridSource implements RowSource {
  readonly problems: Message[] = [];
  private next_ = 0;

  constructor(
    private readonly grid: ImportGrid,
    readonly source: ImportSource,
  ) {}

  next(): RowBatch | null {
    if (this.next_ >= this.grid.length) return null;
    const start = this.next_;
    this.next_ = Math.min(this.grid.length, start + GRID_BATCH);
    return { rows: this.grid.slice(start, this.next_), firstRow: start + 1 };
  }

  get fraction(): number {
    return this.grid.length === 0 ? 1 : this.next_ / this.grid.length;
  }

  get expectedRows(): number {
    return this.grid.length;
  }
}
