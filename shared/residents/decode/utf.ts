/**
 * What the bytes say about their Unicode encoding before any decoding: a BOM, or the NUL bytes of
 * UTF-16 without one. Decoding itself is the platform's (platform.ts).
 */

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
