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
import {
  type HeaderBlock,
  rowKeepsWithNext,
  type Signer,
  type SignoffBlock,
  type TableBlock,
  type TitleBlock,
} from "../../documents/model.ts";
import {
  HEADER_COLUMNS,
  RULE_GAP_PT,
  ruleWidthsMm,
  SIGNATURE_SPACE_PT,
  STYLE,
  TEXT_WIDTH_MM,
} from "../layout.ts";
import { line, rule } from "./text.ts";
import { twipFromMm } from "./units.ts";

const NO_MARGIN = { top: 0, bottom: 0, left: twipFromMm(1), right: twipFromMm(1) };

/**
 * A borderless table for layout. `whole`: each row is never split over two pages and keeps with the
 * next (Word keeps a row with the next when its paragraphs keep with the next).
 */
function layoutTable(widthsMm: number[], rows: Paragraph[][][], whole = false): Table {
  return new Table({
    width: { size: twipFromMm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(twipFromMm),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: whole,
          keepNext: whole,
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
  line([{ text, style }], { align: "center", spacingBeforePt: before, keepLines: true });

export function headerTable(h: HeaderBlock): Table {
  const widths = HEADER_COLUMNS.map((share) => TEXT_WIDTH_MM * share);
  const [left = 0, right = 0] = widths;
  const rules = ruleWidthsMm(h, []);
  const leftTop = [
    ...(h.supervisingBody ? [center(h.supervisingBody, STYLE.supervisingBody)] : []),
    center(h.issuingBody, STYLE.issuingBody),
    rule(rules.issuingBody, left, RULE_GAP_PT.issuingBody),
  ];
  const rightTop = [
    center(h.nationalTitle, STYLE.nationalTitle),
    center(h.motto, STYLE.motto),
    rule(rules.motto, right, RULE_GAP_PT.motto),
  ];
  const leftBottom = h.number ? [center(h.number, STYLE.number, 4)] : [];
  const rightBottom = h.placeDate ? [center(h.placeDate, STYLE.placeDate, 4)] : [];
  // Whole rows keeping with the next: the header block stays on the page of the title.
  return layoutTable(
    widths,
    [
      [leftTop, rightTop],
      [leftBottom, rightBottom],
    ],
    true,
  );
}

export function titleParagraphs(t: TitleBlock): Paragraph[] {
  const rules = ruleWidthsMm({ issuingBody: "", motto: "" }, t.summary);
  return [
    line([{ text: t.type, style: STYLE.docType }], { align: "center", spacingBeforePt: 18, keepNext: true }),
    ...t.summary.map((s) => line([{ text: s, style: STYLE.summary }], { align: "center", keepNext: true })),
    rule(rules.summary, TEXT_WIDTH_MM, RULE_GAP_PT.summary, true),
    new Paragraph({ keepNext: true, spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

export function dataTable(t: TableBlock): Table {
  const widths = t.columns.map((c) => c.width * TEXT_WIDTH_MM);
  const style = { size: t.fontSize };
  const cell = (text: string, i: number, bold: boolean, span: number, keepNext: boolean) =>
    new TableCell({
      width: { size: twipFromMm(widths.slice(i, i + span).reduce((a, b) => a + b, 0)), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      margins: { top: twipFromMm(0.5), bottom: twipFromMm(0.5), left: twipFromMm(1), right: twipFromMm(1) },
      children: [
        line([{ text, style: { ...style, bold } }], { align: t.columns[i]?.align ?? "left", keepNext }),
      ],
    });
  const headerKeeps = rowKeepsWithNext("header", t.rows[0]);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: twipFromMm(widths[i] ?? 0), type: WidthType.DXA },
          children: [
            line([{ text: c.header, style: { ...style, bold: true } }], {
              align: "center",
              keepNext: headerKeeps,
            }),
          ],
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
      ...t.rows.map((row, r) => {
        // A group heading keeps with its first row: keep-with-next on the heading's paragraphs.
        const keepNext = rowKeepsWithNext(row, t.rows[r + 1]);
        return new TableRow({
          cantSplit: true,
          height: row.emphasis ? undefined : height,
          children: row.cells.map((text, i) =>
            cell(
              text,
              i,
              row.emphasis === true,
              i === row.cells.length - 1 ? t.columns.length - i : 1,
              keepNext,
            ),
          ),
        });
      }),
    ],
  });
}

/** Authority, title, room to sign, name: lines kept together and with each other. */
function signerParagraphs(s: Signer): Paragraph[] {
  const keep = (p: string, before = 0) =>
    line([{ text: p, style: STYLE.signer }], {
      align: "center",
      spacingBeforePt: before,
      keepLines: true,
      keepNext: true,
    });
  return [...(s.authority ? [keep(s.authority)] : []), keep(s.title), keep(s.name, SIGNATURE_SPACE_PT)];
}

function recipientParagraphs(block: SignoffBlock): Paragraph[] {
  if (!block.recipients) return [];
  const left = (text: string, style: (typeof STYLE)[keyof typeof STYLE], before = 0) =>
    line([{ text, style }], { align: "left", spacingBeforePt: before, keepLines: true, keepNext: true });
  return [
    left(block.recipients.label, STYLE.recipientsLabel, 12),
    ...block.recipients.items.map((item) => left(item, STYLE.recipientsItem)),
  ];
}

const gap = () => new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [] });

/**
 * The sign-off as one table row that never splits: recipients and signature side by side, or (two
 * signers, minutes) THƯ KÝ and CHỦ TỌA side by side with Nơi nhận under the left one, so the
 * recipients can never be left alone on a last page. The paragraph before keeps with it.
 */
export function signoffElements(block: SignoffBlock): (Paragraph | Table)[] {
  const half = TEXT_WIDTH_MM / 2;
  const [first, second] = block.signers;
  if (!first) return recipientParagraphs(block);
  const cells = second
    ? [
        [gap(), ...signerParagraphs(first), ...recipientParagraphs(block)],
        [gap(), ...signerParagraphs(second)],
      ]
    : [recipientParagraphs(block), [gap(), ...signerParagraphs(first)]];
  return [layoutTable([half, half], [cells], true)];
}
