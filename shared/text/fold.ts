/**
 * Folding for matching what people type against what we expect: headers, labels, choice values,
 * TDP/KDC names. "HỌ VÀ TÊN", "Ho  ten", "ho_ten" all fold to "ho va ten"/"ho ten".
 */

/** Unicode NFC: Vietnamese text arrives decomposed from some systems (macOS, Windows-1258). */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/** Collapses runs of white space (including NBSP) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/** Removes Vietnamese diacritics: "Đường Hồ" -> "Duong Ho". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** The comparison key: no diacritics, lower case, "_", "-", "." and runs of spaces as one space. */
export function foldKey(text: string): string {
  return collapseSpaces(
    stripDiacritics(text)
      .toLowerCase()
      .replace(/[_\-.:/]+/g, " "),
  );
}

/** True when two strings are the same once folded. */
export function sameFolded(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}
