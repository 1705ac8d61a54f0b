/**
 * Encoders for test files, written independently of the decoders under test: UTF-16 by hand,
 * Windows-1258 from Node's own decoding table (ICU), TCVN3 and VNI from the tables of the xvnkb
 * Vietnamese keyboard (letters in the order base x tone).
 */

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? "\ufeff" : "") + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
}

const TONES = "\u0300\u0301\u0303\u0309\u0323";

/** Windows-1258: precomposed base letter (â, ơ...) then a separate tone mark, as the code page has it. */
export function cp1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const tones = parts.filter((p) => TONES.includes(p));
    const base = parts
      .filter((p) => !TONES.includes(p))
      .join("")
      .normalize("NFC");
    const baseByte = byteOf.get(base);
    if (baseByte === undefined || tones.length !== 1) throw new Error(`not in windows-1258: ${ch}`);
    bytes.push(baseByte, byteOf.get(tones[0] as string) as number);
  }
  return new Uint8Array(bytes);
}

const BASES = ["a", "â", "ă", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y"];
// Tones in xvnkb's order: none, acute, grave, hook, tilde, dot.
const XV_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

function letterTable(rows: string[][], capitals: boolean): Map<string, string> {
  const table = new Map<string, string>();
  BASES.forEach((base, b) => {
    XV_TONES.forEach((tone, t) => {
      const letter = (base + tone).normalize("NFC");
      const code = rows[b]?.[t];
      if (code !== undefined) table.set(capitals ? letter.toUpperCase() : letter, code);
    });
  });
  return table;
}

// xvnkb tcvn.h, lower-case letters (TCVN3 fonts draw capitals with tones in .VnTimeH at these codes).
const TCVN_LOWER = [
  ["a", "¸", "µ", "¶", "·", "¹"],
  ["©", "Ê", "Ç", "È", "É", "Ë"],
  ["¨", "¾", "»", "¼", "½", "Æ"],
  ["e", "Ð", "Ì", "Î", "Ï", "Ñ"],
  ["ª", "Õ", "Ò", "Ó", "Ô", "Ö"],
  ["o", "ã", "ß", "á", "â", "ä"],
  ["«", "è", "å", "æ", "ç", "é"],
  ["¬", "í", "ê", "ë", "ì", "î"],
  ["u", "ó", "ï", "ñ", "ò", "ô"],
  ["\u00ad", "ø", "õ", "ö", "÷", "ù"],
  ["i", "Ý", "×", "Ø", "Ü", "Þ"],
  ["y", "ý", "ú", "û", "ü", "þ"],
];
const TCVN = letterTable(TCVN_LOWER, false);
const TCVN_CAPITALS = new Map([
  ["Ă", "¡"],
  ["Â", "¢"],
  ["Ê", "£"],
  ["Ô", "¤"],
  ["Ơ", "¥"],
  ["Ư", "¦"],
  ["Đ", "§"],
  ["đ", "®"],
]);

/** TCVN3 text as its font shows it in Windows-1252 ("NguyÔn"); capitals with a tone as .VnTimeH. */
export function tcvn3Text(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else out += TCVN_CAPITALS.get(ch) ?? TCVN.get(ch) ?? TCVN.get(ch.toLowerCase()) ?? "?";
  }
  return out;
}

// xvnkb vni.h.
const VNI_LOWER = [
  ["a", "aù", "aø", "aû", "aõ", "aï"],
  ["aâ", "aá", "aà", "aå", "aã", "aä"],
  ["aê", "aé", "aè", "aú", "aü", "aë"],
  ["e", "eù", "eø", "eû", "eõ", "eï"],
  ["eâ", "eá", "eà", "eå", "eã", "eä"],
  ["o", "où", "oø", "oû", "oõ", "oï"],
  ["oâ", "oá", "oà", "oå", "oã", "oä"],
  ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"],
  ["u", "uù", "uø", "uû", "uõ", "uï"],
  ["ö", "öù", "öø", "öû", "öõ", "öï"],
  ["i", "í", "ì", "æ", "ó", "ò"],
  ["y", "yù", "yø", "yû", "yõ", "î"],
];
const VNI_UPPER = [
  ["A", "AÙ", "AØ", "AÛ", "AÕ", "AÏ"],
  ["AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ"],
  ["AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË"],
  ["E", "EÙ", "EØ", "EÛ", "EÕ", "EÏ"],
  ["EÂ", "EÁ", "EÀ", "EÅ", "EÃ", "EÄ"],
  ["O", "OÙ", "OØ", "OÛ", "OÕ", "OÏ"],
  ["OÂ", "OÁ", "OÀ", "OÅ", "OÃ", "OÄ"],
  ["Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ"],
  ["U", "UÙ", "UØ", "UÛ", "UÕ", "UÏ"],
  ["Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ"],
  ["I", "Í", "Ì", "Æ", "Ó", "Ò"],
  ["Y", "YÙ", "YØ", "YÛ", "YÕ", "Î"],
];
const VNI = new Map([
  ...letterTable(VNI_LOWER, false),
  ...letterTable(VNI_UPPER, true),
  ["đ", "ñ"],
  ["Đ", "Ñ"],
]);

/** VNI text as its font shows it in Windows-1252 ("Nguyeãn"). */
export function vniText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += ch.charCodeAt(0) < 128 ? ch : (VNI.get(ch) ?? "?");
  return out;
}

/** Text whose characters are all below U+0100 as single bytes (how a 1252 file stores it). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not a byte: ${text[i]}`);
    out[i] = code;
  }
  return out;
}
