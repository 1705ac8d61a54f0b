/**
 * The DOCX renderer: a neutral document to the bytes of a .docx (A4, decree 30/2020 layout).
 * Pure: runs in Node, an extension page or a worker (no file system, no Buffer).
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { type Block, type DocumentModel, keepsWithNext } from "../../documents/model.ts";
import { FONT, HEADER_MM, MARGIN_MM, PAGE_MM, PARAGRAPH, STYLE } from "../layout.ts";
import { dataTable, headerTable, signoffElements, titleParagraphs } from "./blocks.ts";
import { bodyParagraph } from "./text.ts";
import { halfPoints, twipFromMm } from "./units.ts";

function elements(block: Block, next: Block | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case "header":
      return [headerTable(block)];
    case "title":
      return titleParagraphs(block);
    case "paragraph":
      return [bodyParagraph(block.runs, PARAGRAPH[block.role], keepsWithNext(block, next))];
    case "table":
      return [dataTable(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case "signoff":
      return signoffElements(block);
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function pageNumberHeaders() {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(STYLE.pageNumber.size) }),
    ],
  });
  // A first-page header of its own (empty) keeps page 1 unnumbered, as the decree asks.
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

export function docxDocument(doc: DocumentModel): Document {
  return new Document({
    creator: "doi-thoai",
    title: doc.name,
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(STYLE.body.size) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twipFromMm(PAGE_MM.width), height: twipFromMm(PAGE_MM.height) },
            margin: {
              top: twipFromMm(MARGIN_MM.top),
              bottom: twipFromMm(MARGIN_MM.bottom),
              left: twipFromMm(MARGIN_MM.left),
              right: twipFromMm(MARGIN_MM.right),
              header: twipFromMm(HEADER_MM),
              footer: twipFromMm(HEADER_MM),
            },
          },
          titlePage: doc.pageNumbers,
        },
        headers: doc.pageNumbers ? pageNumberHeaders() : undefined,
        children: doc.blocks.flatMap((block, i) => elements(block, doc.blocks[i + 1])),
      },
    ],
  });
}

/** The .docx bytes of a document. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(docxDocument(doc), "uint8array");
}
