/**
 * A second conference, written here rather than taken from examples/: a commune (xã Hòa Phong)
 * meeting on 15/01/2026, its own lists, and the opinion log at any size. Actions run through the
 * RPC dispatch (JSON in and out, as google.script.run) on the emulated services, one execution
 * (own counter, own lock holder) per call.
 */
import type { ActionName } from "../../../addon/rpc/contract.ts";
import type { RpcResult } from "../../../addon/rpc/envelope.ts";
import { dispatch } from "../../../addon/server/rpc.ts";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { CATALOGUE_TAB, OPINIONS_TAB } from "../../../shared/schema/tabs.ts";
import { execution, headersOf, rowOf } from "../table/context.ts";

export const CONFERENCE_ROWS: string[][] = [
  ["Mục", "Giá trị", "Chi tiết", "Ghi chú"],
  ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN XÃ HÒA PHONG", "", ""],
  ["Tên cơ quan trong văn bản", "UBND xã Hòa Phong", "", ""],
  ["Ký hiệu cơ quan", "UBND", "", ""],
  ["Cấp", "xã", "", ""],
  ["Địa danh", "Hòa Phong", "", ""],
  ["Trích yếu", "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026", "", ""],
  ["Chủ trì", "Trần Văn Bình", "Chủ tịch UBND xã", ""],
  ["Thư ký", "Lê Thị Hoa", "Văn phòng HĐND và UBND xã", ""],
  ["Ngày hội nghị", "15/01/2026", "", ""],
  ["Giờ bắt đầu", "14:00", "", ""],
  ["Địa điểm", "Hội trường UBND xã", "", ""],
  ["Chương trình", "Chủ tịch UBND xã báo cáo tình hình kinh tế - xã hội.", "", ""],
  ["Hạn báo cáo", "30/01/2026", "", ""],
];

const CATALOGUE: Record<string, string>[] = [
  { kdc: "KDC Phong Nam", tdp: "Tổ 1", field: "Đất đai", answerer: "Chủ tịch UBND xã", level: "Xã" },
  { kdc: "KDC Phong Nam", tdp: "Tổ 2", field: "Môi trường", answerer: "Công an xã", level: "Tỉnh" },
  { kdc: "KDC Phong Bắc", tdp: "Tổ 3", field: "Giao thông", answerer: "Công chức Địa chính", level: "" },
];

export function catalogueRows(): unknown[][] {
  const headers = headersOf(CATALOGUE_TAB);
  return [headers, ...CATALOGUE.map((row) => CATALOGUE_TAB.columns.map((c) => row[c.key] ?? ""))];
}

/** The commune's workbook with `count` opinions already logged (YK-001...). */
export function communeWorkbook(count = 0, conferenceRows = CONFERENCE_ROWS): EmulatedWorkbook {
  const opinions = Array.from({ length: count }, (_, i) =>
    rowOf(OPINIONS_TAB, {
      "Mã ý kiến": `YK-${String(i + 1).padStart(3, "0")}`,
      "Hội nghị ngày": "15/01/2026",
      "Hình thức": i % 2 === 0 ? "Phiếu" : "Trực tiếp",
      "Người nêu": `Người nêu ${i + 1}`,
      "Nội dung": `Kiến nghị số ${i + 1} về đường thôn`,
      "Lĩnh vực": "Giao thông",
      "Trạng thái": "Đã tiếp nhận",
    }),
  );
  return EmulatedWorkbook.fromData({
    name: "Hòa Phong 2026",
    sheets: [
      { name: "Hội nghị", values: conferenceRows, frozenRows: 1 },
      { name: "Danh mục", values: catalogueRows(), frozenRows: 1 },
      {
        name: "Ý kiến",
        values: [headersOf(OPINIONS_TAB), ...opinions],
        maxRows: count + 101,
        frozenRows: 1,
      },
    ],
  });
}

export interface Called<T> {
  result: RpcResult<T>;
  calls: number;
  counts: Record<string, number>;
}

/** One action as one google.script.run call would run it. */
export function call<T = unknown>(
  workbook: EmulatedWorkbook,
  action: ActionName | string,
  input: unknown = null,
  now = new Date(2026, 0, 15, 15, 0),
): Called<T> {
  const run = execution(workbook, now);
  try {
    const result = dispatch(run.ctx, action, input) as RpcResult<T>;
    return { result, calls: run.counter.total, counts: run.counter.snapshot() };
  } finally {
    run.end();
  }
}

/** The value of a successful call; a failure throws with its messages. */
export function ok<T>(called: Called<T>): T {
  if (!called.result.ok) throw new Error(JSON.stringify(called.result.messages));
  return called.result.value;
}

export function column(workbook: EmulatedWorkbook, tab: string, header: string): unknown[] {
  const values = workbook.sheetByName(tab)?.values() ?? [];
  const index = (values[0] ?? []).indexOf(header);
  return values.slice(1).map((row) => row[index]);
}
