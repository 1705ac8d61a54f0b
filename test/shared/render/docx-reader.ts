/**
 * Reading a produced .docx back for format checks: document.xml as paragraphs (with their runs'
 * font, size, bold, italic), tables, section properties, headers.
 */
import JSZip from "jszip";
import { child, find, findAll, parseXml, type XmlNode } from "./xml.ts";

export interface RunInfo {
  text: string;
  font: string | null;
  halfPoints: number | null;
  bold: boolean;
  italic: boolean;
}

export interface ParagraphInfo {
  text: string;
  runs: RunInfo[];
  align: string | null;
  firstLine: number | null;
  /** Index of the body-level table holding it, or null. */
  table: number | null;
  /** Row and column inside that table. */
  row: number | null;
  column: number | null;
}

export interface DocxInfo {
  files: Map<string, string>;
  body: XmlNode;
  paragraphs: ParagraphInfo[];
  tables: XmlNode[];
  sectPr: XmlNode;
}

const on = (node: XmlNode | undefined): boolean =>
  node !== undefined && node.attrs["w:val"] !== "false" && node.attrs["w:val"] !== "0";

function runInfo(r: XmlNode): RunInfo {
  const pr = child(r, "w:rPr");
  const size = child(pr, "w:sz")?.attrs["w:val"];
  return {
    // Word's no-break hyphen is an element of its own; it reads as the hyphen it prints.
    text: r.children
      .map((c) => (c.name === "w:t" ? c.text : c.name === "w:noBreakHyphen" ? "-" : ""))
      .join(""),
    font: child(pr, "w:rFonts")?.attrs["w:ascii"] ?? null,
    halfPoints: size === undefined ? null : Number(size),
    bold: on(child(pr, "w:b")),
    italic: on(child(pr, "w:i")),
  };
}

function paragraphInfo(
  p: XmlNode,
  table: number | null,
  row: number | null,
  column: number | null,
): ParagraphInfo {
  const runs = findAll(p, "w:r").map(runInfo);
  const ppr = child(p, "w:pPr");
  const ind = child(ppr, "w:ind")?.attrs["w:firstLine"];
  return {
    text: runs.map((r) => r.text).join(""),
    runs: runs.filter((r) => r.text !== ""),
    align: child(ppr, "w:jc")?.attrs["w:val"] ?? null,
    firstLine: ind === undefined ? null : Number(ind),
    table,
    row,
    column,
  };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxInfo> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry && /\.(xml|rels)$/.test(name)) files.set(name, await entry.async("string"));
  }
  const xml = parseXml(files.get("word/document.xml") ?? "");
  const body = find(xml, "w:body");
  if (!body) throw new Error("no w:body");
  const paragraphs: ParagraphInfo[] = [];
  const tables: XmlNode[] = [];
  for (const node of body.children) {
    if (node.name === "w:p") paragraphs.push(paragraphInfo(node, null, null, null));
    if (node.name === "w:tbl") {
      const index = tables.push(node) - 1;
      node.children
        .filter((c) => c.name === "w:tr")
        .forEach((tr, r) => {
          tr.children
            .filter((c) => c.name === "w:tc")
            .forEach((tc, c) => {
              for (const p of findAll(tc, "w:p")) paragraphs.push(paragraphInfo(p, index, r, c));
            });
        });
    }
  }
  const sectPr = child(body, "w:sectPr");
  if (!sectPr) throw new Error("no w:sectPr");
  return { files, body, paragraphs, tables, sectPr };
}

/** Paragraph texts with blank ones dropped and white space collapsed. */
export function texts(paragraphs: readonly ParagraphInfo[]): string[] {
  return paragraphs.map((p) => p.text.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
}
