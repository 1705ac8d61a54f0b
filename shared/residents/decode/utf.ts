/**
 * UTF-8 and UTF-16 decoders for Apps Script V8, the browser and Node alike (no TextDecoder).
 */
import { unitsToString } from "./units.ts";

/**
 * Strict UTF-8: null at the first malformed sequence (overlong forms, surrogates, truncation), so
 * that a Windows-1258 or TCVN3 file is never mistaken for UTF-8. `start` skips a BOM.
 */
export function decodeUtf8(bytes: Uint8Array, start = 0): string | null {
  return utf8(bytes, start, false);
}

/** UTF-8 as the user insists: each malformed byte becomes U+FFFD. */
export function decodeUtf8Lenient(bytes: Uint8Array, start = 0): string {
  return utf8(bytes, start, true) ?? "";
}

const REPLACEMENT = 0xfffd;

/** Whether the last decode met a combining mark (U+0300-U+036F), so NFC is needed. */
let sawCombining = false;
/** Where the last decode stopped (exclusive). */
let decodedUpTo = 0;
/**
 * Whether the last decode met nothing a cell cleaner would change inside a value: no control
 * character but the line breaks between rows, no tab, no line break inside quotes, no two spaces
 * in a row, no odd space, combining mark or zero-width character. Then a value needs at most its
 * edges trimmed, and the pipeline skips the per-cell scan.
 */
let sawNothingToClean = false;

export function lastDecodeWasClean(): boolean {
  return sawNothingToClean;
}

/**
 * Strict UTF-8 from `start` to the end of the first line outside double quotes that ends past
 * `start + minBytes` (or to the end): a chunk of whole CSV rows, found while decoding rather than
 * by a separate scan. Null when malformed; `lastDecodeEnd()` says where the chunk ended.
 */
export function decodeUtf8Chunk(bytes: Uint8Array, start: number, minBytes: number): string | null {
  return utf8(bytes, start, false, minBytes);
}

export function lastDecodeEnd(): number {
  return decodedUpTo;
}

export function lastDecodeHadCombiningMarks(): boolean {
  return sawCombining;
}

const SLICE = 0x2000;
const fromCodes = String.fromCharCode as (...codes: number[]) => string;

/**
 * One tight pass, no buffer the size of the file: code units go into a reused plain array whose
 * full slices become strings (Function.apply on a plain array is the fastest way V8 offers without
 * TextDecoder). Null at the first malformed sequence.
 */
function utf8(
  bytes: Uint8Array,
  start: number,
  lenient: boolean,
  minBytes = Number.POSITIVE_INFINITY,
): string | null {
  if (lenient) return utf8Lenient(bytes, start);
  const n = bytes.length;
  // With minBytes: stop after the first line feed outside double quotes past start + minBytes.
  const limit = start + minBytes;
  let quoted = false;
  const slice = packedZeros(SLICE);
  // The pipeline decodes a megabyte at a time: one join per call, slices die young.
  const parts: string[] = [];
  let used = 0;
  let i = start;
  let combining = false;
  let clean = true;
  let previous = 0;
  while (i < n) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      // ASCII, most of a CSV: stored as is; quotes, spaces and control characters are below 0x23.
      i++;
      slice[used++] = b0;
      if (used === SLICE) {
        parts.push(fromCodes.apply(null, slice));
        used = 0;
      }
      if (b0 < 0x23) {
        if (b0 === 0x22) quoted = !quoted;
        else if (b0 === 0x20) {
          if (previous === 0x20) clean = false;
        } else if (b0 === 0x0a) {
          if (quoted) clean = false;
          else if (i >= limit) break;
        } else if (b0 !== 0x0d || quoted) clean = false;
      } else if (b0 === 0x7f) clean = false;
      previous = b0;
      continue;
    }
    let code: number;
    if (b0 < 0xe0) {
      const b1 = bytes[i + 1] as number;
      if (b0 < 0xc2 || (b1 & 0xc0) !== 0x80) return null;
      code = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      // U+0300-U+036F (combining marks, composed by NFC later) are led by 0xCC and 0xCD.
      if (b0 === 0xcc || b0 === 0xcd) combining = true;
      if (code < 0xa1) clean = false;
      i += 2;
    } else if (b0 < 0xf0) {
      const b1 = bytes[i + 1] as number;
      const b2 = bytes[i + 2] as number;
      if (((b1 & 0xc0) ^ 0x80) | ((b2 & 0xc0) ^ 0x80)) return null;
      code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      // Overlong forms and surrogates are not UTF-8.
      if (code < 0x800 || (code >= 0xd800 && code < 0xe000)) return null;
      // Odd spaces, zero-width characters and the BOM (Vietnamese letters sit below U+2000).
      if (
        code >= 0x2000 &&
        (code <= 0x200b ||
          code === 0x2028 ||
          code === 0x2029 ||
          code === 0x202f ||
          code === 0x205f ||
          code === 0x3000 ||
          code === 0xfeff)
      )
        clean = false;
      i += 3;
    } else {
      const astral = fourBytes(bytes, i);
      if (astral < 0) return null;
      const v = astral - 0x10000;
      slice[used++] = 0xd800 | (v >> 10);
      if (used === SLICE) {
        parts.push(fromCodes.apply(null, slice));
        used = 0;
      }
      code = 0xdc00 | (v & 0x3ff);
      i += 4;
    }
    slice[used++] = code;
    if (used === SLICE) {
      parts.push(fromCodes.apply(null, slice));
      used = 0;
    }
    previous = code;
  }
  decodedUpTo = i;
  sawNothingToClean = clean && !combining;
  slice.length = used;
  parts.push(fromCodes.apply(null, slice));
  sawCombining = combining;
  return parts.length === 1 ? (parts[0] as string) : parts.join("");
}

/** A plain array of small integers that V8 keeps packed (no holes to check on every read). */
function packedZeros(length: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(0);
  return array;
}

/** The code point of a 4-byte sequence at i, or -1. (An index past the end reads undefined: NaN checks fail.) */
function fourBytes(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 > 0xf4 || i + 3 >= bytes.length) return -1;
  const b1 = bytes[i + 1] as number;
  const b2 = bytes[i + 2] as number;
  const b3 = bytes[i + 3] as number;
  if (((b1 & 0xc0) ^ 0x80) | ((b2 & 0xc0) ^ 0x80) | ((b3 & 0xc0) ^ 0x80)) return -1;
  const code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  return code >= 0x10000 && code <= 0x10ffff ? code : -1;
}

/** UTF-8 with each malformed byte as U+FFFD, for a file the user insists is UTF-8 (rare: plain and slow). */
function utf8Lenient(bytes: Uint8Array, start: number): string {
  const units: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    const length =
      b0 < 0x80
        ? 1
        : b0 >= 0xc2 && b0 < 0xe0
          ? 2
          : b0 >= 0xe0 && b0 < 0xf0
            ? 3
            : b0 >= 0xf0 && b0 <= 0xf4
              ? 4
              : 0;
    const decoded =
      length === 0
        ? null
        : length === 1
          ? String.fromCharCode(b0)
          : utf8(bytes.subarray(i, i + length), 0, false);
    if (decoded === null || decoded.length === 0) {
      units.push(REPLACEMENT);
      i++;
    } else {
      for (let k = 0; k < decoded.length; k++) units.push(decoded.charCodeAt(k));
      i += length;
    }
  }
  let out = "";
  for (let k = 0; k < units.length; k += SLICE) out += fromCodes.apply(null, units.slice(k, k + SLICE));
  return out;
}

/** UTF-16 code units in the given byte order; an odd trailing byte is dropped. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): string {
  const count = (bytes.length - start) >> 1;
  const out = new Uint16Array(count);
  const hi = littleEndian ? 1 : 0;
  const lo = littleEndian ? 0 : 1;
  for (let k = 0, i = start; k < count; k++, i += 2) {
    out[k] = ((bytes[i + hi] as number) << 8) | (bytes[i + lo] as number);
  }
  return unitsToString(out, count);
}

export type Bom = "utf-8" | "utf-16le" | "utf-16be";

export function detectBom(bytes: Uint8Array): { bom: Bom; length: number } | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { bom: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { bom: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { bom: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows itself by NUL bytes on one side of each pair (Latin and Vietnamese
 * letters all sit below U+2000): looks at the first 2 KB.
 */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 2048) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}
