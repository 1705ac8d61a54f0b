/**
 * Runs and paragraphs in docx terms: every run names its font and size, so the format survives
 * whatever default style the opening program has.
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import type { Run } from "../../documents/model.ts";
import {
  FIRST_LINE_INDENT_MM,
  FONT,
  LINE_SPACING,
  PARAGRAPH_AFTER_PT,
  type ParagraphLayout,
  type TextStyle,
} from "../layout.ts";
import { halfPoints, twipFromMm, twipFromPt } from "./units.ts";

export function textRun(text: string, style: TextStyle, run: Partial<Run> = {}): TextRun {
  return new TextRun({
    text,
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
  keepNext?: boolean;
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
export function bodyParagraph(runs: Run[], layout: ParagraphLayout): Paragraph {
  return line(
    runs.map((run) => ({ text: run.text, style: layout.style, run })),
    {
      align: layout.align,
      spacingAfterPt: PARAGRAPH_AFTER_PT,
      firstLineIndentMm: layout.firstLineIndent ? FIRST_LINE_INDENT_MM : undefined,
      leftIndentMm: layout.indentMm,
    },
  );
}

/** A short centred rule: an empty, tiny paragraph whose top border is `widthMm` long. */
export function rule(widthMm: number, containerMm: number): Paragraph {
  const side = Math.max(0, (containerMm - widthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    indent: { left: twipFromMm(side), right: twipFromMm(side) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", font: FONT, size: 4 })],
  });
}
