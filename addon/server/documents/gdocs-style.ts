/**
 * Paragraph styles for Google Docs as DocumentApp attribute maps: one setAttributes call styles a
 * whole paragraph (alignment, indent, spacing, font, size, bold, italic).
 */
import {
  FIRST_LINE_INDENT_MM,
  FONT,
  LINE_SPACING,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  type TextStyle,
} from "../../../shared/render/layout.ts";
import type { GasDocAttributes, GasDocumentApp } from "../gas/document-types.ts";

export interface GdocsParagraphStyle {
  text: TextStyle;
  align: "justify" | "center" | "left";
  firstLineIndent?: boolean;
  indentMm?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  underline?: boolean;
}

export function attributes(app: GasDocumentApp, s: GdocsParagraphStyle): GasDocAttributes {
  const A = app.Attribute;
  const align = {
    justify: app.HorizontalAlignment.JUSTIFY,
    center: app.HorizontalAlignment.CENTER,
    left: app.HorizontalAlignment.LEFT,
  }[s.align];
  return {
    [A.FONT_FAMILY]: FONT,
    [A.FONT_SIZE]: s.text.size,
    [A.BOLD]: s.text.bold === true,
    [A.ITALIC]: s.text.italic === true,
    [A.UNDERLINE]: s.underline === true,
    [A.HORIZONTAL_ALIGNMENT]: align,
    [A.INDENT_FIRST_LINE]: s.firstLineIndent
      ? FIRST_LINE_INDENT_MM * PT_PER_MM + (s.indentMm ?? 0) * PT_PER_MM
      : (s.indentMm ?? 0) * PT_PER_MM,
    [A.INDENT_START]: (s.indentMm ?? 0) * PT_PER_MM,
    [A.SPACING_BEFORE]: s.spacingBeforePt ?? 0,
    [A.SPACING_AFTER]: s.spacingAfterPt ?? 0,
    [A.LINE_SPACING]: LINE_SPACING,
  };
}

export const bodyStyle = (
  text: TextStyle,
  align: GdocsParagraphStyle["align"],
  firstLineIndent: boolean,
) => ({
  text,
  align,
  firstLineIndent,
  spacingAfterPt: PARAGRAPH_AFTER_PT,
});

/**
 * A short centred rule. DocumentApp cannot draw paragraph borders, so the rule is a run of
 * underlined no-break spaces whose count gives its length.
 */
export const RULE_FONT_PT = 6;
export function ruleText(widthMm: number): string {
  const spaceWidthPt = RULE_FONT_PT * 0.25;
  return "\u00a0".repeat(Math.max(4, Math.round((widthMm * PT_PER_MM) / spaceWidthPt)));
}
