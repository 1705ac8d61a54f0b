/** A1 notation: column letters and range addresses, as Sheets writes them. */

export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

export interface GridBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "B2" or "B2:D10" (absolute "$" allowed) to a box; null when it is not a plain cell range. */
export function parseA1(text: string): GridBox | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  if (r1 < 1 || c1 < 1) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

/** A sheet name as a formula needs it: quoted when it holds anything but letters, digits, "_". */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Danh mục'!$A$2:$A$50" or "Sheet1!A2:A5" to its sheet name and box. */
export function parseSheetRange(text: string): { sheetName: string; box: GridBox } | null {
  const s = text.trim().replace(/^=/, "");
  const bang = s.lastIndexOf("!");
  if (bang < 0) return null;
  let sheetName = s.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  const box = parseA1(s.slice(bang + 1));
  return box && sheetName ? { sheetName, box } : null;
}
