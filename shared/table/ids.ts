/**
 * Stable row ids (`DB-001`, `YK-001`, `DC-000001`): a prefix and a zero-padded number, the next one
 * above both the highest in the tab and the highest ever issued (the floor the server keeps in the
 * document's properties), so that an id deleted with its row, or undone with an import, is never
 * given to another row while a document or another tab (`Mã dân cư` in `Đại biểu`) still names it.
 */
import type { IdSpec } from "../schema/types.ts";
import type { CellValue } from "../workbook/cells.ts";
import { cellText } from "../workbook/cells.ts";

export function formatId(spec: IdSpec, n: number): string {
  return spec.prefix + String(n).padStart(spec.digits, "0");
}

/** The number of an id of this tab ("DB-012" -> 12), or null for a hand-typed other value. */
export function idNumber(spec: IdSpec, text: string): number | null {
  if (!text.toUpperCase().startsWith(spec.prefix.toUpperCase())) return null;
  const digits = text.slice(spec.prefix.length);
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}

/** Hands out ids above every id in the column. */
export class IdSequence {
  private last = 0;

  constructor(
    private readonly spec: IdSpec,
    cells: Iterable<CellValue | undefined>,
    floor = 0,
  ) {
    this.last = Math.max(0, floor);
    for (const cell of cells) {
      const n = idNumber(spec, cellText(cell));
      if (n !== null && n > this.last) this.last = n;
    }
  }

  /** The highest number seen or handed out so far. */
  get highest(): number {
    return this.last;
  }

  next(): string {
    this.last += 1;
    return formatId(this.spec, this.last);
  }
}
