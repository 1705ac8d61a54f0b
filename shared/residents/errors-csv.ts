/**
 * The rows that could not be imported, as a CSV to fix and import again: the original cells under
 * the original header, the row number in front and the reasons at the end (both are columns the
 * import does not know, so a corrected file imports as is). UTF-8 with BOM and CRLF, as Excel
 * expects. Cells that a spreadsheet would run as a formula get a leading apostrophe, which the
 * import strips again. Nothing sensitive leaves this way: the refused Dân tộc / Tôn giáo columns
 * are left out (header and cells), and ID numbers show their last three digits only (the reason
 * says what is wrong with one; the clerk corrects it in the original file).
 */
import type { Message } from "../i18n/index.ts";
import { maskIdNumber } from "../templates/mask.ts";
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
  preview: Pick<ImportPreview, "headerCells" | "rejected" | "errors" | "columns">,
  format: (message: Message) => string,
  labels: ErrorsCsvLabels,
): string {
  const reasons = new Map<number, string[]>();
  for (const error of preview.errors) {
    const list = reasons.get(error.row) ?? [];
    const reason = format(withoutIdNumber(error.message));
    list.push(error.column ? `${error.column}: ${reason}` : reason);
    reasons.set(error.row, list);
  }
  const sensitive = new Set(preview.columns.filter((c) => c.sensitive).map((c) => c.index));
  const ids = new Set(preview.columns.filter((c) => c.target === "idNumber").map((c) => c.index));
  const width = preview.headerCells.length;
  const kept = (c: number) => !sensitive.has(c);
  const header = preview.headerCells.filter((_, c) => kept(c));
  const lines = [[labels.row, ...header, labels.errors].map(csvField).join(",")];
  for (const { row, cells } of preview.rejected) {
    const values: string[] = [];
    for (let c = 0; c < Math.max(width, cells.length); c++) {
      if (!kept(c)) continue;
      const text = rawText(cells[c]);
      values.push(ids.has(c) ? maskIdNumber(text) : text);
    }
    lines.push([String(row), ...values, (reasons.get(row) ?? []).join("; ")].map(csvField).join(","));
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** Messages about an ID number quote it: the file keeps its last digits only. */
const ID_MESSAGES = new Set(["import.badId", "import.idScientific", "import.idZeroRestored"]);

function withoutIdNumber(message: Message): Message {
  if (!ID_MESSAGES.has(message.key) || !message.params) return message;
  const params = { ...message.params };
  for (const name of ["value", "restored"]) {
    const value = params[name];
    if (value !== undefined) params[name] = maskIdNumber(String(value));
  }
  return { ...message, params };
}

/** The cell as the user typed it (not normalised), minus control characters. */
function rawText(cell: Parameters<typeof cleanCell>[0]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  if (typeof cell === "string") return cell.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  return cleanCell(cell);
}
