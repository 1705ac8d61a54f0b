/**
 * Building strings from UTF-16 code units without TextDecoder (absent in Apps Script): one output
 * buffer allocated up front, turned into text in slices small enough for Function.apply.
 */

const SLICE = 0x2000;
const fromCodes = String.fromCharCode as (...codes: number[]) => string;

/**
 * The first `length` units of `units` as a string. Function.apply is faster on a plain array than
 * on a typed array in V8, so units go through one reused array of SLICE numbers.
 */
export function unitsToString(units: Uint16Array, length: number): string {
  const slice: number[] = new Array<number>(Math.min(SLICE, length));
  const parts: string[] = [];
  for (let start = 0; start < length; start += SLICE) {
    const end = Math.min(start + SLICE, length);
    if (end - start !== slice.length) slice.length = end - start;
    for (let i = start; i < end; i++) slice[i - start] = units[i] as number;
    parts.push(fromCodes.apply(null, slice));
  }
  return parts.length === 1 ? (parts[0] as string) : parts.join("");
}

/**
 * Collects code units straight into a reused plain array and turns each full slice into a string:
 * decoders push units here instead of filling a buffer the size of the file first.
 */
export class StringSink {
  private readonly slice: number[] = new Array<number>(SLICE).fill(0);
  private readonly parts: string[] = [];
  private used = 0;

  push(unit: number): void {
    this.slice[this.used++] = unit;
    if (this.used === SLICE) {
      this.parts.push(fromCodes.apply(null, this.slice));
      this.used = 0;
    }
  }

  finish(): string {
    if (this.used > 0) {
      this.slice.length = this.used;
      this.parts.push(fromCodes.apply(null, this.slice));
    }
    return this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join("");
  }
}

/** True when some character is a combining mark that NFC could compose (U+0300-U+036F). */
export function hasCombiningMarks(text: string): boolean {
  return /[\u0300-\u036f]/.test(text);
}

/** NFC only when needed: normalising 4 MB of already composed text costs more than looking. */
export function toNfc(text: string): string {
  return hasCombiningMarks(text) ? text.normalize("NFC") : text;
}
