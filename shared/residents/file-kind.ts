/**
 * What a picked file is before anything tries to read rows from it: empty, not text at all (a PDF,
 * a zip or an image renamed .csv), or text. Each gets its own message, since "choose the header
 * row" cannot help with the first two.
 */
import { type Message, msg } from "../i18n/index.ts";

const SAMPLE = 8192;

/** Signatures of common binary files a clerk might pick by mistake. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip (.docx, .xlsx renamed)
  [0xd0, 0xcf, 0x11, 0xe0], // old Office (.xls, .doc)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x1f, 0x8b], // gzip
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** A problem that stops the import of a delimited file before reading, or null for text. */
export function delimitedFileProblem(bytes: Uint8Array): Message | null {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) start = 2;
  let blank = true;
  for (let i = start; i < bytes.length && blank; i++) {
    const b = bytes[i] as number;
    // Spaces, tabs, line breaks, separators and UTF-16's NUL halves: nothing to import.
    if (b > 32 && b !== 44 && b !== 59 && b !== 124) blank = false;
  }
  if (blank) return msg("import.emptyFile");
  if (SIGNATURES.some((signature) => startsWith(bytes, signature))) return msg("import.notText");
  if (start === 2) return null;
  // Text has no control bytes but tab and line breaks; UTF-16 without a BOM has NULs on one side
  // of each pair only, which the decoder recognises, so NULs on both sides mean binary.
  const end = Math.min(bytes.length, SAMPLE);
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (evenNul > 0 && oddNul > 0) return msg("import.notText");
  return control * 20 > end ? msg("import.notText") : null;
}
