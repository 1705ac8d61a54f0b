/**
 * From a file's bytes to Unicode NFC text, choosing the encoding unless the user did: a BOM decides;
 * else UTF-16 shows by its NUL bytes; else strict UTF-8 either succeeds or the file is single-byte,
 * and Windows-1258, TCVN3 and VNI are all tried on a sample, the most Vietnamese-looking winning.
 * Text that arrives as Unicode (UTF-8, UTF-16, .xlsx cells) may still be TCVN3 or VNI font text,
 * judged the same way (see `detectFont`).
 */
import { tcvn3ToUnicode, vniToUnicode } from "./legacy-fonts.ts";
import type { PlatformDecoder } from "./platform.ts";
import { toNfc } from "./units.ts";
import { detectBom, sniffUtf16 } from "./utf.ts";
import { scoreValue, scoreVietnamese } from "./vietnamese-score.ts";

export const BYTE_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"] as const;
export type ByteEncoding = (typeof BYTE_ENCODINGS)[number];
export const FONT_ENCODINGS = ["unicode", "tcvn3", "vni"] as const;
export type FontEncoding = (typeof FONT_ENCODINGS)[number];

export interface DecodeOptions {
  encoding?: ByteEncoding | "auto";
  font?: FontEncoding | "auto";
}

export interface Decoded {
  text: string;
  encoding: ByteEncoding;
  bom: boolean;
  /** Legacy font text found inside Unicode (always "unicode" for single-byte encodings). */
  font: FontEncoding;
}

const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_CHARS = 16 * 1024;

export function decodeBytes(
  bytes: Uint8Array,
  decoder: PlatformDecoder,
  options: DecodeOptions = {},
): Decoded {
  const wanted = options.encoding ?? "auto";
  const bom = detectBom(bytes);
  let encoding: ByteEncoding;
  let text: string | null = null;
  if (wanted !== "auto") encoding = wanted;
  else if (bom) encoding = bom.bom;
  else {
    // Strict UTF-8 over the whole file decides, and its result is kept: one pass, not two.
    const utf16 = sniffUtf16(bytes);
    text = utf16 ? null : decoder.decode(bytes, "utf-8", true);
    encoding = utf16 ?? (text === null ? guessSingleByte(bytes.subarray(0, SAMPLE_BYTES), decoder) : "utf-8");
  }
  const skip = bom && bom.bom === encoding ? bom.length : 0;
  text = toNfc(text ?? decodeAs(bytes.subarray(skip), encoding, decoder));
  const singleByte = encoding === "windows-1258" || encoding === "tcvn3" || encoding === "vni";
  const font = singleByte ? "unicode" : resolveFont(text, options.font ?? "auto");
  return { text: convertFont(text, font), encoding, bom: skip > 0, font };
}

/** Bytes in a known encoding; the font encodings are their 1252 characters converted. */
export function decodeAs(bytes: Uint8Array, encoding: ByteEncoding, decoder: PlatformDecoder): string {
  switch (encoding) {
    case "utf-8":
    case "utf-16le":
    case "utf-16be":
    case "windows-1258":
      // Not fatal: the user may insist on a wrong encoding; bad bytes then show as U+FFFD.
      return decoder.decode(bytes, encoding, false) ?? "";
    case "tcvn3":
      return tcvn3ToUnicode(decoder.decode(bytes, "windows-1252", false) ?? "");
    case "vni":
      return vniToUnicode(decoder.decode(bytes, "windows-1252", false) ?? "");
  }
}

/** Windows-1258 unless TCVN3 or VNI reads as clearly more Vietnamese. */
export function guessSingleByte(sample: Uint8Array, decoder: PlatformDecoder): ByteEncoding {
  let best: ByteEncoding = "windows-1258";
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const encoding of ["windows-1258", "tcvn3", "vni"] as const) {
    const value = scoreValue(scoreVietnamese(toNfc(decodeAs(sample, encoding, decoder))));
    if (value > bestValue) {
      best = encoding;
      bestValue = value;
    }
  }
  return best;
}

function resolveFont(text: string, wanted: FontEncoding | "auto"): FontEncoding {
  return wanted === "auto" ? detectFont(text.slice(0, SAMPLE_CHARS)) : wanted;
}

/** Characters a legacy font byte can show up as; text without any is plain Unicode. */
const FONT_CHARS =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/** Whether Unicode text is really TCVN3 or VNI font text, judged on a sample. */
export function detectFont(sample: string): FontEncoding {
  if (!FONT_CHARS.test(sample)) return "unicode";
  const asIs = scoreVietnamese(sample);
  // Unicode Vietnamese reads as Vietnamese word after word; font text as Unicode never does.
  if (asIs.bad === 0 && asIs.good >= 50) return "unicode";
  let best: FontEncoding = "unicode";
  let bestValue = scoreValue(asIs);
  for (const [font, convert] of [
    ["tcvn3", tcvn3ToUnicode],
    ["vni", vniToUnicode],
  ] as const) {
    const score = scoreVietnamese(convert(sample));
    const value = scoreValue(score);
    if (value > bestValue && score.good > score.bad) {
      best = font;
      bestValue = value;
    }
  }
  return best;
}

export function convertFont(text: string, font: FontEncoding): string {
  if (font === "tcvn3") return tcvn3ToUnicode(text);
  if (font === "vni") return vniToUnicode(text);
  return text;
}

/** How the encoding is reported: "utf-8", "utf-8-bom", "windows-1258", "utf-8+tcvn3"... */
export function encodingLabel(decoded: Pick<Decoded, "encoding" | "bom" | "font">): string {
  const base = decoded.encoding === "utf-8" && decoded.bom ? "utf-8-bom" : decoded.encoding;
  return decoded.font === "unicode" ? base : `${base}+${decoded.font}`;
}
