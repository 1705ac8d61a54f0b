/**
 * Windows-1252, the code page legacy-font text travels in: TCVN3 and VNI fonts draw Vietnamese
 * letters over its code points. The platform decodes 1252 bytes; the converters need the way back
 * from a character to the byte it stood for, also for font text met inside Unicode (.xlsx cells).
 */

/** Windows-1252 0x80-0x9F; everything from 0xA0 is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** The byte a character stood for when legacy-font text went through Windows-1252 (or Latin-1). */
const REVERSE_1252 = new Map<number, number>(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

export function byteOfChar(code: number): number {
  if (code < 0x100) return code;
  return REVERSE_1252.get(code) ?? -1;
}
