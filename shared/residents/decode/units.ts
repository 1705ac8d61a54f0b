/**
 * Building strings from UTF-16 code units (the legacy-font converters fill one buffer, then turn
 * it into text in slices small enough for Function.apply), and NFC only where it is needed.
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

/** True when some character is a combining mark that NFC could compose (U+0300-U+036F). */
export function hasCombiningMarks(text: string): boolean {
  return /[\u0300-\u036f]/.test(text);
}

/** NFC only when needed: normalising 4 MB of already composed text costs more than looking. */
export function toNfc(text: string): string {
  return hasCombiningMarks(text) ? text.normalize("NFC") : text;
}
