/**
 * The computed fields an office's wording rows in `Hội nghị` may hold ({Hạn báo cáo}, {Chủ trì}...).
 * One list: the built-in documents fill wording rows with it (documents/text.ts) and Word templates
 * get the very same names with the very same values (templates/fields.ts), so a clerk learns one
 * set of words.
 */
import type { CivilDate } from "../dates/civil.ts";
import { formatShortDate } from "../dates/vietnamese.ts";
import { joinAnd } from "../documents/hosts.ts";
import type { AreaCounts } from "../roster/categories.ts";
import { CATEGORY_PLACEHOLDERS } from "../schema/choices.ts";

/** What the wording fields are computed from (documents/sources.ts placeholderValues). */
export interface PlaceholderValues {
  areas: AreaCounts;
  level: string;
  issuer: string;
  reportDeadline: CivilDate | null;
  startDate: CivilDate | null;
  /** The chairs by title, as the built-in wording names them (hosts.ts). */
  hosts: string;
  /** The title of who presides (`Chủ tọa`, else the first chair). */
  presiding: string;
  /** `Nơi nhận báo cáo`, one item per row. */
  reportRecipients: readonly string[];
}

export interface WordingField {
  /** The name as written between braces. */
  name: string;
  /** What it gives, for docs/templates.md (Vietnamese: the clerk's language). */
  note: string;
  /** Null when the workbook does not say yet: wording rows then keep the placeholder as written. */
  value(v: PlaceholderValues): string | null;
}

const braceless = (placeholder: string) => placeholder.replace(/[{}]/g, "");
const count = (n: number) => (n >= 0 && n < 10 ? `0${n}` : String(n));

export const WORDING_FIELDS: readonly WordingField[] = [
  {
    name: braceless(CATEGORY_PLACEHOLDERS.kdcCount),
    note: "Số khu dân cư trong Danh mục, hai chữ số (05).",
    value: (v) => count(v.areas.kdc),
  },
  {
    name: braceless(CATEGORY_PLACEHOLDERS.tdpCount),
    note: "Số tổ dân phố trong Danh mục, hai chữ số.",
    value: (v) => count(v.areas.tdp),
  },
  {
    name: "Hạn báo cáo",
    note: "Hạn báo cáo, dạng 20/3/2031.",
    value: (v) => (v.reportDeadline ? formatShortDate(v.reportDeadline) : null),
  },
  {
    name: "Ngày hội nghị",
    note: "Ngày hội nghị, dạng 12/3/2031.",
    value: (v) => (v.startDate ? formatShortDate(v.startDate) : null),
  },
  { name: "Cấp", note: "phường, xã hoặc đặc khu (mục Cấp).", value: (v) => v.level || null },
  {
    name: "Tên cơ quan",
    note: "Cách gọi cơ quan trong câu văn (mục Tên cơ quan trong văn bản).",
    value: (v) => v.issuer || null,
  },
  {
    name: "Chủ trì",
    note: "Những người chủ trì gọi theo chức vụ: “Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã”. Họ tên từng người: vòng lặp {#Chủ trì}{Giá trị}, {Chi tiết}{/Chủ trì}.",
    value: (v) => v.hosts || null,
  },
  {
    name: "Chủ tọa",
    note: "Chức vụ người chủ tọa (mục Chủ tọa, không có thì người chủ trì đầu tiên).",
    value: (v) => v.presiding || null,
  },
  {
    name: "Nơi nhận báo cáo",
    note: "Các nơi nhận báo cáo nối bằng dấu phẩy và chữ “và”.",
    value: (v) => joinAnd(v.reportRecipients.map((r) => r.trim().replace(/[;.]$/, ""))) || null,
  },
];
