/**
 * Search-as-you-type over people (the roster at the door, the residents register when choosing
 * representatives): diacritics optional, words matched as prefixes in order, so "nguyen van a" and
 * "ng v a" both find "Nguyễn Văn A" and "lan" finds "Trần Thị Lan". "tổ 5" / "tdp 5", "kdc 4",
 * a bare 1-2 digit number (TDP or KDC), the last 3+ digits of a phone and a birth year narrow it.
 *
 * The index folds every name once; a query folds only itself, and a bit mask of the names' first
 * letters rejects most rows before any string is compared (per keystroke over 40,000 rows, see
 * bench/roster-search.ts).
 */
import { areaKey } from "../catalogue/area-match.ts";
import { foldKey } from "../text/fold.ts";

export interface Searchable {
  id: string;
  name: string;
  tdp: string;
  kdc: string;
  phone: string;
  birthYear?: number | null;
}

interface Entry<T> {
  item: T;
  words: string[];
  initials: number;
  pairs: number;
  tdp: string;
  kdc: string;
  phone: string;
  order: number;
}

interface Query {
  words: string[];
  initials: number;
  pairs: number;
  tdp: string | null;
  kdc: string | null;
  /** A 1-2 digit number: the TDP or the KDC. */
  area: string | null;
  /** 3+ digits: the end of a phone number, or (4 digits) a birth year. */
  digits: string[];
}

function initialsOf(words: readonly string[]): number {
  let mask = 0;
  for (const word of words) {
    const code = word.charCodeAt(0) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

/** The words' first two letters, hashed into 31 bits: "tr" rejects the "Thị" rows "t" lets in. */
function pairsOf(words: readonly string[]): number {
  let mask = 0;
  for (const word of words)
    if (word.length >= 2) mask |= 1 << ((word.charCodeAt(0) * 31 + word.charCodeAt(1)) % 31);
  return mask;
}

const AREA_TDP = /^(?:to|tdp)(\d+)$/;
const AREA_KDC = /^(?:kdc|khu)(\d+)$/;

export function parseQuery(text: string): Query {
  const tokens = foldKey(text).split(" ").filter(Boolean);
  const query: Query = { words: [], initials: 0, pairs: 0, tdp: null, kdc: null, area: null, digits: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1] ?? "";
    // "tổ 5" and "tổ5" alike; "tô" alone stays a name (Tô, Tống).
    const joined = /^\d+$/.test(next) ? token + next : token;
    const tdp = AREA_TDP.exec(joined);
    const kdc = AREA_KDC.exec(joined);
    if (tdp || kdc) {
      if (joined !== token) i++;
      if (tdp) query.tdp = areaKey(tdp[1] as string);
      if (kdc) query.kdc = areaKey(kdc[1] as string);
    } else if (/^\d+$/.test(token)) {
      if (token.length <= 2) query.area = areaKey(token);
      else query.digits.push(token);
    } else query.words.push(token);
  }
  query.initials = initialsOf(query.words);
  query.pairs = pairsOf(query.words);
  return query;
}

/** Whether the query's words are prefixes of the name's words, in order (greedy is exact here). */
function nameScore(words: readonly string[], query: readonly string[]): number {
  let q = 0;
  let score = 0;
  for (let w = 0; w < words.length && q < query.length; w++) {
    const word = words[w] as string;
    const wanted = query[q] as string;
    if (!word.startsWith(wanted)) continue;
    score += (word === wanted ? 3 : 1) + (w === 0 && q === 0 ? 2 : 0) + (w === words.length - 1 ? 1 : 0);
    q++;
  }
  return q === query.length ? score + 1 : -1;
}

/** Best first: higher score, then the shorter name, then the list's own order. */
function before<T>(a: Found<T>, b: Found<T>): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.words.length !== b.entry.words.length) return a.entry.words.length < b.entry.words.length;
  return a.entry.order < b.entry.order;
}

interface Found<T> {
  entry: Entry<T>;
  score: number;
}

export class PeopleIndex<T extends Searchable> {
  private readonly entries: Entry<T>[];

  constructor(items: readonly T[]) {
    // Names share few words ("Nguyễn", "Văn", "Thị"...): each word is folded once.
    const folded = new Map<string, string>();
    const fold = (word: string) => {
      let key = folded.get(word);
      if (key === undefined) {
        key = foldKey(word);
        folded.set(word, key);
      }
      return key;
    };
    const areas = new Map<string, string>();
    const area = (text: string) => {
      let key = areas.get(text);
      if (key === undefined) {
        key = text ? areaKey(text) : "";
        areas.set(text, key);
      }
      return key;
    };
    this.entries = items.map((item, order) => {
      const words = item.name
        .split(/\s+/)
        .map(fold)
        .filter((w) => w !== "")
        .flatMap((w) => w.split(" "));
      return {
        item,
        words,
        initials: initialsOf(words),
        pairs: pairsOf(words),
        tdp: area(item.tdp),
        kdc: area(item.kdc),
        phone: item.phone.replace(/\D/g, ""),
        order,
      };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The best `limit` matches, best first; an empty query finds nothing. */
  search(text: string, limit = 20): T[] {
    const query = parseQuery(text);
    const { words, initials, pairs, tdp, kdc, area, digits } = query;
    if (words.length === 0 && tdp === null && kdc === null && area === null && digits.length === 0) return [];
    // The best `limit` kept in order as rows pass: no sort of thousands of matches per keystroke.
    const best: Found<T>[] = [];
    for (const entry of this.entries) {
      if ((entry.initials & initials) !== initials || (entry.pairs & pairs) !== pairs) continue;
      if (tdp !== null && entry.tdp !== tdp) continue;
      if (kdc !== null && entry.kdc !== kdc) continue;
      if (area !== null && entry.tdp !== area && entry.kdc !== area) continue;
      if (digits.length > 0 && !digits.every((d) => matchesDigits(entry, d))) continue;
      const score = words.length > 0 ? nameScore(entry.words, words) : 0;
      if (score < 0 || limit <= 0) continue;
      const last = best[best.length - 1];
      // Rows come in list order: one scoring no better than the last kept, and no shorter, is out.
      if (
        best.length >= limit &&
        last &&
        (score < last.score || (score === last.score && entry.words.length >= last.entry.words.length))
      )
        continue;
      const found = { entry, score };
      let i = best.length;
      best.push(found);
      while (i > 0 && before(found, best[i - 1] as Found<T>)) {
        best[i] = best[i - 1] as Found<T>;
        i--;
      }
      best[i] = found;
      if (best.length > limit) best.pop();
    }
    return best.map((f) => f.entry.item);
  }
}

function matchesDigits<T extends Searchable>(entry: Entry<T>, digits: string): boolean {
  if (digits.length === 4 && entry.item.birthYear === Number(digits)) return true;
  return entry.phone !== "" && entry.phone.endsWith(digits);
}

/** A birth year from the register's `Ngày sinh` ("24/03/1946" or "1946"). */
export function birthYearOf(text: string): number | null {
  const match = /(\d{4})\s*$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}
