/**
 * Word templates for tests, written with the docx package the way Word stores them: a tag may be
 * split over several runs (Word does this after a spelling check or a format change mid-word).
 */
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import JSZip from "jszip";

/** A paragraph whose text is given as runs: each string a run of its own. */
export const runs = (...parts: string[]) =>
  new Paragraph({ children: parts.map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) });

export const row = (...cells: string[][]) =>
  new TableRow({ children: cells.map((parts) => new TableCell({ children: [runs(...parts)] })) });

export async function templateDocx(
  children: (Paragraph | Table)[],
  header: Paragraph[] = [],
): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      { headers: header.length ? { default: new Header({ children: header }) } : undefined, children },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const table = (...rows: TableRow[]) => new Table({ rows });

/** The text of each paragraph of word/document.xml (table cells included), in order. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === "<w:br/>" ? "\n" : (t[1] ?? "")))
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  );
}
