/**
 * Finding a tab's columns by header text, tolerant of case, spacing and diacritics, never by
 * position. Columns staff added are reported as extra and left alone.
 */
import { type Message, msg } from "../i18n/index.ts";
import type { ColumnSpec, TabSpec } from "../schema/types.ts";
import { foldKey } from "../text/fold.ts";
import { type CellValue, cellText } from "./cells.ts";

export interface ColumnLayout {
  /** 0-based index of each schema column found, by column key. */
  indexByKey: Map<string, number>;
  missing: ColumnSpec[];
  /** Headers that are not in the schema (kept, never touched). */
  extra: { index: number; header: string }[];
  problems: Message[];
  /** Width of the header row up to its last non-blank header. */
  width: number;
}

export function headerKeys(column: ColumnSpec): string[] {
  return [column.header, ...(column.aliases ?? [])].map(foldKey);
}

export function locateColumns(tab: TabSpec, headerRow: readonly CellValue[]): ColumnLayout {
  const indexByKey = new Map<string, number>();
  const extra: { index: number; header: string }[] = [];
  const problems: Message[] = [];
  const byFolded = new Map<string, ColumnSpec>();
  for (const column of tab.columns) for (const key of headerKeys(column)) byFolded.set(key, column);

  let width = 0;
  headerRow.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === "") return;
    width = index + 1;
    const column = byFolded.get(foldKey(header));
    if (!column) {
      extra.push({ index, header });
      return;
    }
    const first = indexByKey.get(column.key);
    if (first !== undefined) {
      problems.push(
        msg("workbook.duplicateColumn", {
          tab: tab.name,
          column: column.header,
          first: columnLetter(first),
          second: columnLetter(index),
        }),
      );
      return;
    }
    indexByKey.set(column.key, index);
  });
  const missing = tab.columns.filter((column) => !indexByKey.has(column.key));
  return { indexByKey, missing, extra, problems, width };
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
