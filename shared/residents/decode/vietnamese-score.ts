/**
 * How Vietnamese a text looks: the judge between candidate decodings. Each word holding a non-ASCII
 * character must be a Vietnamese syllable: known letters only, one tone mark at most, no capital
 * after a small letter, an onset + vowel nucleus + coda the language allows. Mis-decoded text
 * ("NguyÔn", "B¶o", "Nguyeãn") fails on one of these.
 */

const NUCLEI = [
  "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu",
  "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê",
  "a ă â e ê i o ô ơ u ư y",
]
  .join(" ")
  .split(" ");

const SYLLABLE = new RegExp(
  `^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:${NUCLEI.join("|")})(?:ng|nh|ch|[cmnpt])?$`,
);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /[^\s\d,;:.()/"'|\\-]+/g;

export interface VietnameseScore {
  /** Words with non-ASCII letters that are Vietnamese syllables. */
  good: number;
  bad: number;
}

export function isVietnameseSyllable(word: string): boolean {
  let seenSmall = false;
  for (const ch of word) {
    const small = ch !== ch.toUpperCase();
    const capital = ch !== ch.toLowerCase();
    if (small) seenSmall = true;
    else if (capital && seenSmall) return false;
  }
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const base = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  return SYLLABLE.test(base);
}

/** Enough words to judge; a whole file would only cost time. */
const MAX_WORDS = 400;

export function scoreVietnamese(text: string): VietnameseScore {
  let good = 0;
  let bad = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!hasNonAscii(word)) continue;
    if (good + bad >= MAX_WORDS) break;
    if (isVietnameseSyllable(word)) good++;
    else bad++;
  }
  return { good, bad };
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** One number to compare candidates: mis-decoded words weigh more than good ones. */
export function scoreValue(score: VietnameseScore): number {
  return score.good - 2 * score.bad;
}
