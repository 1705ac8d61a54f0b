/**
 * Who hosts the dialogue, as the built-in wording names them: from the chairs' titles in the
 * workbook, never a fixed "Chủ tịch UBND". A Party secretary, a People's Council chair and a
 * committee chair read "Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã"; the bodies whose work
 * is reported to the people are the government bodies among theirs (HĐND, UBND: the Party
 * committee leads but is not the local government), "HĐND, UBND xã".
 */
import type { NamedPerson } from "../conference/model.ts";
import { collapseSpaces, foldKey } from "../text/fold.ts";

/** "a", "a và b", "a, b và c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} và ${items.at(-1)}`;
}

/** Names that all end in the level ("... xã") say it once, at the end: "HĐND, UBND xã". */
function sharedLevel(items: readonly string[], level: string, join: (xs: string[]) => string): string {
  const suffix = ` ${foldKey(level)}`;
  const all = level !== "" && items.length > 1 && items.every((i) => foldKey(i).endsWith(suffix));
  if (!all) return join([...items]);
  return `${join(items.map((i) => i.slice(0, i.length - level.length).trim()))} ${level}`;
}

function distinct(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = foldKey(i);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã": the chairs by title. */
export function hostTitles(chairs: readonly NamedPerson[], level: string): string {
  return sharedLevel(distinct(chairs.map((c) => collapseSpaces(c.title))), level, joinAnd);
}

const ROLE = /^(?:phó\s+)?(?:bí\s+thư|chủ\s+tịch|trưởng\s+ban|trưởng|giám\s+đốc)\s+(?:thường\s+trực\s+)?/iu;
const GOVERNMENT = ["ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan"];

/** The body a title heads: "Chủ tịch UBND xã" → "UBND xã". */
export function bodyOf(title: string): string {
  return collapseSpaces(title).replace(ROLE, "");
}

/**
 * The government bodies the chairs head ("HĐND, UBND xã"), whose work the conference reports;
 * `fallback` (the issuer's name in sentences) when no chair heads one.
 */
export function reportingBodies(chairs: readonly NamedPerson[], level: string, fallback: string): string {
  const bodies = distinct(chairs.map((c) => bodyOf(c.title))).filter((b) =>
    GOVERNMENT.some((g) => foldKey(b).startsWith(g)),
  );
  return bodies.length === 0 ? fallback : sharedLevel(bodies, level, (xs) => xs.join(", "));
}
