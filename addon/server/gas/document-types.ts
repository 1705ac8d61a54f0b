/**
 * The slice of DocumentApp and DriveApp the add-on uses to write Google Docs and file them beside
 * the spreadsheet. Same pattern as spreadsheet-types.ts: server code sees only these interfaces,
 * the real services satisfy them (proved at the bottom) and so does local/emulator/document.
 */
type D = typeof GoogleAppsScript.Document;

export type DocAttribute = GoogleAppsScript.Document.Attribute;
export type DocAlignment = GoogleAppsScript.Document.HorizontalAlignment;
/** Paragraph and text attributes, keyed by DocumentApp.Attribute values. */
export type GasDocAttributes = Partial<Record<DocAttribute, unknown>>;

export interface GasText {
  getText(): string;
  setBold(bold: boolean): GasText;
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): GasText;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): GasText;
  setUnderline(startOffset: number, endOffsetInclusive: number, underline: boolean): GasText;
  setFontFamily(fontFamilyName: string): GasText;
  setFontSize(size: number): GasText;
}

export interface GasParagraph {
  getText(): string;
  editAsText(): GasText;
  setAttributes(attributes: GasDocAttributes): GasParagraph;
}

/** What getChild gives: in our documents, a cell's children are paragraphs. */
export interface GasDocElement {
  asParagraph(): GasParagraph;
}

export interface GasTableCell {
  getText(): string;
  getChild(childIndex: number): GasDocElement;
  appendParagraph(text: string): GasParagraph;
}

export interface GasTableRow {
  editAsText(): GasText;
  setMinimumHeight(minHeight: number): GasTableRow;
}

export interface GasTable {
  getNumRows(): number;
  getRow(rowIndex: number): GasTableRow;
  getCell(rowIndex: number, cellIndex: number): GasTableCell;
  editAsText(): GasText;
  setBorderWidth(width: number): GasTable;
  setColumnWidth(columnIndex: number, width: number): GasTable;
}

export interface GasBody {
  appendParagraph(text: string): GasParagraph;
  appendTable(cells: string[][]): GasTable;
  appendPageBreak(): unknown;
  getChild(childIndex: number): GasDocElement;
  getNumChildren(): number;
  editAsText(): GasText;
  setPageWidth(pageWidth: number): GasBody;
  setPageHeight(pageHeight: number): GasBody;
  setMarginTop(marginTop: number): GasBody;
  setMarginBottom(marginBottom: number): GasBody;
  setMarginLeft(marginLeft: number): GasBody;
  setMarginRight(marginRight: number): GasBody;
}

export interface GasDocument {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getBody(): GasBody;
  saveAndClose(): void;
}

type UsedAttribute =
  | "BOLD"
  | "ITALIC"
  | "UNDERLINE"
  | "FONT_FAMILY"
  | "FONT_SIZE"
  | "HORIZONTAL_ALIGNMENT"
  | "INDENT_FIRST_LINE"
  | "INDENT_START"
  | "LINE_SPACING"
  | "SPACING_AFTER"
  | "SPACING_BEFORE";

export interface GasDocumentApp {
  Attribute: Pick<D["Attribute"], UsedAttribute>;
  HorizontalAlignment: Pick<D["HorizontalAlignment"], "LEFT" | "CENTER" | "RIGHT" | "JUSTIFY">;
  create(name: string): GasDocument;
}

export interface GasFolder {
  getId(): string;
  getName(): string;
}

export interface GasFolderIterator {
  hasNext(): boolean;
  next(): GasFolder;
}

export interface GasDriveFile {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getParents(): GasFolderIterator;
  moveTo(destination: GasFolder): GasDriveFile;
}

export interface GasDriveApp {
  getFileById(id: string): GasDriveFile;
}

// Compile-time proof that the real services fit these slices (see spreadsheet-types.ts).
type Fits<Real, Slice> = Real extends Slice ? true : never;
export const realDocumentServicesFit: [
  Fits<GoogleAppsScript.Document.Text, GasText>,
  Fits<GoogleAppsScript.Document.Paragraph, GasParagraph>,
  Fits<GoogleAppsScript.Document.Element, GasDocElement>,
  Fits<GoogleAppsScript.Document.TableCell, GasTableCell>,
  Fits<GoogleAppsScript.Document.TableRow, GasTableRow>,
  Fits<GoogleAppsScript.Document.Table, GasTable>,
  Fits<GoogleAppsScript.Document.Body, GasBody>,
  Fits<GoogleAppsScript.Document.Document, GasDocument>,
  Fits<GoogleAppsScript.Document.DocumentApp, GasDocumentApp>,
  Fits<GoogleAppsScript.Drive.Folder, GasFolder>,
  Fits<GoogleAppsScript.Drive.FolderIterator, GasFolderIterator>,
  Fits<GoogleAppsScript.Drive.File, GasDriveFile>,
  Fits<GoogleAppsScript.Drive.DriveApp, GasDriveApp>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];
