/**
 * The `Văn bản` log tab: one row per Doc made (when, which, its link, who, where it is), so the
 * link is in the workbook whatever Drive folder the Doc sits in, and the sidebar can list it
 * again after it is closed. Append-only, like the import history (sheets/log-tab.ts).
 */
import { pad2 } from "../../../shared/dates/civil.ts";
import { cellText } from "../../../shared/workbook/cells.ts";
import type { DocumentLogEntry } from "../../rpc/document-actions.ts";
import type { ServerContext } from "../context.ts";
import { appendLogRows, ensureLogSheet, findLogSheet } from "../sheets/log-tab.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { TEXT_FORMAT } from "../table/write-cells.ts";

export const DOCUMENT_LOG_TAB = "Văn bản";
const HEADERS = ["Thời điểm tạo", "Văn bản", "Liên kết", "Người tạo", "Nơi lưu"] as const;
const PROTECTION = "Đối thoại: danh sách văn bản đã tạo";
export const IN_MY_DRIVE = "Drive của tôi (người tạo)";
export const BESIDE_SPREADSHEET = "Thư mục của bảng tính";
const LISTED = 20;

/** "16/06/2026 09:00:05", in the script's zone, as text (never re-read as a date). */
export function logMoment(date: Date): string {
  const day = `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${day} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

export function recordDocument(
  ctx: ServerContext,
  entry: DocumentLogEntry & { inSpreadsheetFolder: boolean },
): void {
  const sheet = ensureLogSheet(ctx, DOCUMENT_LOG_TAB, HEADERS, PROTECTION);
  const place = entry.inSpreadsheetFolder ? BESIDE_SPREADSHEET : IN_MY_DRIVE;
  appendLogRows(
    sheet,
    [[entry.createdAt, entry.name, entry.url, entry.by, place]],
    HEADERS.map(() => TEXT_FORMAT),
    PROTECTION,
  );
}

/** The latest entries, newest first; an empty list before the first Doc. One read. */
export function listDocuments(ctx: ServerContext): DocumentLogEntry[] {
  const sheet = findLogSheet(ctx, DOCUMENT_LOG_TAB);
  if (!sheet) return [];
  return readWholeSheet(sheet)
    .slice(1)
    .map((row) => ({
      createdAt: cellText(row[0]),
      name: cellText(row[1]),
      url: cellText(row[2]),
      by: cellText(row[3]),
    }))
    .filter((entry) => entry.url !== "")
    .slice(-LISTED)
    .reverse();
}
