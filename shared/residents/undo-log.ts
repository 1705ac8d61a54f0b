/**
 * The import history, kept in the workbook itself so that any later session can undo a batch
 * (document properties hold 500 KB in all, far less than the undo data of a 40,000-row import):
 * - `Lịch sử nhập dân cư`: one row per batch, for staff to read (when, which file, counts, status);
 * - `Dữ liệu hoàn tác nhập`: one row per added resident (its `Mã dân cư`) and one per updated
 *   resident (JSON of each changed column: [value before, value written]).
 * Pure encoding and decoding here; the server reads and writes the two tabs.
 */
import { type CellValue, type Grid, isDateValue } from "../workbook/cells.ts";
import { type MergePlan, type RegisterKey, registerText } from "./merge.ts";

export const HISTORY_TAB = "Lịch sử nhập dân cư";
export const HISTORY_HEADERS = [
  "Lần nhập",
  "Thời điểm",
  "Tệp",
  "Bảng mã",
  "Số dòng",
  "Thêm",
  "Cập nhật",
  "Không đổi",
  "Trùng trong tệp",
  "Trạng thái",
] as const;
export const UNDO_TAB = "Dữ liệu hoàn tác nhập";
export const UNDO_HEADERS = ["Lần nhập", "Loại", "Mã dân cư", "Dữ liệu"] as const;
export const UNDO_KIND = { added: "Thêm", updated: "Sửa" } as const;
export const STATUS_DONE = "Đã nhập";
export const STATUS_UNDONE = "Đã hoàn tác";

export interface BatchSummary {
  batchId: string;
  /** "dd/mm/yyyy hh:mm:ss" in the script's time zone. */
  at: string;
  source: string;
  encoding: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
}

export interface HistoryEntry extends BatchSummary {
  /** 0-based index of the batch's row in the history grid. */
  index: number;
  undone: boolean;
}

export interface BatchChanges {
  added: string[];
  updated: { residentId: string; changes: Partial<Record<RegisterKey, [CellValue, string]>> }[];
}

/** A cell's value as JSON: a Date keeps its instant. */
type Encoded = string | number | boolean | { $date: number };

export function encodeCell(value: CellValue): Encoded {
  if (isDateValue(value)) return { $date: value.getTime() };
  return value;
}

export function decodeCell(value: unknown): CellValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "$date" in value && typeof value.$date === "number")
    return new Date(value.$date);
  return "";
}

export function historyRow(summary: BatchSummary): (string | number)[] {
  return [
    summary.batchId,
    summary.at,
    summary.source,
    summary.encoding,
    summary.rows,
    summary.added,
    summary.updated,
    summary.unchanged,
    summary.duplicates,
    STATUS_DONE,
  ];
}

export function undoRows(batchId: string, plan: MergePlan): string[][] {
  const rows: string[][] = [];
  for (const add of plan.added) rows.push([batchId, UNDO_KIND.added, add.residentId, ""]);
  for (const update of plan.updated) {
    const changes: Record<string, [Encoded, string]> = {};
    for (const change of update.changes) changes[change.key] = [encodeCell(change.old), change.value];
    rows.push([batchId, UNDO_KIND.updated, update.residentId, JSON.stringify(changes)]);
  }
  return rows;
}

const count = (cell: CellValue | undefined): number => {
  const n = Number(registerText(cell));
  return Number.isFinite(n) ? n : 0;
};

/** The batches, oldest first. */
export function readHistory(grid: Grid): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const batchId = registerText(row[0]);
    if (batchId === "") continue;
    entries.push({
      batchId,
      at: registerText(row[1]),
      source: registerText(row[2]),
      encoding: registerText(row[3]),
      rows: count(row[4]),
      added: count(row[5]),
      updated: count(row[6]),
      unchanged: count(row[7]),
      duplicates: count(row[8]),
      undone: registerText(row[9]).startsWith(STATUS_UNDONE),
      index: r,
    });
  }
  return entries;
}

/** What one batch did, from the undo tab; rows that do not parse are skipped. */
export function readBatchChanges(grid: Grid, batchIds: ReadonlySet<string>): Map<string, BatchChanges> {
  const batches = new Map<string, BatchChanges>();
  for (const id of batchIds) batches.set(id, { added: [], updated: [] });
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const batch = batches.get(registerText(row[0]));
    const residentId = registerText(row[2]);
    if (!batch || residentId === "") continue;
    const kind = registerText(row[1]);
    if (kind === UNDO_KIND.added) batch.added.push(residentId);
    else if (kind === UNDO_KIND.updated) {
      const changes = parseChanges(registerText(row[3]));
      if (changes) batch.updated.push({ residentId, changes });
    }
  }
  return batches;
}

function parseChanges(data: string): Partial<Record<RegisterKey, [CellValue, string]>> | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return null;
    const changes: Partial<Record<RegisterKey, [CellValue, string]>> = {};
    for (const [key, pair] of Object.entries(value as Record<string, unknown>)) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== "string") continue;
      changes[key as RegisterKey] = [decodeCell(pair[0]), pair[1]];
    }
    return changes;
  } catch {
    return null;
  }
}
