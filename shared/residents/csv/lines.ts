/**
 * Line breaks, and counting the rows of a delimited text the way a spreadsheet would,
 * independently of papaparse: a quote opens a quoted value only at the start of a field, and a
 * line break inside one does not end the row. The reader compares this count with the rows
 * papaparse gave, so a row lost to a line-break mix-up is an error instead of a silent loss. Both
 * jump from quote to line feed with the platform's indexOf (no loop over every character): the
 * import must stay within twice papaparse's own time (bench/import.ts).
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The text with one kind of line break, and that kind, for papaparse (which takes one kind per
 * parse): pure LF and pure CRLF text as it is, anything else (CR alone, or a mix of CRLF, LF and
 * CR, as when one program wrote the header and another appended rows) with every break as LF.
 */
export function oneLineBreak(text: string): { text: string; newline: "\n" | "\r\n" } {
  if (text.indexOf("\r") < 0) return { text, newline: "\n" };
  let crs = 0;
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) crs++;
  let lfs = 0;
  let pure = true;
  for (let at = text.indexOf("\n"); at >= 0 && pure; at = text.indexOf("\n", at + 1)) {
    lfs++;
    if (text.charCodeAt(at - 1) !== CR) pure = false;
  }
  if (pure && lfs === crs) return { text, newline: "\r\n" };
  return { text: text.replace(/\r\n?/g, "\n"), newline: "\n" };
}

/** Rows in `text` (LF or CRLF breaks, see oneLineBreak); a final line break ends the last row. */
export function countRows(text: string, delimiter: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const sep = delimiter.charCodeAt(0);
  let rows = 0;
  let at = 0;
  let quote = text.indexOf('"');
  for (;;) {
    let lf = text.indexOf("\n", at);
    // Quotes before this line feed: one at a field's start opens a quoted value, which may hold
    // line feeds; any other is a literal character.
    while (quote >= 0 && (lf < 0 || quote < lf)) {
      const before = quote === 0 ? LF : text.charCodeAt(quote - 1);
      if (before !== sep && before !== LF) {
        quote = text.indexOf('"', quote + 1);
        continue;
      }
      let close = text.indexOf('"', quote + 1);
      while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
      // Unclosed: the rest is one row (papaparse reports the quote itself).
      if (close < 0) return rows + 1;
      at = close + 1;
      quote = text.indexOf('"', at);
      if (lf >= 0 && lf < at) lf = text.indexOf("\n", at);
    }
    if (lf < 0) return rows + 1;
    rows++;
    at = lf + 1;
    if (at >= n) return rows;
  }
}
