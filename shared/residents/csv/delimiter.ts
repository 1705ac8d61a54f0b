/**
 * Which character separates fields: comma, semicolon (Excel in Vietnamese locale), tab (Excel's
 * "Unicode text") or a vertical bar. Title rows above the header hold no separator, so the
 * separator is the one that splits most lines into the same number of fields. And which line
 * break ends a row.
 */

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 60;

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

/** Excel's "sep=;" first line names the separator outright. */
export function sepLine(text: string): Delimiter | null {
  const match = /^sep=(.)\r?\n/i.exec(text);
  return match?.[1] !== undefined && isDelimiter(match[1]) ? match[1] : null;
}

export function detectDelimiter(text: string): Delimiter {
  const declared = sepLine(text);
  if (declared) return declared;
  const lines = sampleLines(text);
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const score = consistency(counts);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Non-blank logical lines (a quoted value may span physical lines). */
function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === 10 && !inQuotes) {
      const line = text.slice(start, i).replace(/\r$/, "");
      if (line.trim() !== "") lines.push(line);
      start = i + 1;
    }
  }
  if (lines.length < SAMPLE_LINES && start < text.length) {
    const last = text.slice(start);
    if (last.trim() !== "") lines.push(last);
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

/** Lines sharing the most common non-zero count, times that count's weight (more fields wins ties). */
function consistency(counts: number[]): number {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = 0;
  for (const [count, lines] of frequency) best = Math.max(best, lines * 1000 + Math.min(count, 999));
  return best;
}
