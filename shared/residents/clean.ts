/**
 * Cleaning one cell into plain text, fast on the common case: most cells need nothing, and one
 * pass over their character codes proves it without allocating. The slow path collapses white
 * space (NBSP, tabs, line breaks inside quoted values), drops control characters (so nothing can
 * smuggle a tab or CR to the front of a cell), removes Excel's leading apostrophe and composes NFC.
 */
import { toNfc } from "./decode/units.ts";
import type { ImportCell } from "./types.ts";

// Control characters are exactly what these two look for.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const SPACES = /[\s\u0000-\u001f\u007f\u200b]+/g;

/** Anything cleanString would change: control or odd space characters, combining marks, edges. */
const UNCLEAN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are matched one by one on purpose
  /[\u0000-\u001f\u007f\u00a0\u200b\ufeff\u0300-\u036f\u2000-\u200a\u2028\u2029\u3000]|^[\s']|\s$|\s\s/;

export function cleanString(text: string): string {
  if (text === "" || !UNCLEAN.test(text)) return text;
  let out = text.replace(SPACES, " ").trim();
  if (out.charCodeAt(0) === 39) out = out.slice(1).trim();
  return toNfc(out);
}

/** Numbers as digits without exponent where exact ("79123456789"), else JavaScript's text. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

export function cleanCell(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cleanString(cell);
  if (typeof cell === "number") return numberText(cell);
  return cell ? "TRUE" : "FALSE";
}

/** Whether a code unit is a capital (1), a small letter (2) or neither (3); 0 = not yet known. */
const letterCase = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let known = letterCase[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 3;
    letterCase[code] = known;
  }
  return known;
}

export const NAME_UNCLEAN = 1;
export const NAME_CASE = 2;
export const NAME_DIGITS = 4;
/** Formula or markup characters (`=HYPERLINK(...)`, `<img ...>`): kept as typed, and warned about. */
export const NAME_CODE = 8;

/** = < > ( ) [ ] { } " \ anywhere; + - @ first (a spreadsheet runs "+..." as a formula). */
function codeChar(c: number, first: boolean): boolean {
  if (c === 61 || c === 60 || c === 62 || c === 40 || c === 41 || c === 34 || c === 92) return true;
  if (c === 91 || c === 93 || c === 123 || c === 125) return true;
  return first && (c === 43 || c === 45 || c === 64);
}

/**
 * One pass over a name cell: NAME_UNCLEAN when cleanString would change it, NAME_CASE when a word
 * is not written "Xxx", NAME_DIGITS when it holds a digit, NAME_CODE for formula or markup
 * characters; 0 for the common, finished name.
 */
export function nameFlags(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let flags = 0;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first <= 32 || first === 39 || last <= 32) flags |= NAME_UNCLEAN;
  let start = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters of a name are small ASCII letters inside a word: tested first.
    if (c >= 97 && c <= 122) {
      if (start) flags |= NAME_CASE;
      start = false;
    } else if (c === 32) {
      if (start && i > 0) flags |= NAME_UNCLEAN;
      start = true;
    } else if (c >= 65 && c <= 90) {
      if (!start) flags |= NAME_CASE;
      start = false;
    } else if (c >= 0xc0 && c < 0x2000 && (c < 0x300 || c > 0x36f)) {
      // Vietnamese letters: capital or small by the case table.
      const kind = caseOf(c);
      if ((start && kind === 2) || (!start && kind === 1)) flags |= NAME_CASE;
      start = false;
    } else {
      if (c >= 48 && c <= 57) flags |= NAME_DIGITS;
      else if (codeChar(c, i === 0)) flags |= NAME_CODE;
      else if (
        c < 32 ||
        c === 127 ||
        c === 0xa0 ||
        (c >= 0x300 && c <= 0x36f) ||
        c === 0x200b ||
        c === 0xfeff ||
        (c >= 0x2000 && c <= 0x200a)
      )
        flags |= NAME_UNCLEAN;
      else {
        const kind = caseOf(c);
        if ((start && kind === 2) || (!start && kind === 1)) flags |= NAME_CASE;
      }
      start = false;
    }
  }
  return flags;
}

/**
 * Names: each word capitalised the Vietnamese way ("NGUYỄN văn a" -> "Nguyễn Văn A"). Text already
 * written so is returned as is, checked with a case table instead of allocating.
 */
export function capitaliseWords(text: string): string {
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      start = true;
      continue;
    }
    const kind = caseOf(code);
    if ((start && kind === 2) || (!start && kind === 1)) return recapitalise(text);
    start = false;
  }
  return text;
}

function recapitalise(text: string): string {
  const words = text.toLowerCase().split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word !== "") words[i] = word.charAt(0).toUpperCase() + word.slice(1);
  }
  return words.join(" ");
}
