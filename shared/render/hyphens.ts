/**
 * Hyphens that must not end a line: those joining letters or digits with no space around them,
 * as in year ranges ("2021-2026"), numbers and symbols ("05/KH-UBND", "1072/HĐND-VP",
 * "COVID-19"). A line broken there reads as two words ("2021-" / "2026"). Spaced dashes
 * ("chính trị - xã hội") may break as usual. Each renderer protects them its own way: docx with
 * its no-break-hyphen element, HTML by keeping the word on one line.
 */

const JOINED_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

export interface TextPiece {
  text: string;
  /** A word holding joining hyphens: print it whole. */
  joined: boolean;
}

/** The text cut into plain stretches and words whose hyphens must not break. */
export function joinedPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(JOINED_WORD)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start), joined: false });
    pieces.push({ text: match[0], joined: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), joined: false });
  return pieces;
}
