/** One cell of the in-memory model: what Sheets keeps per cell that the add-on can see. */
import type { ValidationRule } from "./validation.ts";

/** A stored value: dates are serial numbers (the number format says they are dates). */
export type RawValue = string | number | boolean;

export interface Cell {
  value: RawValue | null;
  /** The formula as typed ("=1+1"); value then holds its computed result. */
  formula: string | null;
  /** Null is the automatic format (never set). */
  format: string | null;
  validation: ValidationRule | null;
  bold: boolean;
  background: string | null;
  note: string | null;
  wrap: boolean;
}

export function newCell(): Cell {
  return {
    value: null,
    formula: null,
    format: null,
    validation: null,
    bold: false,
    background: null,
    note: null,
    wrap: false,
  };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== null || cell.formula !== null);
}

/** The formatting a row or column inserted next to this cell inherits from it (not its content). */
export function inheritedFormatting(from: Cell | undefined): Cell | undefined {
  if (!from) return undefined;
  if (from.format === null && !from.validation && !from.bold && from.background === null && !from.wrap) {
    return undefined;
  }
  return {
    ...newCell(),
    format: from.format,
    validation: from.validation,
    bold: from.bold,
    background: from.background,
    wrap: from.wrap,
  };
}

export function isDefaultCell(cell: Cell): boolean {
  return (
    cell.value === null &&
    cell.formula === null &&
    cell.format === null &&
    cell.validation === null &&
    !cell.bold &&
    cell.background === null &&
    cell.note === null &&
    !cell.wrap
  );
}
