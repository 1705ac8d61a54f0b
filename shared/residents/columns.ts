/**
 * Recognising a file's columns from their headers, folded (case, spacing, diacritics, "_", "/",
 * words in brackets): "HỌ VÀ TÊN", "Ho ten", "ho_ten" and "Họ và tên (*)" all feed the full name.
 * Ethnicity and religion are sensitive personal data with no place in this tool: such columns are
 * recognised only to be refused, whatever mapping the user picks.
 */
import { foldKey } from "../text/fold.ts";
import type { ColumnTarget, ImportCell, ImportColumn } from "./types.ts";

const SYNONYMS: Record<Exclude<ColumnTarget, "ignore">, readonly string[]> = {
  fullName: [
    "Họ và tên",
    "Họ tên",
    "Họ và tên công dân",
    "Họ tên công dân",
    "Tên công dân",
    "Họ tên người dân",
    "Full name",
    "Name",
  ],
  familyName: ["Họ và tên đệm", "Họ và chữ đệm", "Họ đệm", "Họ và đệm", "Họ", "Họ chữ lót", "Family name"],
  givenName: ["Tên", "Tên gọi", "Given name"],
  birthDate: [
    "Ngày sinh",
    "Năm sinh",
    "Ngày tháng năm sinh",
    "Ngày, tháng, năm sinh",
    "Sinh ngày",
    "NS",
    "Ngày/tháng/năm sinh",
    "Date of birth",
    "Birth date",
  ],
  gender: ["Giới tính", "Giới", "Nam/Nữ", "Nam nữ", "Phái", "Gender", "Sex"],
  idNumber: [
    "Số định danh cá nhân",
    "Số định danh",
    "Mã định danh",
    "Mã định danh cá nhân",
    "Định danh cá nhân",
    "Số CCCD",
    "CCCD",
    "Số CMND",
    "CMND",
    "CMND/CCCD",
    "CCCD/CMND",
    "Số CMND/CCCD",
    "Số CCCD/CMND",
    "Số căn cước",
    "Căn cước công dân",
    "Số căn cước công dân",
    "Chứng minh nhân dân",
    "Số chứng minh nhân dân",
    "Số CMT",
    "CMT",
    "ID",
  ],
  phone: [
    "Điện thoại",
    "SĐT",
    "Số điện thoại",
    "ĐT",
    "Số ĐT",
    "Di động",
    "Số di động",
    "Điện thoại liên hệ",
    "Điện thoại di động",
    "Phone",
  ],
  address: [
    "Địa chỉ",
    "Nơi thường trú",
    "Địa chỉ thường trú",
    "Thường trú",
    "Nơi ở hiện nay",
    "Nơi ở hiện tại",
    "Chỗ ở hiện nay",
    "Chỗ ở hiện tại",
    "Địa chỉ liên hệ",
    "Address",
  ],
  tdp: ["Tổ dân phố", "Tổ", "TDP", "Tổ DP", "Tổ số", "Tổ dân phố số"],
  kdc: ["Khu dân cư", "KDC", "Khu", "Khu dân cư số"],
};

/** Words that mark a column as sensitive wherever they appear in its header. */
const SENSITIVE_WORDS = ["dan toc", "ton giao", "tin nguong", "ethnicity", "religion"];

/** The comparison key of a header: folded, without bracketed notes or stars. */
export function headerKey(text: string): string {
  return foldKey(text.replace(/\([^)]*\)|\[[^\]]*\]|\*/g, " "));
}

const BY_KEY = new Map<string, ColumnTarget>();
for (const [target, names] of Object.entries(SYNONYMS) as [ColumnTarget, readonly string[]][]) {
  for (const name of names) BY_KEY.set(headerKey(name), target);
}

/**
 * Short forms of Dân tộc / Tôn giáo ("DT", "D.Tộc", "TG", "T.Giáo", "DT/TG"): a header made only of
 * these words is sensitive. Folding turns Đ into D, so "ĐT" (điện thoại) would read as "DT": the
 * key below keeps Đ apart as "dd" (the Telex spelling), and "ĐT" stays the phone.
 */
const SHORT_WORDS = new Set(["dt", "tg", "d", "t", "toc", "giao", "dtoc", "tgiao"]);

function shortFormKey(header: string): string {
  return headerKey(header.replace(/[đĐ]/g, "dd"));
}

export function isSensitiveHeader(header: string): boolean {
  const key = ` ${headerKey(header)} `;
  if (SENSITIVE_WORDS.some((word) => key.includes(` ${word} `))) return true;
  const short = shortFormKey(header);
  return short.length > 1 && short.split(" ").every((word) => SHORT_WORDS.has(word));
}

/** The target a header names, or null when it is not one of ours. */
export function targetOfHeader(header: string): ColumnTarget | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

export function headerText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * The columns of a header row, with the user's overrides (by 0-based column) applied. An override
 * never un-refuses a sensitive column.
 */
export function mapColumns(
  headerRow: readonly ImportCell[],
  overrides: Readonly<Record<number, ColumnTarget>> = {},
): ImportColumn[] {
  const columns: ImportColumn[] = [];
  headerRow.forEach((cell, index) => {
    const header = headerText(cell);
    const override = overrides[index];
    if (header === "" && override === undefined) return;
    const sensitive = isSensitiveHeader(header);
    const recognised = targetOfHeader(header);
    const target: ColumnTarget = sensitive ? "ignore" : (override ?? recognised ?? "ignore");
    columns.push({
      index,
      header,
      target,
      sensitive,
      unknown: !sensitive && override === undefined && recognised === null,
    });
  });
  return columns;
}

/** How much a row looks like the header: the distinct targets it names (sensitive ones count). */
export function headerScore(row: readonly ImportCell[]): { score: number; hasName: boolean } {
  const found = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== "string" || cell.length > 60) continue;
    const target = isSensitiveHeader(cell) ? "sensitive" : targetOfHeader(cell);
    if (target) found.add(target);
  }
  const hasName = found.has("fullName") || (found.has("familyName") && found.has("givenName"));
  return { score: found.size, hasName };
}
