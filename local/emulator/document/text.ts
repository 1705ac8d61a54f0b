/**
 * Text of a paragraph (ranged formatting, offsets checked like Apps Script) or of a container
 * (whole-text formatting applied to every paragraph inside it).
 */
import type { CallCounter } from "../call-counter.ts";

/** Formatting of one paragraph: whole-paragraph attributes plus ranged runs over them. */
export interface Formatted {
  readonly text: string;
  readonly attributes: Map<string, unknown>;
  readonly ranges: { start: number; end: number; attribute: string; value: unknown }[];
}

export function attributeAt(p: Formatted, offset: number, attribute: string): unknown {
  let value = p.attributes.get(attribute);
  for (const r of p.ranges)
    if (r.attribute === attribute && r.start <= offset && offset <= r.end) value = r.value;
  return value;
}

export class EmuText {
  constructor(
    private readonly counter: CallCounter,
    private readonly paragraphs: () => Formatted[],
    /** Ranged calls are only allowed on one paragraph's text here. */
    private readonly single: Formatted | null,
  ) {}

  private record(method: string): void {
    this.counter.record("Text", method);
  }

  getText(): string {
    this.record("getText");
    return this.paragraphs()
      .map((p) => p.text)
      .join("\n");
  }

  private whole(attribute: string, value: unknown): this {
    for (const p of this.paragraphs()) {
      p.attributes.set(attribute, value);
      // A whole-text call overrides earlier ranged formatting of the same attribute.
      for (let i = p.ranges.length - 1; i >= 0; i--)
        if (p.ranges[i]?.attribute === attribute) p.ranges.splice(i, 1);
    }
    return this;
  }

  private ranged(start: number, end: number, attribute: string, value: unknown): this {
    const p = this.single;
    if (!p) throw new Error("Emulation: ranged formatting is only emulated on a paragraph's text");
    const length = p.text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= length)
      throw new Error(`Exception: Index (${end}) must be less than the content length (${length}).`);
    p.ranges.push({ start, end, attribute, value });
    return this;
  }

  setBold(a: boolean | number, b?: number, c?: boolean): this {
    this.record("setBold");
    return typeof a === "boolean" ? this.whole("BOLD", a) : this.ranged(a, b ?? -1, "BOLD", c === true);
  }

  setItalic(start: number, end: number, italic: boolean): this {
    this.record("setItalic");
    return this.ranged(start, end, "ITALIC", italic);
  }

  setUnderline(start: number, end: number, underline: boolean): this {
    this.record("setUnderline");
    return this.ranged(start, end, "UNDERLINE", underline);
  }

  setFontFamily(name: string): this {
    this.record("setFontFamily");
    return this.whole("FONT_FAMILY", name);
  }

  setFontSize(size: number): this {
    this.record("setFontSize");
    if (!Number.isFinite(size) || size <= 0) throw new Error("Exception: Invalid argument: size");
    return this.whole("FONT_SIZE", size);
  }
}
