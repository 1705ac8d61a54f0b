/**
 * The change history of the opinion log (`Lịch sử ý kiến`): who changed which opinion, when, which
 * column, from what to what. One row per changed column, written as one block per action by the
 * server (addon/server/sheets/log-tab.ts); pure rows here.
 */
import { type CivilDate, type CivilTime, pad2 } from "../dates/civil.ts";
import { OPINIONS_TAB } from "../schema/tabs.ts";
import type { TypedValue } from "../workbook/typed.ts";
import type { OpinionPatch } from "./edit.ts";
import type { OpinionValues } from "./opinions.ts";

export const OPINION_HISTORY_TAB = "Lịch sử ý kiến";
export const OPINION_HISTORY_HEADERS = [
  "Thời điểm",
  "Người thay đổi",
  "Mã ý kiến",
  "Cột",
  "Giá trị cũ",
  "Giá trị mới",
] as const;
export const OPINION_HISTORY_PROTECTION = "Đối thoại: lịch sử thay đổi ý kiến (chỉ phần mềm ghi)";
/** Who changed it, when the sidebar or the call did not say. */
export const UNKNOWN_AUTHOR = "(không rõ)";

/** Columns the software stamps on every change: not history themselves. */
const STAMPS = new Set(["updatedAt", "updatedBy", "opinionId"]);

/** A typed value as the history shows it: dates dd/mm/yyyy, ticks Có/Không. */
export function historyText(value: TypedValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "object" && "year" in value) {
    const d = value as CivilDate;
    return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
  }
  if (typeof value === "object") {
    const t = value as CivilTime;
    return `${pad2(t.hour)}:${pad2(t.minute)}`;
  }
  return String(value);
}

/** The rows for one opinion: `before` null for a new one. Unchanged values write nothing. */
export function historyRows(
  at: string,
  by: string,
  id: string,
  before: OpinionValues | null,
  patch: OpinionPatch,
): string[][] {
  const rows: string[][] = [];
  for (const column of OPINIONS_TAB.columns) {
    if (STAMPS.has(column.key) || !Object.hasOwn(patch, column.key)) continue;
    const from = historyText(before ? (before as Record<string, TypedValue>)[column.key] : null);
    const to = historyText((patch as Record<string, TypedValue>)[column.key]);
    if (from === to) continue;
    rows.push([at, by || UNKNOWN_AUTHOR, id, column.header, from, to]);
  }
  return rows;
}
