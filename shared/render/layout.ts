/**
 * Page geometry and type per decree 30/2020, shared by every renderer so the three outputs agree:
 * A4 portrait; margins top/bottom 20 mm (20-25), left 30 mm (30-35), right 15 mm (15-20); Times New
 * Roman; sizes and styles per element of the decree's appendix.
 */
import type { ParagraphRole } from "../documents/model.ts";

export const FONT = "Times New Roman";

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Distance of the page number from the top edge. */
export const HEADER_MM = 10;
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;

/** First-line indent of body paragraphs (decree: 1 to 1.27 cm). */
export const FIRST_LINE_INDENT_MM = 12.7;
/** Space after a body paragraph (decree: at least 6 pt) and line spacing (single to 1.5). */
export const PARAGRAPH_AFTER_PT = 6;
export const LINE_SPACING = 1.15;

/** The header block's columns, as shares of the text width. */
export const HEADER_COLUMNS = [0.4, 0.6] as const;

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export const STYLE = {
  supervisingBody: { size: 12 },
  issuingBody: { size: 12, bold: true },
  number: { size: 13 },
  nationalTitle: { size: 12, bold: true },
  motto: { size: 13, bold: true },
  placeDate: { size: 14, italic: true },
  docType: { size: 14, bold: true },
  summary: { size: 14, bold: true },
  body: { size: 14 },
  recipientsLabel: { size: 12, bold: true, italic: true },
  recipientsItem: { size: 11 },
  signer: { size: 14, bold: true },
  pageNumber: { size: 14 },
} as const satisfies Record<string, TextStyle>;

export interface ParagraphLayout {
  style: TextStyle;
  align: "justify" | "center" | "left";
  firstLineIndent: boolean;
  /** Left indent, mm (addressee lines of a report). */
  indentMm?: number;
}

export const PARAGRAPH: Record<ParagraphRole, ParagraphLayout> = {
  body: { style: STYLE.body, align: "justify", firstLineIndent: true },
  basis: { style: { size: 14, italic: true }, align: "justify", firstLineIndent: true },
  section: { style: { size: 14, bold: true }, align: "justify", firstLineIndent: true },
  subsection: { style: { size: 14, bold: true }, align: "justify", firstLineIndent: true },
  item: { style: STYLE.body, align: "justify", firstLineIndent: true },
  subItem: { style: STYLE.body, align: "justify", firstLineIndent: true },
  centered: { style: STYLE.body, align: "center", firstLineIndent: false },
  addressee: { style: STYLE.body, align: "left", firstLineIndent: false, indentMm: 30 },
};

/**
 * Space between a rule and the line above it, in points: clear of that line's descenders ("p" of
 * "Hạnh phúc"), and under a long summary far enough not to read as an underline of its last line.
 */
export const RULE_GAP_PT = { issuingBody: 2, motto: 3, summary: 6 } as const;

/** Room left for a handwritten signature between the title and the name. */
export const SIGNATURE_SPACE_PT = 64;

// Approximate Times New Roman advance widths (em) by character class, enough to size the short
// rules under the header lines; diacritics add no width.
function charWidth(ch: string, bold: boolean): number {
  if (ch === " ") return 0.25;
  if (/[\u0300-\u036f]/.test(ch)) return 0;
  if (/[-–]/.test(ch)) return 0.35;
  if (/[.,;:'!|]/.test(ch)) return 0.27;
  if (/\d/.test(ch)) return 0.5;
  if (/[MW]/.test(ch)) return bold ? 0.98 : 0.9;
  if (/[A-ZĐ]/.test(ch)) return bold ? 0.72 : 0.68;
  if (/[mw]/.test(ch)) return 0.75;
  if (/[ijlt]/.test(ch)) return 0.3;
  return bold ? 0.5 : 0.46;
}

/** Estimated printed width of a line, in points. */
export function textWidthPt(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text.normalize("NFD")) em += charWidth(ch, style.bold === true);
  return em * style.size;
}

export const PT_PER_MM = 72 / 25.4;

/**
 * The rules of the header block, in mm: under the issuing body, a third of its line (decree:
 * 1/3 to 1/2); under the motto, as long as the motto; under the summary, a third of its line.
 */
export function ruleWidthsMm(header: { issuingBody: string; motto: string }, summary: readonly string[]) {
  const column = (share: number) => TEXT_WIDTH_MM * share;
  const lineMm = (text: string, style: TextStyle, max: number) =>
    Math.min(textWidthPt(text, style) / PT_PER_MM, max);
  const longest = summary.reduce((a, b) => (b.length > a.length ? b : a), "");
  return {
    issuingBody: Math.max(15, lineMm(header.issuingBody, STYLE.issuingBody, column(HEADER_COLUMNS[0])) / 3),
    motto: lineMm(header.motto, STYLE.motto, column(HEADER_COLUMNS[1])),
    summary: Math.max(20, lineMm(longest, STYLE.summary, TEXT_WIDTH_MM) / 3),
  };
}
