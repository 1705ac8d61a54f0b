/**
 * The rows that could not be imported, as a CSV to fix and import again: the original cells under
 * the original header, the row number in front and the reasons at the end (both are columns the
 * import does not know, so a corrected file imports as is). UTF-8 with BOM and CRLF, as Excel
 * expects. Cells that a spreadsheet would run as a formula get a leading apostrophe, which the
 * import strips again.
 */
import type { Message } from "../i18n/index.ts";
import { looksLikeFormula } from "../workbook/cells.ts";
import { cleanCell } from "./clean.ts";
import type { ImportPreview } from "./pipeline.ts";

export interface ErrorsCsvLabels {
  row: string;
  errors: string;
}

export function csvField(text: string): string {
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function errorsCsv(
  preview: Pick<ImportPreview, "headerCells" | "rejected" | "errors">,
  format: (message: Message) => string,
  labels: ErrorsCsvLabels,
): string {
  const reasons = new Map<number, string[]>();
  for (const error of preview.errors) {
    const list = reasons.get(error.row) ?? [];
    list.push(error.column ? `${error.column}: ${format(error.message)}` : format(error.message));
    reasons.set(error.row, list);
  }
  const width = preview.headerCells.length;
  const lines = [[labels.row, ...preview.headerCells, labels.errors].map(csvField).join(",")];
  for (const { row, cells } of preview.rejected) {
    const values: string[] = [];
    for (let c = 0; c < Math.max(width, cells.length); c++) values.push(rawText(cells[c]));
    lines.push([String(row), ...values, (reasons.get(row) ?? []).join("; ")].map(csvField).join(","));
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** The cell as the user typed it (not normalised), minus control characters. */
function rawText(cell: Parameters<typeof cleanCell>[0]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  if (typeof cell === "string") return cell.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  return cleanCell(cell);
}
