/**
 * Writes a neutral document into a new Google Doc. Batched: a table of any length is one
 * appendTable call plus a fixed number of styling calls, so the calls for the minutes do not grow
 * with the number of opinions. Page numbers cannot be inserted through DocumentApp; staff add them
 * with Insert › Page numbers (docs/documents.md).
 */
import type {
  Block,
  DocumentModel,
  HeaderBlock,
  ParagraphBlock,
  Signer,
  SignoffBlock,
  TableBlock,
  TitleBlock,
} from "../../../shared/documents/model.ts";
import {
  FONT,
  HEADER_COLUMNS,
  MARGIN_MM,
  PAGE_MM,
  PARAGRAPH,
  PT_PER_MM,
  RULE_GAP_PT,
  ruleWidthsMm,
  SIGNATURE_SPACE_PT,
  STYLE,
  TEXT_WIDTH_MM,
} from "../../../shared/render/layout.ts";
import type {
  GasBody,
  GasDocument,
  GasDocumentApp,
  GasParagraph,
  GasTableCell,
} from "../gas/document-types.ts";
import { attributes, bodyStyle, type GdocsParagraphStyle, RULE_FONT_PT, ruleText } from "./gdocs-style.ts";

interface Line {
  text: string;
  style: GdocsParagraphStyle;
}

const centered = (text: string, style: GdocsParagraphStyle["text"], spacingBeforePt = 0): Line => ({
  text,
  style: { text: style, align: "center", spacingBeforePt },
});
// Space above each rule, as in .docx and HTML, keeps it clear of the line above.
const rule = (widthMm: number, gapPt: number): Line => ({
  text: ruleText(widthMm),
  style: { text: { size: RULE_FONT_PT }, align: "center", underline: true, spacingBeforePt: gapPt },
});

class Writer {
  constructor(
    private readonly app: GasDocumentApp,
    private readonly body: GasBody,
  ) {}

  paragraph(line: Line): GasParagraph {
    const p = this.body.appendParagraph(line.text);
    p.setAttributes(attributes(this.app, line.style));
    return p;
  }

  /** Fills a cell: its first paragraph (made by appendTable) takes the first line. */
  cell(cell: GasTableCell, lines: Line[]): void {
    lines.forEach((line, i) => {
      const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(line.text);
      p.setAttributes(attributes(this.app, line.style));
    });
  }

  layoutTable(cells: Line[][][], widthsMm: number[]): void {
    const table = this.body.appendTable(cells.map((row) => row.map((lines) => lines[0]?.text ?? "")));
    table.setBorderWidth(0);
    widthsMm.forEach((w, i) => {
      table.setColumnWidth(i, w * PT_PER_MM);
    });
    cells.forEach((row, r) => {
      row.forEach((lines, c) => {
        this.cell(table.getCell(r, c), lines);
      });
    });
  }

  block(b: Block): void {
    switch (b.kind) {
      case "header":
        this.header(b);
        break;
      case "title":
        this.title(b);
        break;
      case "paragraph":
        this.text(b);
        break;
      case "table":
        this.table(b);
        break;
      case "signoff":
        this.signoff(b);
        break;
      case "pageBreak":
        this.body.appendPageBreak();
        break;
    }
  }

  header(h: HeaderBlock): void {
    const rules = ruleWidthsMm(h, []);
    const left: Line[] = [
      ...(h.supervisingBody ? [centered(h.supervisingBody, STYLE.supervisingBody)] : []),
      centered(h.issuingBody, STYLE.issuingBody),
      rule(rules.issuingBody, RULE_GAP_PT.issuingBody),
    ];
    const right: Line[] = [
      centered(h.nationalTitle, STYLE.nationalTitle),
      centered(h.motto, STYLE.motto),
      rule(rules.motto, RULE_GAP_PT.motto),
    ];
    this.layoutTable(
      [
        [left, right],
        [[centered(h.number ?? "", STYLE.number, 4)], [centered(h.placeDate ?? "", STYLE.placeDate, 4)]],
      ],
      HEADER_COLUMNS.map((share) => share * TEXT_WIDTH_MM),
    );
  }

  title(t: TitleBlock): void {
    this.paragraph(centered(t.type, STYLE.docType, 18));
    for (const s of t.summary) this.paragraph(centered(s, STYLE.summary));
    const summaryRule = rule(
      ruleWidthsMm({ issuingBody: "", motto: "" }, t.summary).summary,
      RULE_GAP_PT.summary,
    );
    this.paragraph({ ...summaryRule, style: { ...summaryRule.style, spacingAfterPt: 12 } });
  }

  text(b: ParagraphBlock): void {
    const layout = PARAGRAPH[b.role];
    const text = b.runs.map((r) => r.text).join("");
    const p = this.paragraph({
      text,
      style: { ...bodyStyle(layout.style, layout.align, layout.firstLineIndent), indentMm: layout.indentMm },
    });
    // Runs whose emphasis differs from the paragraph's: one ranged call each.
    let offset = 0;
    let edit: ReturnType<GasParagraph["editAsText"]> | null = null;
    for (const run of b.runs) {
      const end = offset + run.text.length - 1;
      if (run.text.length > 0) {
        if (run.bold !== undefined && run.bold !== (layout.style.bold === true)) {
          edit ??= p.editAsText();
          edit.setBold(offset, end, run.bold);
        }
        if (run.italic !== undefined && run.italic !== (layout.style.italic === true)) {
          edit ??= p.editAsText();
          edit.setItalic(offset, end, run.italic);
        }
      }
      offset = end + 1;
    }
  }

  table(t: TableBlock): void {
    // appendTable needs a rectangle: a spanning group heading is padded with empty cells.
    const pad = (cells: string[]) => [
      ...cells,
      ...Array<string>(Math.max(0, t.columns.length - cells.length)).fill(""),
    ];
    const table = this.body.appendTable([t.columns.map((c) => c.header), ...t.rows.map((r) => pad(r.cells))]);
    t.columns.forEach((c, i) => {
      table.setColumnWidth(i, c.width * TEXT_WIDTH_MM * PT_PER_MM);
    });
    const text = table.editAsText();
    text.setFontFamily(FONT);
    text.setFontSize(t.fontSize);
    table.getRow(0).editAsText().setBold(true);
    // Group headings (sign-in sheet): one per category, never per person or opinion.
    t.rows.forEach((row, i) => {
      if (row.emphasis)
        table
          .getRow(i + 1)
          .editAsText()
          .setBold(true);
    });
    if (t.minRowHeightMm !== undefined) {
      const height = t.minRowHeightMm * PT_PER_MM;
      for (let i = 1; i < table.getNumRows(); i++) table.getRow(i).setMinimumHeight(height);
    }
  }

  signerLines(s: Signer): Line[] {
    return [
      ...(s.authority ? [centered(s.authority, STYLE.signer)] : []),
      centered(s.title, STYLE.signer),
      centered(s.name, STYLE.signer, SIGNATURE_SPACE_PT),
    ];
  }

  recipientLines(b: SignoffBlock): Line[] {
    if (!b.recipients) return [];
    return [
      {
        text: b.recipients.label,
        style: { text: STYLE.recipientsLabel, align: "left", spacingBeforePt: 12 },
      },
      ...b.recipients.items.map((item) => ({
        text: item,
        style: { text: STYLE.recipientsItem, align: "left" as const },
      })),
    ];
  }

  signoff(b: SignoffBlock): void {
    const half = TEXT_WIDTH_MM / 2;
    const [first, second] = b.signers;
    if (!first) {
      for (const line of this.recipientLines(b)) this.paragraph(line);
      return;
    }
    if (!second) {
      const left = this.recipientLines(b);
      this.layoutTable(
        [[left.length > 0 ? left : [centered("", STYLE.body)], this.signerLines(first)]],
        [half, half],
      );
      return;
    }
    // Nơi nhận under THƯ KÝ in the same row, as the .docx and HTML lay it out: never alone.
    this.layoutTable(
      [[[...this.signerLines(first), ...this.recipientLines(b)], this.signerLines(second)]],
      [half, half],
    );
  }
}

/** Creates the Doc and writes the document into it; the caller files it and links to it. */
export function renderGoogleDoc(app: GasDocumentApp, doc: DocumentModel, name: string): GasDocument {
  const gdoc = app.create(name);
  const body = gdoc.getBody();
  body.setPageWidth(PAGE_MM.width * PT_PER_MM);
  body.setPageHeight(PAGE_MM.height * PT_PER_MM);
  body.setMarginTop(MARGIN_MM.top * PT_PER_MM);
  body.setMarginBottom(MARGIN_MM.bottom * PT_PER_MM);
  body.setMarginLeft(MARGIN_MM.left * PT_PER_MM);
  body.setMarginRight(MARGIN_MM.right * PT_PER_MM);
  // A new Doc starts with one empty paragraph; it stays (a body cannot start with a table in every
  // case) but shrinks to nothing.
  body
    .getChild(0)
    .asParagraph()
    .setAttributes(attributes(app, { text: { size: 1 }, align: "left" }));
  const writer = new Writer(app, body);
  for (const block of doc.blocks) writer.block(block);
  gdoc.saveAndClose();
  return gdoc;
}
