/**
 * Windows single-byte code pages: 1252 (the carrier of TCVN3/VNI font text) and 1258 (Vietnamese,
 * with tone marks as separate combining characters). Bytes a page leaves undefined decode to the
 * C1 control of the same number, as the WHATWG Encoding standard (and so browsers) do.
 */
import { toNfc, unitsToString } from "./units.ts";

/** Windows-1252 0x80-0x9F; everything from 0xA0 is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

function buildCp1258(): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  CP1252_HIGH.forEach((code, i) => {
    table[0x80 + i] = code;
  });
  // Letters 1252 has that 1258 replaces by Vietnamese ones or leaves undefined.
  for (const b of [0x8a, 0x8e, 0x9a, 0x9e]) table[b] = b;
  const vietnamese: [number, number][] = [
    [0xc3, 0x0102],
    [0xcc, 0x0300],
    [0xd0, 0x0110],
    [0xd2, 0x0309],
    [0xd5, 0x01a0],
    [0xdd, 0x01af],
    [0xde, 0x0303],
    [0xe3, 0x0103],
    [0xec, 0x0301],
    [0xf0, 0x0111],
    [0xf2, 0x0323],
    [0xf5, 0x01a1],
    [0xfd, 0x01b0],
    [0xfe, 0x20ab],
  ];
  for (const [b, code] of vietnamese) table[b] = code;
  return table;
}

function buildCp1252(): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  CP1252_HIGH.forEach((code, i) => {
    table[0x80 + i] = code;
  });
  return table;
}

export const CP1258 = buildCp1258();
export const CP1252 = buildCp1252();

/** Decodes bytes through a 256-entry table. */
export function decodeTable(bytes: Uint8Array, table: Uint16Array, start = 0): string {
  const out = new Uint16Array(bytes.length - start);
  for (let i = start, o = 0; i < bytes.length; i++, o++) out[o] = table[bytes[i] as number] as number;
  return unitsToString(out, bytes.length - start);
}

/** Windows-1258, its separate tone marks composed (NFC). */
export function decodeCp1258(bytes: Uint8Array, start = 0): string {
  return toNfc(decodeTable(bytes, CP1258, start));
}

/** The byte a character stood for when legacy-font text went through Windows-1252 (or Latin-1). */
const REVERSE_1252 = new Map<number, number>(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

export function byteOfChar(code: number): number {
  if (code < 0x100) return code;
  return REVERSE_1252.get(code) ?? -1;
}
