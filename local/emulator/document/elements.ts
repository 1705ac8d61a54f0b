/**
 * The element tree of an emulated Google Doc: a body of paragraphs, tables and page breaks; tables
 * of rows of cells holding paragraphs. Each method call is counted.
 */
import type { CallCounter } from "../call-counter.ts";
import { checkAttributes } from "./enums.ts";
import { EmuText, type Formatted } from "./text.ts";

export class EmuParagraph implements Formatted {
  readonly attributes = new Map<string, unknown>();
  readonly ranges: Formatted["ranges"] = [];

  constructor(
    private readonly counter: CallCounter,
    public text: string,
  ) {}

  getText(): string {
    this.counter.record("Paragraph", "getText");
    return this.text;
  }

  editAsText(): EmuText {
    this.counter.record("Paragraph", "editAsText");
    return new EmuText(this.counter, () => [this], this);
  }

  setAttributes(attributes: unknown): this {
    this.counter.record("Paragraph", "setAttributes");
    for (const [key, value] of checkAttributes(attributes)) this.attributes.set(key, value);
    return this;
  }
}

export class EmuPageBreak {
  readonly kind = "pageBreak";
}

/** What getChild returns: the element, seen through the casts Apps Script offers. */
export class EmuElement {
  constructor(
    private readonly counter: CallCounter,
    private readonly element: EmuParagraph | EmuTable | EmuPageBreak,
  ) {}

  asParagraph(): EmuParagraph {
    this.counter.record("Element", "asParagraph");
    if (!(this.element instanceof EmuParagraph))
      throw new Error("Exception: The element is not a paragraph.");
    return this.element;
  }
}

export class EmuTableCell {
  readonly paragraphs: EmuParagraph[];

  constructor(
    private readonly counter: CallCounter,
    text: string,
  ) {
    this.paragraphs = [new EmuParagraph(counter, text)];
  }

  getText(): string {
    this.counter.record("TableCell", "getText");
    return this.paragraphs.map((p) => p.text).join("\n");
  }

  getChild(index: number): EmuElement {
    this.counter.record("TableCell", "getChild");
    const p = this.paragraphs[index];
    if (!p)
      throw new Error(
        `Exception: Child index (${index}) must be less than the number of child elements (${this.paragraphs.length}).`,
      );
    return new EmuElement(this.counter, p);
  }

  appendParagraph(text: string): EmuParagraph {
    this.counter.record("TableCell", "appendParagraph");
    const p = new EmuParagraph(this.counter, String(text));
    this.paragraphs.push(p);
    return p;
  }
}

export class EmuTableRow {
  minimumHeight = 0;

  constructor(
    private readonly counter: CallCounter,
    readonly cells: EmuTableCell[],
  ) {}

  editAsText(): EmuText {
    this.counter.record("TableRow", "editAsText");
    return new EmuText(this.counter, () => this.cells.flatMap((c) => c.paragraphs), null);
  }

  setMinimumHeight(height: number): this {
    this.counter.record("TableRow", "setMinimumHeight");
    this.minimumHeight = height;
    return this;
  }
}

export class EmuTable {
  readonly rows: EmuTableRow[];
  borderWidth = 1;
  readonly columnWidths = new Map<number, number>();

  constructor(
    private readonly counter: CallCounter,
    cells: unknown,
  ) {
    if (!Array.isArray(cells) || cells.length === 0) throw new Error("Exception: Invalid argument: cells");
    const width = Array.isArray(cells[0]) ? cells[0].length : -1;
    this.rows = cells.map((row: unknown) => {
      // Apps Script wants a rectangular string[][]; anything else is refused, not guessed at.
      if (
        !Array.isArray(row) ||
        row.length !== width ||
        width === 0 ||
        row.some((c) => typeof c !== "string")
      )
        throw new Error("Exception: Invalid argument: cells (expected a rectangular array of strings)");
      return new EmuTableRow(
        counter,
        row.map((text: string) => new EmuTableCell(counter, text)),
      );
    });
  }

  private row(index: number): EmuTableRow {
    const row = this.rows[index];
    if (!row)
      throw new Error(
        `Exception: Row index (${index}) must be less than the number of rows (${this.rows.length}).`,
      );
    return row;
  }

  getNumRows(): number {
    this.counter.record("Table", "getNumRows");
    return this.rows.length;
  }

  getRow(index: number): EmuTableRow {
    this.counter.record("Table", "getRow");
    return this.row(index);
  }

  getCell(rowIndex: number, cellIndex: number): EmuTableCell {
    this.counter.record("Table", "getCell");
    const cell = this.row(rowIndex).cells[cellIndex];
    if (!cell) throw new Error(`Exception: Cell index (${cellIndex}) is out of range.`);
    return cell;
  }

  editAsText(): EmuText {
    this.counter.record("Table", "editAsText");
    return new EmuText(
      this.counter,
      () => this.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
      null,
    );
  }

  setBorderWidth(width: number): this {
    this.counter.record("Table", "setBorderWidth");
    this.borderWidth = width;
    return this;
  }

  setColumnWidth(index: number, width: number): this {
    this.counter.record("Table", "setColumnWidth");
    if (index < 0 || index >= (this.rows[0]?.cells.length ?? 0))
      throw new Error(`Exception: Column index (${index}) is out of range.`);
    this.columnWidths.set(index, width);
    return this;
  }
}

export type BodyChild = EmuParagraph | EmuTable | EmuPageBreak;

export class EmuBody {
  /** A new Doc holds one empty paragraph. */
  readonly children: BodyChild[];
  readonly page = {
    width: 612,
    height: 792,
    marginTop: 72,
    marginBottom: 72,
    marginLeft: 72,
    marginRight: 72,
  };

  constructor(private readonly counter: CallCounter) {
    this.children = [new EmuParagraph(counter, "")];
  }

  private record(method: string): void {
    this.counter.record("Body", method);
  }

  appendParagraph(text: string): EmuParagraph {
    this.record("appendParagraph");
    const p = new EmuParagraph(this.counter, String(text));
    this.children.push(p);
    return p;
  }

  appendTable(cells: string[][]): EmuTable {
    this.record("appendTable");
    const table = new EmuTable(this.counter, cells);
    this.children.push(table);
    return table;
  }

  appendPageBreak(): EmuPageBreak {
    this.record("appendPageBreak");
    // Apps Script puts the break inside a new paragraph.
    const pageBreak = new EmuPageBreak();
    this.children.push(pageBreak);
    return pageBreak;
  }

  getChild(index: number): EmuElement {
    this.record("getChild");
    const child = this.children[index];
    if (!child)
      throw new Error(
        `Exception: Child index (${index}) must be less than the number of child elements (${this.children.length}).`,
      );
    return new EmuElement(this.counter, child);
  }

  getNumChildren(): number {
    this.record("getNumChildren");
    return this.children.length;
  }

  editAsText(): EmuText {
    this.record("editAsText");
    return new EmuText(this.counter, () => this.allParagraphs(), null);
  }

  allParagraphs(): EmuParagraph[] {
    return this.children.flatMap((c) =>
      c instanceof EmuParagraph
        ? [c]
        : c instanceof EmuTable
          ? c.rows.flatMap((r) => r.cells.flatMap((cell) => cell.paragraphs))
          : [],
    );
  }

  private size(method: string, key: keyof EmuBody["page"], value: number): this {
    this.record(method);
    if (!Number.isFinite(value) || value < 0) throw new Error(`Exception: Invalid argument: ${key}`);
    this.page[key] = value;
    return this;
  }

  setPageWidth(v: number): this {
    return this.size("setPageWidth", "width", v);
  }
  setPageHeight(v: number): this {
    return this.size("setPageHeight", "height", v);
  }
  setMarginTop(v: number): this {
    return this.size("setMarginTop", "marginTop", v);
  }
  setMarginBottom(v: number): this {
    return this.size("setMarginBottom", "marginBottom", v);
  }
  setMarginLeft(v: number): this {
    return this.size("setMarginLeft", "marginLeft", v);
  }
  setMarginRight(v: number): this {
    return this.size("setMarginRight", "marginRight", v);
  }
}
