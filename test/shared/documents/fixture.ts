/**
 * A second conference, unlike the sample in every fact: a commune (xã) under the 2025 law, three
 * chairs (Party secretary, People's Council chair, committee chair), no supervising body, more
 * areas than the sample, held and reported in January (dates with leading zeros), any number of
 * opinions and attendees. Built as plain grids, as a snapshot.
 */
import type { Grid } from "../../../shared/workbook/cells.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";

export const OTHER = {
  issuingBody: "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
  /** The committee chair, who signs the plan and the report. */
  chair: "Phạm Văn Bình",
  /** The first chair listed, who presides unless a `Chủ tọa` row says otherwise. */
  partySecretary: "Nguyễn Thị Lan",
  councilChair: "Trần Quốc Việt",
  secretary: "Đỗ Thị Hoa",
  kdc: 21,
  tdp: 64,
  perKdc: 3,
  leaders: 4,
};

export type FactRow = [label: string, value: string, detail: string];

function conferenceGrid(overrides: Record<string, string | null> = {}, extra: FactRow[] = []): Grid {
  const rows: [string, string, string][] = [
    ["Cơ quan ban hành", OTHER.issuingBody, ""],
    ["Tên cơ quan trong văn bản", "UBND xã An Phú", ""],
    ["Ký hiệu cơ quan", "UBND", ""],
    ["Cấp", "xã", ""],
    ["Địa danh", "An Phú", ""],
    ["Số kế hoạch", "7", ""],
    ["Ngày kế hoạch", "21/12/2026", ""],
    [
      "Trích yếu",
      "Tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã với Nhân dân đầu năm 2027, nhiệm kỳ 2026-2031",
      "",
    ],
    ["Căn cứ", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025", ""],
    ["Căn cứ", "Căn cứ Chương trình công tác năm 2026 của UBND xã An Phú", ""],
    ["Chủ trì", OTHER.partySecretary, "Bí thư Đảng ủy xã"],
    ["Chủ trì", OTHER.councilChair, "Chủ tịch HĐND xã"],
    ["Chủ trì", OTHER.chair, "Chủ tịch UBND xã"],
    ["Thư ký", OTHER.secretary, "Văn phòng HĐND và UBND xã"],
    ["Ngày hội nghị", "05/01/2027", ""],
    ["Giờ bắt đầu", "14:00", ""],
    ["Giờ kết thúc", "16:30", ""],
    ["Địa điểm", "Hội trường UBND xã An Phú", ""],
    ["Chương trình", "Khai mạc, giới thiệu đại biểu.", ""],
    ["Chương trình", "Chủ tịch UBND xã báo cáo tình hình kinh tế - xã hội.", ""],
    ["Chương trình", "Nhân dân phát biểu ý kiến; lãnh đạo xã trả lời.", ""],
    [
      "Nhiệm vụ",
      "Văn phòng HĐND và UBND xã",
      "Chuẩn bị hội trường, tài liệu và báo cáo kết quả đến {Nơi nhận báo cáo} trước ngày {Hạn báo cáo}.",
    ],
    ["Nhiệm vụ", "", "Công an xã bảo đảm an ninh trật tự tại hội nghị."],
    ["Nơi nhận", "Thường trực Đảng ủy, HĐND xã", ""],
    ["Nơi nhận", "Trưởng {số KDC} thôn", ""],
    ["Nơi nhận", "Lưu: VT", ""],
    ["Thẩm quyền ký", "TM. ỦY BAN NHÂN DÂN", ""],
    ["Chức vụ người ký", "CHỦ TỊCH", ""],
    ["Người ký", OTHER.chair, ""],
    ["Số biên bản", "3", ""],
    ["Ngày báo cáo", "08/01/2027", ""],
    ["Hạn báo cáo", "09/01/2027", ""],
    ["Nơi nhận báo cáo", "Thường trực HĐND tỉnh", ""],
    ["Nơi nhận báo cáo", "UBND tỉnh", ""],
  ];
  const out: Grid = [["Mục", "Giá trị", "Chi tiết", "Ghi chú"]];
  for (const [label, value, detail] of rows) {
    if (label in overrides) {
      const v = overrides[label];
      if (v === null || v === undefined) continue;
      out.push([label, v, detail, ""]);
    } else out.push([label, value, detail, ""]);
  }
  for (const [label, value, detail] of extra) out.push([label, value, detail, ""]);
  return out;
}

const FIELDS = ["Giao thông nông thôn", "Đất đai", "Thủy lợi", "Chính sách"];
const LEVELS = ["Xã", "Tỉnh"];
const STATUSES = ["Đã trả lời tại hội nghị", "Đang giải quyết", "Đã chuyển cấp có thẩm quyền", "Đã gộp"];

export interface FixtureOptions {
  opinions?: number;
  /** Listed leaders of the commune (besides the per-area categories). */
  leaders?: number;
  facts?: Record<string, string | null>;
  /** Rows added at the end of `Hội nghị`. */
  extraFacts?: FactRow[];
  /** Rows added at the end of `Thành phần`. */
  extraCategories?: string[][];
}

export function otherSnapshot(options: FixtureOptions = {}): WorkbookSnapshot {
  const kdcs = Array.from({ length: OTHER.kdc }, (_, i) => `Thôn ${i + 1}`);
  const catalogue: Grid = [["Khu dân cư", "Tổ dân phố", "Lĩnh vực", "Người trả lời", "Cấp thẩm quyền"]];
  for (let i = 0; i < OTHER.tdp; i++)
    catalogue.push([
      kdcs[i % OTHER.kdc] ?? "",
      `Xóm ${i + 1}`,
      FIELDS[i] ?? "",
      i === 0 ? "Chủ tịch UBND xã" : "",
      LEVELS[i] ?? "",
    ]);

  const categories: Grid = [
    ["Thành phần", "Cách ghi trong kế hoạch", "Cách tính", "Vai trò", "Số người mỗi KDC", "Ghi chú"],
    ["Lãnh đạo xã", "Thường trực Đảng ủy, HĐND, UBND xã", "Theo danh sách", "", "", ""],
    ["Trưởng thôn", "Trưởng {số KDC} thôn", "Mỗi KDC", "Trưởng thôn", "", ""],
    ["Tổ trưởng", "Tổ trưởng {số TDP} xóm", "Mỗi TDP", "Tổ trưởng", "", ""],
    ["Người dân", "Nhân dân (mỗi thôn {số người} người)", "Dân cư mỗi KDC", "", String(OTHER.perKdc), ""],
    ...(options.extraCategories ?? []),
  ];

  const roster: Grid = [
    ["Danh xưng", "Họ và tên", "Chức vụ", "Đơn vị", "Thành phần", "KDC", "TDP", "Có mặt"],
  ];
  const leaders = options.leaders ?? OTHER.leaders;
  for (let i = 0; i < leaders; i++)
    roster.push(["Ông", `Lãnh đạo ${i + 1}`, "Phó Chủ tịch UBND xã", "", "Lãnh đạo xã", "", "", "TRUE"]);
  kdcs.forEach((kdc, i) => {
    roster.push([
      "Ông",
      `Trưởng thôn ${i + 1}`,
      "Trưởng thôn",
      "",
      "Trưởng thôn",
      kdc,
      "",
      i % 2 === 0 ? "TRUE" : "",
    ]);
  });
  for (let i = 0; i < OTHER.tdp; i++)
    roster.push([
      "Bà",
      `Tổ trưởng ${i + 1}`,
      "Tổ trưởng",
      "",
      "Tổ trưởng",
      kdcs[i % OTHER.kdc] ?? "",
      `Xóm ${i + 1}`,
      "TRUE",
    ]);
  kdcs.forEach((kdc, k) => {
    for (let j = 0; j < OTHER.perKdc; j++)
      roster.push([
        "Ông",
        `Người dân ${k + 1}.${j + 1}`,
        "",
        "",
        "Người dân",
        kdc,
        "",
        j === 0 ? "TRUE" : "FALSE",
      ]);
  });

  const opinions: Grid = [
    [
      "Mã ý kiến",
      "Hình thức",
      "Người nêu",
      "Ẩn danh",
      "TDP",
      "KDC",
      "Nội dung",
      "Lĩnh vực",
      "Thẩm quyền",
      "Người trả lời",
      "Nội dung trả lời",
      "Trạng thái",
      "Đơn vị xử lý",
      "Hạn xử lý",
      "Chuyển đến",
      "Số văn bản chuyển",
      "Gộp vào",
    ],
  ];
  for (let i = 0; i < (options.opinions ?? 6); i++) {
    const status = STATUSES[i % STATUSES.length] ?? "";
    opinions.push([
      `YK-${String(i + 1).padStart(3, "0")}`,
      i % 3 === 0 ? "Trực tiếp" : "Phiếu",
      i % 5 === 4 ? "" : `Người hỏi ${i + 1}`,
      i % 5 === 4 ? "TRUE" : "FALSE",
      `Xóm ${(i % OTHER.tdp) + 1}`,
      "",
      `Kiến nghị số ${i + 1} về đường liên thôn`,
      FIELDS[i % FIELDS.length] ?? "",
      LEVELS[i % 7 === 6 ? 1 : 0] ?? "",
      "Chủ tịch UBND xã",
      `Trả lời kiến nghị số ${i + 1}`,
      status,
      status === "Đang giải quyết" ? "Công chức Địa chính" : "",
      status === "Đang giải quyết" ? (i % 8 === 1 ? "31/01/2027" : "07/01/2027") : "",
      status === "Đã chuyển cấp có thẩm quyền" ? "Sở Xây dựng" : "",
      status === "Đã chuyển cấp có thẩm quyền" ? "12/UBND" : "",
      status === "Đã gộp" ? "YK-001" : "",
    ]);
  }
  return {
    tabs: new Map<string, Grid>([
      ["Hội nghị", conferenceGrid(options.facts, options.extraFacts)],
      ["Thành phần", categories],
      ["Đại biểu", roster],
      ["Ý kiến", opinions],
      ["Danh mục", catalogue],
    ]),
  };
}
