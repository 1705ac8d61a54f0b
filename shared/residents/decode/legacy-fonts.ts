/**
 * Text typed with the legacy Vietnamese fonts: TCVN3 (ABC, .VnTime) and VNI (VNI-Times). Such
 * text is Vietnamese drawn by a font over Windows-1252 code points: "NguyÔn" is Nguyễn in .VnTime,
 * "Nguyeãn" in VNI-Times. Both converters take a string whose characters stand for those bytes
 * (a CSV decoded as 1252, or cells of an .xlsx) and give Unicode NFC; characters that no font byte
 * maps to pass through untouched.
 */
import { byteOfChar } from "./single-byte.ts";
import { toNfc, unitsToString } from "./units.ts";

// TCVN 5712 (VN1), bytes 0x80-0xFF, as GNU libiconv maps them; VN3 (the ABC fonts) is its subset.
// 0xB0-0xB4 are combining tone marks, composed by NFC afterwards.
const TCVN_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6,
  0x00cc, 0x1ec8, 0x0128, 0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede,
  0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168, 0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af,
  0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301,
  0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae,
  0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2,
  0x1ebb, 0x1ebd, 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe,
  0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
  0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5,
  0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];
// VN1 also puts capitals with tones on a few control bytes.
const TCVN_LOW = new Map<number, number>([
  [0x01, 0x00da],
  [0x02, 0x1ee4],
  [0x04, 0x1eea],
  [0x05, 0x1eec],
  [0x06, 0x1eee],
  [0x11, 0x1ee8],
  [0x12, 0x1ef0],
  [0x13, 0x1ef2],
  [0x14, 0x1ef6],
  [0x15, 0x1ef8],
  [0x16, 0x00dd],
  [0x17, 0x1ef4],
]);

function tcvnChar(code: number): number {
  const b = code < 0x100 ? code : byteOfChar(code);
  if (b >= 0x80) return TCVN_HIGH[b - 0x80] as number;
  if (b >= 0 && b < 0x18) return TCVN_LOW.get(b) ?? code;
  return code;
}

/** Converts TCVN3 font text; one output buffer, one table look-up per character. */
export function tcvn3ToUnicode(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const mapped = code < 0x80 && code >= 0x18 ? code : tcvnChar(code);
    if (mapped !== code) changed = true;
    out[i] = mapped;
  }
  return changed ? fixCapitalWords(toNfc(unitsToString(out, n))) : text;
}

/**
 * .VnTimeH draws capitals at the lower-case code points, so "NGUYÔN" converts to "NGUYễN": a word
 * whose ASCII letters are all capitals (two at least) is made all capitals.
 */
function fixCapitalWords(text: string): string {
  return text.replace(/[^\s\d.,;:()/\\-]{2,}/g, (word) => {
    // Two capitals at least: "Tæ" is "Tổ" in .VnTime, not "TỔ".
    if (!/[A-Z][^a-z]*[A-Z]/.test(word) || /[a-z]/.test(word)) return word;
    return word.toUpperCase();
  });
}

const TONE = { acute: "\u0301", grave: "\u0300", hook: "\u0309", tilde: "\u0303", dot: "\u0323" } as const;
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** VNI's second bytes (lower case; capitals are 0x20 lower): marks added to the vowel before. */
const VNI_MARKS = new Map<number, { marks: string; bases: string }>([
  [0xf9, { marks: TONE.acute, bases: "aeouyơư" }],
  [0xf8, { marks: TONE.grave, bases: "aeouyơư" }],
  [0xfb, { marks: TONE.hook, bases: "aeouyơư" }],
  [0xf5, { marks: TONE.tilde, bases: "aeouyơư" }],
  [0xef, { marks: TONE.dot, bases: "aeouyơư" }],
  [0xe2, { marks: CIRCUMFLEX, bases: "aeo" }],
  [0xe1, { marks: CIRCUMFLEX + TONE.acute, bases: "aeo" }],
  [0xe0, { marks: CIRCUMFLEX + TONE.grave, bases: "aeo" }],
  [0xe5, { marks: CIRCUMFLEX + TONE.hook, bases: "aeo" }],
  [0xe3, { marks: CIRCUMFLEX + TONE.tilde, bases: "aeo" }],
  [0xe4, { marks: CIRCUMFLEX + TONE.dot, bases: "aeo" }],
  [0xea, { marks: BREVE, bases: "a" }],
  [0xe9, { marks: BREVE + TONE.acute, bases: "a" }],
  [0xe8, { marks: BREVE + TONE.grave, bases: "a" }],
  [0xfa, { marks: BREVE + TONE.hook, bases: "a" }],
  [0xfc, { marks: BREVE + TONE.tilde, bases: "a" }],
  [0xeb, { marks: BREVE + TONE.dot, bases: "a" }],
]);

/** VNI letters that stand alone (lower case; capitals are 0x20 lower). */
const VNI_SINGLE = new Map<number, string>([
  [0xf4, "ơ"],
  [0xf6, "ư"],
  [0xf1, "đ"],
  [0xed, "í"],
  [0xec, "ì"],
  [0xe6, "ỉ"],
  [0xf3, "ĩ"],
  [0xf2, "ị"],
  [0xee, "ỵ"],
]);

/** (base letter code << 8 | lower-case mark byte) -> the composed letter. */
const VNI_COMPOSE = (() => {
  const table = new Map<number, number>();
  for (const [markByte, { marks, bases }] of VNI_MARKS) {
    for (const base of bases + bases.toUpperCase()) {
      const composed = (base + marks).normalize("NFC");
      if (composed.length === 1) table.set((base.charCodeAt(0) << 8) | markByte, composed.charCodeAt(0));
    }
  }
  return table;
})();

/** Converts VNI font text: a vowel followed by a mark byte becomes one letter. */
export function vniToUnicode(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let o = 0;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const b = byteOfChar(code);
    if (b >= 0xc0) {
      const lower = b | 0x20;
      const single = VNI_SINGLE.get(lower);
      if (single !== undefined) {
        out[o++] = (b < 0xe0 ? single.toUpperCase() : single).charCodeAt(0);
        changed = true;
        continue;
      }
      if (o > 0) {
        const composed = VNI_COMPOSE.get(((out[o - 1] as number) << 8) | lower);
        if (composed !== undefined) {
          out[o - 1] = composed;
          changed = true;
          continue;
        }
      }
    }
    out[o++] = code;
  }
  return changed ? unitsToString(out, o) : text;
}
