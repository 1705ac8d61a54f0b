/**
 * Counting the rows of a delimited text the way a spreadsheet would, independently of papaparse:
 * a quote opens a quoted value only at the start of a field, and a line break inside one does not
 * end the row. The reader compares this count with the rows papaparse gave, so a row lost to a
 * line-break mix-up is an error instead of a silent loss.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Line breaks of any kind (CRLF, LF, CR) as LF: papaparse takes one kind per parse. */
export function unifyLineBreaks(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Rows in `text` (LF line breaks, see unifyLineBreaks); a final line break ends the last row. */
export function countRows(text: string, delimiter: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const sep = delimiter.charCodeAt(0);
  let rows = 0;
  let fieldStart = true;
  let quoted = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE) i++;
      else quoted = false;
      continue;
    }
    if (c === LF || c === CR) {
      rows++;
      fieldStart = true;
    } else if (c === sep) fieldStart = true;
    else if (c === QUOTE && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else fieldStart = false;
  }
  const last = text.charCodeAt(n - 1);
  return last === LF || last === CR ? rows : rows + 1;
}
