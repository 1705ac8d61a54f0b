/**
 * The decree's fixed parts in docx: the header block as a borderless two-column table with its
 * rules, the title with its rule, bordered data tables, and the sign-off (recipients and
 * signatures side by side).
 */
import {
  HeightRule,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { HeaderBlock, Signer, SignoffBlock, TableBlock, TitleBlock } from "../../documents/model.ts";
import { HEADER_COLUMNS, ruleWidthsMm, SIGNATURE_SPACE_PT, STYLE, TEXT_WIDTH_MM } from "../layout.ts";
import { line, rule } from "./text.ts";
import { twipFromMm } from "./units.ts";

const NO_MARGIN = { top: 0, bottom: 0, left: twipFromMm(1), right: twipFromMm(1) };

function layoutTable(widthsMm: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: twipFromMm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(twipFromMm),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: twipFromMm(widthsMm[i] ?? 0), type: WidthType.DXA },
                margins: NO_MARGIN,
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

const center = (text: string, style: (typeof STYLE)[keyof typeof STYLE], before = 0): Paragraph =>
  line([{ text, style }], { align: "center", spacingBeforePt: before });

export function headerTable(h: HeaderBlock): Table {
  const widths = HEADER_COLUMNS.map((share) => TEXT_WIDTH_MM * share);
  const [left = 0, right = 0] = widths;
  const rules = ruleWidthsMm(h, []);
  const leftTop = [
    ...(h.supervisingBody ? [center(h.supervisingBody, STYLE.supervisingBody)] : []),
    center(h.issuingBody, STYLE.issuingBody),
    rule(rules.issuingBody, left),
  ];
  const rightTop = [
    center(h.nationalTitle, STYLE.nationalTitle),
    center(h.motto, STYLE.motto),
    rule(rules.motto, right),
  ];
  const leftBottom = h.number ? [center(h.number, STYLE.number, 4)] : [];
  const rightBottom = h.placeDate ? [center(h.placeDate, STYLE.placeDate, 4)] : [];
  return layoutTable(widths, [
    [leftTop, rightTop],
    [leftBottom, rightBottom],
  ]);
}

export function titleParagraphs(t: TitleBlock): Paragraph[] {
  const rules = ruleWidthsMm({ issuingBody: "", motto: "" }, t.summary);
  return [
    line([{ text: t.type, style: STYLE.docType }], { align: "center", spacingBeforePt: 18, keepNext: true }),
    ...t.summary.map((s) => line([{ text: s, style: STYLE.summary }], { align: "center", keepNext: true })),
    rule(rules.summary, TEXT_WIDTH_MM),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

export function dataTable(t: TableBlock): Table {
  const widths = t.columns.map((c) => c.width * TEXT_WIDTH_MM);
  const style = { size: t.fontSize };
  const cell = (text: string, i: number, bold: boolean, span: number) =>
    new TableCell({
      width: { size: twipFromMm(widths.slice(i, i + span).reduce((a, b) => a + b, 0)), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      margins: { top: twipFromMm(0.5), bottom: twipFromMm(0.5), left: twipFromMm(1), right: twipFromMm(1) },
      children: [line([{ text, style: { ...style, bold } }], { align: t.columns[i]?.align ?? "left" })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: twipFromMm(widths[i] ?? 0), type: WidthType.DXA },
          children: [line([{ text: c.header, style: { ...style, bold: true } }], { align: "center" })],
        }),
    ),
  });
  const height = t.minRowHeightMm
    ? { value: twipFromMm(t.minRowHeightMm), rule: HeightRule.ATLEAST }
    : undefined;
  return new Table({
    width: { size: twipFromMm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widths.map(twipFromMm),
    layout: TableLayoutType.FIXED,
    rows: [
      header,
      ...t.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            height: row.emphasis ? undefined : height,
            children: row.cells.map((text, i) =>
              cell(text, i, row.emphasis === true, i === row.cells.length - 1 ? t.columns.length - i : 1),
            ),
          }),
      ),
    ],
  });
}

function signerParagraphs(s: Signer): Paragraph[] {
  return [
    ...(s.authority ? [center(s.authority, STYLE.signer)] : []),
    center(s.title, STYLE.signer),
    center(s.name, STYLE.signer, SIGNATURE_SPACE_PT),
  ];
}

function recipientParagraphs(block: SignoffBlock): Paragraph[] {
  if (!block.recipients) return [];
  return [
    line([{ text: block.recipients.label, style: STYLE.recipientsLabel }], {
      align: "left",
      spacingBeforePt: 12,
    }),
    ...block.recipients.items.map((item) =>
      line([{ text: item, style: STYLE.recipientsItem }], { align: "left" }),
    ),
  ];
}

export function signoffElements(block: SignoffBlock): (Paragraph | Table)[] {
  const half = TEXT_WIDTH_MM / 2;
  const [first, second] = block.signers;
  if (!first) return recipientParagraphs(block);
  if (!second)
    return [
      layoutTable(
        [half, half],
        [
          [
            recipientParagraphs(block),
            [new Paragraph({ spacing: { before: 240 } }), ...signerParagraphs(first)],
          ],
        ],
      ),
    ];
  return [
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    layoutTable([half, half], [[signerParagraphs(first), signerParagraphs(second)]]),
    ...recipientParagraphs(block),
  ];
}
