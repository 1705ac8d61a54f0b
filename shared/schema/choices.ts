/**
 * The product's own fixed vocabularies. Everything particular to an office (its KDC, TDP, fields,
 * answering leaders, competent levels) lives in the `Danh mục` tab instead.
 */

/** How a category's invitees are counted (tab `Thành phần`, column `Cách tính`). */
export const COUNT_METHODS = {
  listed: "Theo danh sách",
  perKdc: "Mỗi KDC",
  perTdp: "Mỗi TDP",
  residentsPerKdc: "Dân cư mỗi KDC",
} as const;
export type CountMethod = keyof typeof COUNT_METHODS;

/** How an opinion reached the conference. */
export const OPINION_CHANNELS = { slip: "Phiếu", direct: "Trực tiếp" } as const;
export type OpinionChannel = keyof typeof OPINION_CHANNELS;

/** The opinion lifecycle of domain.md; "overdue" is computed from the due date, never a status. */
export const OPINION_STATUSES = {
  received: "Đã tiếp nhận",
  assigned: "Đã giao xử lý",
  answeredAtMeeting: "Đã trả lời tại hội nghị",
  inProgress: "Đang giải quyết",
  answered: "Đã trả lời",
  forwarded: "Đã chuyển cấp có thẩm quyền",
  outsideJurisdiction: "Không thuộc thẩm quyền",
  merged: "Đã gộp",
  withdrawn: "Đã rút",
} as const;
export type OpinionStatus = keyof typeof OPINION_STATUSES;

export const SALUTATIONS = ["Ông", "Bà", "Đồng chí"] as const;
export const GENDERS = ["Nam", "Nữ"] as const;

/** Placeholders a category's wording may hold, replaced by counts from `Danh mục`. */
export const CATEGORY_PLACEHOLDERS = {
  kdcCount: "{số KDC}",
  tdpCount: "{số TDP}",
  perKdc: "{số người}",
} as const;
