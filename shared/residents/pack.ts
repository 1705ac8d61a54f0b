/**
 * Normalised rows as one compact string for google.script.run (plain values only, and a 40,000-row
 * register as objects would be three times the size). Cleaning removes control characters from
 * every value, so the two separators below cannot occur inside one.
 */
import { RESIDENT_FIELDS, type ResidentValues } from "./types.ts";

const FIELD = "\u001f";
const ROW = "\u001e";

export interface PackedRow {
  /** The row in the user's file, for messages. */
  row: number;
  values: ResidentValues;
}

/** Rows as the pipeline prepares them (values and row number in one object). */
export function packRows(rows: readonly (ResidentValues & { row: number })[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const values = rows[i] as ResidentValues & { row: number };
    const row = values.row;
    lines[i] = [
      String(row),
      values.fullName,
      values.birthDate,
      values.gender,
      values.idNumber,
      values.phone,
      values.address,
      values.tdp,
      values.kdc,
    ].join(FIELD);
  }
  return lines.join(ROW);
}

/** The rows, or null when the text is not a packing of rows (wrong field count, bad row number). */
export function unpackRows(text: string): PackedRow[] | null {
  if (text === "") return [];
  const lines = text.split(ROW);
  const rows: PackedRow[] = [];
  for (const line of lines) {
    const parts = line.split(FIELD);
    if (parts.length !== RESIDENT_FIELDS.length + 1) return null;
    const row = Number(parts[0]);
    if (!Number.isInteger(row) || row < 1) return null;
    const values = {} as ResidentValues;
    RESIDENT_FIELDS.forEach((field, i) => {
      values[field] = parts[i + 1] as string;
    });
    rows.push({ row, values });
  }
  return rows;
}
