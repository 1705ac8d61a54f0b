/**
 * The print HTML renderer: one self-contained page that prints on A4 like the .docx (same
 * margins, fonts, header block, rules, page numbers from page 2). Every piece of text is escaped.
 */
import {
  type Block,
  type DocumentModel,
  type HeaderBlock,
  keepsWithNext,
  type ParagraphBlock,
  rowKeepsWithNext,
  type Signer,
  type SignoffBlock,
  type TableBlock,
  type TitleBlock,
} from "../../documents/model.ts";
import { ruleWidthsMm } from "../layout.ts";
import { escapeHtml, escapeText } from "./escape.ts";
import { stylesheet } from "./style.ts";

const p = (cls: string, text: string) => `<p class="${cls}">${escapeText(text)}</p>`;
const mm = (n: number) => `${n.toFixed(1)}mm`;

function header(h: HeaderBlock): string {
  const rules = ruleWidthsMm(h, []);
  const left = [
    h.supervisingBody ? p("supervising", h.supervisingBody) : "",
    p("issuing", h.issuingBody),
    `<div class="rule" style="width:${mm(rules.issuingBody)}"></div>`,
  ].join("");
  const right = [
    p("national", h.nationalTitle),
    `<p class="motto"><span>${escapeHtml(h.motto)}</span></p>`,
  ].join("");
  return `<table class="layout header"><colgroup><col class="hdr-left"><col class="hdr-right"></colgroup>
<tr><td>${left}</td><td>${right}</td></tr>
<tr><td>${h.number ? p("number", h.number) : ""}</td><td>${h.placeDate ? p("place-date", h.placeDate) : ""}</td></tr></table>`;
}

function title(t: TitleBlock): string {
  const rules = ruleWidthsMm({ issuingBody: "", motto: "" }, t.summary);
  return `<div class="title">${p("type", t.type)}${t.summary.map((s) => p("summary", s)).join("")}<div class="rule" style="width:${mm(rules.summary)}"></div></div>`;
}

function paragraph(b: ParagraphBlock, keep: boolean): string {
  const runs = b.runs
    .map((r) => {
      let html = escapeText(r.text);
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join("");
  return `<p class="${b.role}${keep ? " keep" : ""}">${runs}</p>`;
}

function table(t: TableBlock): string {
  const cols = t.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(2)}%">`).join("");
  const head = t.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join("");
  const height = t.minRowHeightMm ? ` style="height:${t.minRowHeightMm}mm"` : "";
  const rows = t.rows
    .map((row, r) => {
      const cells = row.cells
        .map((text, i) => {
          const span = i === row.cells.length - 1 ? t.columns.length - i : 1;
          const attrs = `${t.columns[i]?.align === "center" ? ' class="center"' : ""}${span > 1 ? ` colspan="${span}"` : ""}`;
          return `<td${attrs}>${escapeText(text)}</td>`;
        })
        .join("");
      const keep = rowKeepsWithNext(row, t.rows[r + 1]) ? " keep" : "";
      return `<tr${row.emphasis ? ` class="group${keep}"` : height}>${cells}</tr>`;
    })
    .join("\n");
  return `<table class="data" style="font-size:${t.fontSize}pt"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>`;
}

function signer(s: Signer): string {
  return `<div class="signer">${s.authority ? p("", s.authority) : ""}${p("", s.title)}${p("name", s.name)}</div>`;
}

function recipients(b: SignoffBlock): string {
  if (!b.recipients) return "";
  return `<div class="recipients">${p("label", b.recipients.label)}${b.recipients.items.map((i) => p("item", i)).join("")}</div>`;
}

/** The sign-off never splits: signatures and Nơi nhận in one unbreakable box, as in the .docx. */
function signoff(b: SignoffBlock): string {
  const [first, second] = b.signers;
  if (!first) return recipients(b);
  if (!second)
    return `<div class="signoff"><table class="layout"><tr><td>${recipients(b)}</td><td>${signer(first)}</td></tr></table></div>`;
  return `<div class="signoff"><table class="layout"><tr><td>${signer(first)}${recipients(b)}</td><td>${signer(second)}</td></tr></table></div>`;
}

function block(b: Block, next: Block | undefined): string {
  switch (b.kind) {
    case "header":
      return header(b);
    case "title":
      return title(b);
    case "paragraph":
      return paragraph(b, keepsWithNext(b, next));
    case "table":
      return table(b);
    case "signoff":
      return signoff(b);
    case "pageBreak":
      return '<div class="page-break"></div>';
  }
}

/** A complete HTML page for printing (or saving as PDF) on A4. */
export function renderHtml(doc: DocumentModel): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.name)}</title>
<style>${stylesheet(doc.pageNumbers)}</style>
</head>
<body>
<main class="doc">
${doc.blocks.map((b, i) => block(b, doc.blocks[i + 1])).join("\n")}
</main>
</body>
</html>
`;
}
