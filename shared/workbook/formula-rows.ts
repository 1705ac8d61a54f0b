/**
 * What Sheets does to a formula's row references when rows are deleted: a reference below the
 * deleted rows moves up by how many of them were above it, `$` or not (the dollar only says what a
 * copy does, not what a deletion does); a reference to a deleted row becomes #REF!, but a range
 * whose end was deleted shrinks to the rows left; one above stays. The emulation's deleteRows applies it, and so does an undo that closes the gaps of rows it
 * removed by rewriting the rows below (more gaps than it deletes one by one).
 */

/** A1 references: optional $, column letters, optional $, row digits; not part of a longer name. */
const A1 = /(^|[^A-Za-z0-9_.$!'"])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/g;

/**
 * The formula after the sheet rows `deleted` (1-based, ascending, any gaps) were removed. Only
 * references without a sheet name are moved: a formula here points at its own sheet.
 */
export function afterDeletedRows(formula: string, deleted: readonly number[]): string {
  if (deleted.length === 0) return formula;
  const gone = new Set(deleted);
  const above = (row: number): number => {
    let low = 0;
    let high = deleted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((deleted[mid] as number) < row) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // Text in double quotes is not a reference: only the parts outside quotes are moved.
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] as string).replace(
      A1,
      (
        whole: string,
        before: string,
        colAbs: string,
        col: string,
        rowAbs: string,
        row: string,
        at: number,
        text: string,
      ) => {
        const n = Number(row);
        const moved = n - above(n);
        if (gone.has(n)) {
          const startOfRange = text[at + whole.length] === ":";
          const endOfRange = before === ":";
          if (!startOfRange && !endOfRange) return `${before}#REF!`;
          // The first row left after a deleted start; the last row left before a deleted end.
          return `${before}${colAbs}${col}${rowAbs}${endOfRange ? moved - 1 : moved}`;
        }
        return `${before}${colAbs}${col}${rowAbs}${moved}`;
      },
    );
  }
  return parts.join('"');
}
