/**
 * The one CSV reader: a delimited file's bytes to a grid of strings, through the same source the
 * import reads (csv/source.ts: encoding, separator and line break detected, papaparse doing the
 * quoting). The import takes its rows batch by batch; the extension and tests take the whole grid.
 * Blank lines stay as rows, so that row numbers are the rows a spreadsheet shows.
 */
import type { Message } from "../../i18n/index.ts";
import { type ImportSource, RestartImport, type RowSource } from "../source.ts";
import type { ImportGrid } from "../types.ts";
import { type DelimitedOptions, DelimitedSource } from "./source.ts";

export interface DelimitedGrid {
  grid: ImportGrid;
  source: ImportSource;
  /** Quote problems, by row. */
  problems: Message[];
}

export function readDelimited(bytes: Uint8Array, options: DelimitedOptions): DelimitedGrid {
  let source: RowSource = new DelimitedSource(bytes, options);
  for (;;) {
    try {
      const grid: ImportGrid = [];
      for (let batch = source.next(); batch !== null; batch = source.next()) {
        for (const row of batch.rows) grid.push(row);
      }
      return { grid, source: source.source, problems: source.problems };
    } catch (error) {
      // The file stopped being UTF-8 part-way: read again as what it is.
      if (!(error instanceof RestartImport)) throw error;
      source = error.restarted;
    }
  }
}
