/**
 * Moving a formula to another row as Sheets does when rows above it are deleted or a range is
 * sorted: relative row references (`B5`, `B$5` is absolute) follow the move, absolute ones stay.
 * Undo uses it when it closes the gaps of rows it removed after a sort, so a clerk's formula such
 * as `=YEAR(TODAY())-C12` keeps pointing at its own row instead of becoming its value.
 */

/** A1 references: optional $, column letters, optional $, row digits; not part of a longer name. */
const A1 = /(^|[^A-Za-z0-9_.$!'"])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/g;

/** The formula with its relative row references moved by `rows` (negative: up). */
export function shiftFormulaRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  // Text in double quotes is not a reference: only the parts outside quotes are shifted.
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] as string).replace(
      A1,
      (whole, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
        if (rowAbs === "$") return whole;
        const moved = Number(row) + rows;
        return moved < 1 ? `${before}#REF!` : `${before}${colAbs}${col}${moved}`;
      },
    );
  }
  return parts.join('"');
}
