/**
 * A delimited text file into a grid of strings, with papaparse doing the quoting: separators and
 * line breaks inside quoted values, doubled quotes, CRLF. Blank lines stay in the grid so that row
 * numbers are the rows a spreadsheet shows; only the empty line after the last newline is dropped.
 */
import Papa from "papaparse/papaparse.min.js";
import { type Message, msg } from "../../i18n/index.ts";
import type { ImportGrid } from "../types.ts";
import { type Delimiter, detectDelimiter } from "./delimiter.ts";

export interface CsvGrid {
  grid: ImportGrid;
  delimiter: Delimiter;
  problems: Message[];
}

/** The file's line break, from its first one (papaparse would otherwise scan for it again). */
export function lineBreak(text: string): string {
  const lf = text.indexOf("\n");
  if (lf < 0) return text.includes("\r") ? "\r" : "\n";
  const cr = text.indexOf("\r");
  if (cr >= 0 && cr < lf - 1) return "\r";
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
}

export function parseDelimited(text: string, wanted: Delimiter | "auto" = "auto"): CsvGrid {
  const delimiter = wanted === "auto" ? detectDelimiter(text) : wanted;
  const result = Papa.parse(text, {
    delimiter,
    newline: lineBreak(text),
    header: false,
    skipEmptyLines: false,
  });
  const grid: ImportGrid = result.data;
  const last = grid[grid.length - 1];
  if (last && last.length === 1 && last[0] === "" && text.charCodeAt(text.length - 1) === 10) grid.pop();
  const problems: Message[] = [];
  for (const error of result.errors) {
    const row = (error.row ?? 0) + 1;
    if (error.code === "MissingQuotes") problems.push(msg("import.unclosedQuote", { row }));
    else if (error.code === "InvalidQuotes") problems.push(msg("import.badQuotes", { row }));
  }
  return { grid, delimiter, problems };
}
