/**
 * Runs and paragraphs in docx terms: every run names its font and size, so the format survives
 * whatever default style the opening program has.
 */
import { AlignmentType, BorderStyle, NoBreakHyphen, Paragraph, TextRun } from "docx";
import type { Run } from "../../documents/model.ts";
import { joinedPieces } from "../hyphens.ts";
import {
  FIRST_LINE_INDENT_MM,
  FONT,
  LINE_SPACING,
  PARAGRAPH_AFTER_PT,
  type ParagraphLayout,
  type TextStyle,
} from "../layout.ts";
import { halfPoints, twipFromMm, twipFromPt } from "./units.ts";

/** The run's text with each joining hyphen as Word's no-break hyphen (w:noBreakHyphen). */
function runChildren(text: string): (string | NoBreakHyphen)[] {
  return joinedPieces(text).flatMap((piece) =>
    piece.joined
      ? piece.text.split("-").flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]))
      : [piece.text],
  );
}

export function textRun(text: string, style: TextStyle, run: Partial<Run> = {}): TextRun {
  return new TextRun({
    children: runChildren(text),
    font: FONT,
    size: halfPoints(style.size),
    bold: run.bold ?? style.bold ?? false,
    italics: run.italic ?? style.italic ?? false,
  });
}

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
} as const;

export interface LineOptions {
  align: "justify" | "center" | "left";
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  firstLineIndentMm?: number;
  leftIndentMm?: number;
  /** Stay on the page of the next paragraph (headings, lead-ins, lines of a signature). */
  keepNext?: boolean;
  /** Never split the paragraph's own lines over two pages. */
  keepLines?: boolean;
}

/** One paragraph of runs; a "\n" inside staff's text becomes a line break. */
export function line(
  runs: { text: string; style: TextStyle; run?: Partial<Run> }[],
  o: LineOptions,
): Paragraph {
  const children: TextRun[] = [];
  for (const r of runs) {
    r.text.split("\n").forEach((part, i) => {
      if (i > 0) children.push(new TextRun({ break: 1 }));
      children.push(textRun(part, r.style, r.run));
    });
  }
  return new Paragraph({
    alignment: ALIGN[o.align],
    keepNext: o.keepNext,
    keepLines: o.keepLines,
    spacing: {
      before: twipFromPt(o.spacingBeforePt ?? 0),
      after: twipFromPt(o.spacingAfterPt ?? 0),
      line: Math.round(240 * LINE_SPACING),
    },
    indent: {
      firstLine: o.firstLineIndentMm ? twipFromMm(o.firstLineIndentMm) : undefined,
      left: o.leftIndentMm ? twipFromMm(o.leftIndentMm) : undefined,
    },
    children,
  });
}

/** A body paragraph laid out by its role. */
export function bodyParagraph(runs: Run[], layout: ParagraphLayout, keepNext = false): Paragraph {
  return line(
    runs.map((run) => ({ text: run.text, style: layout.style, run })),
    {
      keepNext,
      // A heading's lines stay together too, so its last line never sits alone above the text.
      keepLines: keepNext,
      align: layout.align,
      spacingAfterPt: PARAGRAPH_AFTER_PT,
      firstLineIndentMm: layout.firstLineIndent ? FIRST_LINE_INDENT_MM : undefined,
      leftIndentMm: layout.indentMm,
    },
  );
}

/**
 * A short centred rule: an empty, tiny paragraph whose top border is `widthMm` long. `gapPt` of
 * space above the border (outside it, in Word and LibreOffice alike) keeps the rule clear of the
 * descenders of the line above, so it never reads as an underline of that line.
 */
export function rule(widthMm: number, containerMm: number, gapPt: number, keepNext = false): Paragraph {
  const side = Math.max(0, (containerMm - widthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
    spacing: { before: twipFromPt(gapPt), after: 0, line: 240 },
    indent: { left: twipFromMm(side), right: twipFromMm(side) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", font: FONT, size: 4 })],
  });
}
