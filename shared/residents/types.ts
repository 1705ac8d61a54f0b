/**
 * The shapes the import pipeline passes along. A file becomes a grid (CSV text through papaparse, or
 * an .xlsx through an adapter outside the core); the core turns a grid into normalised residents.
 */
import type { Message } from "../i18n/index.ts";

/** A cell as the core sees it: .xlsx dates arrive as Excel serial numbers (see the adapters). */
export type ImportCell = string | number | boolean | null;
export type ImportGrid = ImportCell[][];

/** The register's columns an import fills, keyed like RESIDENTS_TAB's columns. */
export const RESIDENT_FIELDS = [
  "fullName",
  "birthDate",
  "gender",
  "idNumber",
  "phone",
  "address",
  "tdp",
  "kdc",
] as const;
export type ResidentField = (typeof RESIDENT_FIELDS)[number];
export type ResidentValues = Record<ResidentField, string>;

/** What a file column feeds: a field, one half of a split name, or nothing. */
export type ColumnTarget = ResidentField | "familyName" | "givenName" | "ignore";
export const COLUMN_TARGETS: readonly ColumnTarget[] = [
  ...RESIDENT_FIELDS,
  "familyName",
  "givenName",
  "ignore",
];

export interface ImportColumn {
  /** 0-based column in the file. */
  index: number;
  /** The header as written in the file. */
  header: string;
  target: ColumnTarget;
  /** Never imported whatever the mapping says (ethnicity, religion). */
  sensitive: boolean;
  /** True when the header was not recognised (and no override mapped it). */
  unknown: boolean;
}

/** One problem with one cell; `row` is the row as the user sees it (1-based, title rows counted). */
export interface RowIssue {
  row: number;
  /** The file's header for the column (or the field's name when the value was derived). */
  column: string;
  message: Message;
}

/** A row that passed validation, ready for the register: its values and its row in the file. */
export interface PreparedRow extends ResidentValues {
  row: number;
}

/** The values of a prepared row alone. */
export function valuesOf(row: ResidentValues): ResidentValues {
  return {
    fullName: row.fullName,
    birthDate: row.birthDate,
    gender: row.gender,
    idNumber: row.idNumber,
    phone: row.phone,
    address: row.address,
    tdp: row.tdp,
    kdc: row.kdc,
  };
}
