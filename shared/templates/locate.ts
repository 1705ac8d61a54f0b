/**
 * Where in a .docx a tag is: docxtemplater reports a tag's offset in the text of one XML part
 * (word/document.xml, a header...). The clerk needs the words around it: the paragraph, and
 * whether it sits in a table cell.
 */

export interface TagPlace {
  /** The paragraph's text, shortened around the tag. */
  text: string;
  inCell: boolean;
  part: "body" | "header" | "footer" | "other";
}

const TOKEN = /<w:tc[ >]|<\/w:tc>|<w:p[ >]|<w:p\/>|<\/w:p>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&apos;": "'",
};
const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);
const WIDTH = 90;

function partOf(file: string): TagPlace["part"] {
  if (file === "word/document.xml") return "body";
  if (/^word\/header\d*\.xml$/.test(file)) return "header";
  if (/^word\/footer\d*\.xml$/.test(file)) return "footer";
  return "other";
}

function around(text: string, at: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= WIDTH) return flat.trim();
  const start = Math.max(0, Math.min(at - WIDTH / 3, flat.length - WIDTH));
  const cut = flat.slice(start, start + WIDTH).trim();
  return `${start > 0 ? "…" : ""}${cut}${start + WIDTH < flat.length ? "…" : ""}`;
}

export function locateTag(xml: string, file: string, offset: number): TagPlace {
  let seen = 0;
  let cellDepth = 0;
  let paragraph = "";
  let paragraphStart = 0;
  let found: { inCell: boolean; at: number } | null = null;
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    if (token.startsWith("<w:tc")) cellDepth++;
    else if (token === "</w:tc>") cellDepth = Math.max(0, cellDepth - 1);
    else if (token.startsWith("<w:p")) {
      paragraph = "";
      paragraphStart = seen;
    } else if (token === "</w:p>") {
      if (found) break;
    } else {
      const text = decode(match[1] ?? "");
      if (!found && offset < seen + text.length)
        found = { inCell: cellDepth > 0, at: offset - paragraphStart };
      paragraph += text;
      seen += text.length;
    }
  }
  return {
    text: around(paragraph, found?.at ?? paragraph.length),
    inCell: found?.inCell ?? false,
    part: partOf(file),
  };
}
