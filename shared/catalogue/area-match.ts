/**
 * Matching what people write for a KDC or TDP against the catalogue: "Tổ 5", "TDP 05", "TDP05",
 * "tổ dân phố số 5" and "5" are one TDP; "KDC số 3", "Khu dân cư 3", "KDC3" and "3" are one KDC.
 * Named areas ("Thanh Lộc Đán") match folded; a commune's "Thôn Phú Sơn", "Xóm 3", "Ấp 2" too.
 */
import { foldKey } from "../text/fold.ts";

const AREA_WORDS = /\b(to dan pho|khu dan cu|tdp|kdc|to|khu|so|chi bo|thon|xom|ap)\b/g;

/** The part that identifies an area: "TDP 05" -> "5", "Khu dân cư Hòa An" -> "hoa an". */
export function areaKey(text: string): string {
  // "tdp05" -> "tdp 05": exports often glue the word to the number.
  const rest = foldKey(text)
    .replace(/([a-z])(\d)/g, "$1 $2")
    .replace(AREA_WORDS, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (/^0*\d+[a-z]?$/.test(rest)) return rest.replace(/^0+(?=\d)/, "");
  return rest;
}

/** The catalogue's spelling of an area, or null when the ward has no such area. */
export function matchArea(text: string, known: readonly string[]): string | null {
  if (text.trim() === "") return null;
  const key = areaKey(text);
  return known.find((name) => areaKey(name) === key) ?? null;
}
