/**
 * The neutral document model: what a document says and how its parts relate, with no page
 * geometry. The DOCX, print HTML and Google Docs renderers all lay out this same data, so a
 * document reads the same whichever way staff take it. All text is final (dashes, numbering and
 * punctuation included); renderers only choose fonts and positions.
 */

export type DocumentKind = "plan" | "invitations" | "signin" | "minutes" | "report";

export const DOCUMENT_KINDS: readonly DocumentKind[] = ["plan", "invitations", "signin", "minutes", "report"];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * body: justified, first-line indent. basis: a legal basis (italic). section: "I. NỘI DUNG:"
 * (bold). subsection: "1. Mục đích:" (bold). item / subItem: "- ..." / "+ ..." lines. centered: a
 * centred line. addressee: "Kính gửi: ..." lines of a report.
 */
export type ParagraphRole =
  | "body"
  | "basis"
  | "section"
  | "subsection"
  | "item"
  | "subItem"
  | "centered"
  | "addressee";

export interface ParagraphBlock {
  kind: "paragraph";
  role: ParagraphRole;
  runs: Run[];
  /** Stay on the page of the next block, beyond what the role implies (see keepsWithNext). */
  keepWithNext?: boolean;
}

/** The two-column header of decree 30/2020: bodies and number left, national title right. */
export interface HeaderBlock {
  kind: "header";
  /** Optional; "" leaves the line out. */
  supervisingBody: string;
  issuingBody: string;
  /** "Số: 05/KH-UBND"; null when the document has no number (sign-in sheet). */
  number: string | null;
  nationalTitle: string;
  motto: string;
  /** "An Phú, ngày 05 tháng 3 năm 2026"; null for minutes (form 1.9). */
  placeDate: string | null;
}

/** The document type (KẾ HOẠCH...) and the summary line(s) under it. */
export interface TitleBlock {
  kind: "title";
  type: string;
  summary: string[];
}

export interface TableColumn {
  header: string;
  /** Share of the text width; a table's shares add up to 1. */
  width: number;
  align: "left" | "center";
}

export interface TableRowModel {
  /** Fewer cells than columns: the last one spans the rest (a group heading). */
  cells: string[];
  /** A group heading row (bold); it keeps with the row after it. */
  emphasis?: boolean;
}

export interface TableBlock {
  kind: "table";
  columns: TableColumn[];
  rows: TableRowModel[];
  /** Points. */
  fontSize: number;
  /** Room to sign in (sign-in sheet). */
  minRowHeightMm?: number;
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN"; "" when the signer signs in their own name. */
  authority: string;
  title: string;
  name: string;
}

export interface Recipients {
  label: string;
  /** Each line as printed: "- Như trên;" ... "- Lưu: VT.". */
  items: string[];
}

/**
 * The end of a document. One signer: recipients left, signature right. Two signers (minutes):
 * side by side, recipients below.
 */
export interface SignoffBlock {
  kind: "signoff";
  recipients: Recipients | null;
  signers: Signer[];
}

export interface PageBreakBlock {
  kind: "pageBreak";
}

export type Block = HeaderBlock | TitleBlock | ParagraphBlock | TableBlock | SignoffBlock | PageBreakBlock;

export interface DocumentModel {
  kind: DocumentKind;
  /** What the document is called: "Kế hoạch", "Biên bản"... */
  name: string;
  /** A file name without extension: the name and the conference's date ("Biên bản 05-03-2026"). */
  fileName: string;
  blocks: Block[];
  /** Page numbers from page 2; off for a file of one-page letters (invitations). */
  pageNumbers: boolean;
}

export function paragraph(role: ParagraphRole, ...runs: (Run | string)[]): ParagraphBlock {
  return { kind: "paragraph", role, runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)) };
}

export function plainText(block: ParagraphBlock): string {
  return block.runs.map((r) => r.text).join("");
}

/**
 * Pagination, decided once for every renderer: must `block` stay on the page of `next`? Headings
 * (the title, sections, subsections) and lead-in lines ending ":" keep with what they introduce; a
 * paragraph keeps with a table after it (its first row) and with the signature, so a sign-off never
 * stands alone on a last page. A page break ends every chain.
 */
export function keepsWithNext(block: Block, next: Block | undefined): boolean {
  if (!next || next.kind === "pageBreak") return false;
  switch (block.kind) {
    case "header":
    case "title":
      return true;
    case "paragraph":
      return (
        block.keepWithNext === true ||
        block.role === "section" ||
        block.role === "subsection" ||
        next.kind === "signoff" ||
        next.kind === "table" ||
        /:\s*$/.test(plainText(block))
      );
    default:
      return false;
  }
}

/** Whether a table row keeps with the row after it: the header row and group headings do. */
export function rowKeepsWithNext(row: TableRowModel | "header", next: TableRowModel | undefined): boolean {
  return next !== undefined && (row === "header" || row.emphasis === true);
}
