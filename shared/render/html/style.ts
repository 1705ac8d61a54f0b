/**
 * The print stylesheet: A4 @page with the decree's margins, page numbers centred in the top
 * margin from page 2 (CSS page-margin boxes), the same sizes and styles as the .docx.
 */
import {
  FIRST_LINE_INDENT_MM,
  FONT,
  HEADER_COLUMNS,
  LINE_SPACING,
  MARGIN_MM,
  PAGE_MM,
  PARAGRAPH,
  PARAGRAPH_AFTER_PT,
  RULE_GAP_PT,
  SIGNATURE_SPACE_PT,
  STYLE,
  TEXT_WIDTH_MM,
  type TextStyle,
} from "../layout.ts";

const font = (s: TextStyle) =>
  `font-size:${s.size}pt;font-weight:${s.bold ? "bold" : "normal"};font-style:${s.italic ? "italic" : "normal"};`;

export function stylesheet(pageNumbers: boolean): string {
  const m = MARGIN_MM;
  const roles = Object.entries(PARAGRAPH)
    .map(
      ([role, p]) =>
        `p.${role}{${font(p.style)}text-align:${p.align};${p.firstLineIndent ? `text-indent:${FIRST_LINE_INDENT_MM}mm;` : ""}${p.indentMm ? `margin-left:${p.indentMm}mm;` : ""}}`,
    )
    .join("\n");
  const numbers = pageNumbers
    ? `@top-center{content:counter(page);font-family:"${FONT}",serif;${font(STYLE.pageNumber)}}`
    : "";
  return `
@page{size:A4 portrait;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;${numbers}}
@page:first{@top-center{content:none}}
html{font-family:"${FONT}",Times,serif;color:#000;background:#fff}
body{margin:0}
.doc{width:${TEXT_WIDTH_MM}mm}
@media screen{
  html{background:#e8eaed}
  .doc{box-sizing:content-box;min-height:${PAGE_MM.height - m.top - m.bottom}mm;margin:16px auto;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25)}
}
p{margin:0 0 ${PARAGRAPH_AFTER_PT}pt;line-height:${LINE_SPACING};overflow-wrap:anywhere}
${roles}
table{border-collapse:collapse;table-layout:fixed;width:100%}
td,th{vertical-align:top;overflow-wrap:anywhere}
table.layout td{padding:0 1mm}
table.layout p{margin:0;text-align:center;text-indent:0}
.supervising{${font(STYLE.supervisingBody)}}
.issuing{${font(STYLE.issuingBody)}}
.number{${font(STYLE.number)}white-space:pre-wrap;margin-top:4pt!important}
.national{${font(STYLE.nationalTitle)}}
.motto{${font(STYLE.motto)}}
.motto span{display:inline-block;border-bottom:1px solid #000;padding-bottom:${RULE_GAP_PT.motto}pt}
.place-date{${font(STYLE.placeDate)}white-space:pre-wrap;margin-top:4pt!important}
.rule{border-top:1px solid #000;margin:${RULE_GAP_PT.issuingBody}pt auto 0;height:0}
.title .rule{margin-top:${RULE_GAP_PT.summary}pt}
.title{margin:18pt 0 12pt;text-align:center;break-after:avoid}
.title p{margin:0;text-align:center;text-indent:0}
.title .type{${font(STYLE.docType)}}
.title .summary{${font(STYLE.summary)}}
table.data{margin:0 0 6pt}
table.data th,table.data td{border:1px solid #000;padding:0.5mm 1mm;line-height:1.15}
table.data th{font-weight:bold;text-align:center}
table.data thead{display:table-header-group}
table.data tr{break-inside:avoid}
table.data tr.keep{break-after:avoid}
table.data tr.group td{font-weight:bold}
table.data td.center{text-align:center}
.signoff{margin-top:12pt;break-inside:avoid}
.signoff td{break-inside:avoid}
.signer p{${font(STYLE.signer)}}
.signer p.name{margin-top:${SIGNATURE_SPACE_PT}pt}
/* Beats "table.layout p" (centred): the recipients sit in the sign-off's layout table. */
.doc .recipients p{margin:0;text-align:left;text-indent:0;line-height:1.1}
.recipients p.label{${font(STYLE.recipientsLabel)}margin-top:12pt}
.recipients p.item{${font(STYLE.recipientsItem)}}
.page-break{break-after:page;height:0}
/* Pagination from the model (keepsWithNext): headings and lead-ins stay with what follows. */
p.keep,table.header,.title{break-after:avoid}
p.keep{break-inside:avoid}
.nb{white-space:nowrap}
col.hdr-left{width:${HEADER_COLUMNS[0] * 100}%}
col.hdr-right{width:${HEADER_COLUMNS[1] * 100}%}
`;
}
