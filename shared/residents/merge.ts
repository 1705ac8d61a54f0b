/**
 * The merge plan of an import against the register (`Dân cư`), from one read of it: each incoming
 * row is unchanged, an update of the row it matches (only values that differ, and a blank never
 * erases), or an addition with a new `Mã dân cư`. Importing the same rows twice plans nothing.
 * Pure: the server reads the sheet, plans here, then writes in a constant number of calls.
 */
import { type CivilDate, fromLocalDate } from "../dates/civil.ts";
import { RESIDENTS_TAB } from "../schema/tabs.ts";
import { IdSequence } from "../table/ids.ts";
import { type CellValue, type Grid, isDateValue } from "../workbook/cells.ts";
import { formatBirthDate, normaliseBirthDate } from "./birth.ts";
import { cleanString, numberText } from "./clean.ts";
import { foldName, idKey, nameKey } from "./keys.ts";
import type { PackedRow } from "./pack.ts";
import { RESIDENT_FIELDS, type ResidentField, type ResidentValues } from "./types.ts";
import { newVerdict, normaliseIdNumber } from "./values.ts";

export type RegisterKey = ResidentField | "residentId" | "importBatch";

export interface MergeChange {
  key: RegisterKey;
  /** 0-based column in the register. */
  column: number;
  old: CellValue;
  value: string;
}

export interface MergeUpdate {
  /** 0-based index in the register grid (0 is the header row). */
  gridIndex: number;
  residentId: string;
  changes: MergeChange[];
}

export interface MergeAdd {
  row: number;
  residentId: string;
  values: ResidentValues;
}

/** A row whose ID number is in the register under another name or birth date. */
export interface MergeConflict {
  row: number;
  gridIndex: number;
  residentId: string;
  idNumber: string;
  existing: { fullName: string; birthDate: string };
  incoming: { fullName: string; birthDate: string };
  applied: boolean;
}

export interface MergePlan {
  /** Known IDs with another name or birth date: held back unless accepted. */
  conflicts: MergeConflict[];
  added: MergeAdd[];
  updated: MergeUpdate[];
  unchanged: number;
  /** Incoming rows that met a register row another incoming row had already matched. */
  repeats: number;
}

/** Cell text as the import compares it: dates as dd/mm/yyyy, numbers as plain digits. */
export function registerText(cell: CellValue | undefined): string {
  if (cell === undefined || cell === null || cell === "") return "";
  if (typeof cell === "string") return cleanString(cell);
  if (typeof cell === "number") return numberText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isDateValue(cell)) {
    const date = fromLocalDate(cell);
    return date ? formatBirthDate(date) : "";
  }
  return String(cell);
}

export function planMerge(
  grid: Grid,
  columns: ReadonlyMap<string, number>,
  incoming: readonly PackedRow[],
  batchId: string,
  today: CivilDate,
  acceptConflicts = false,
  /** The highest `Mã dân cư` number ever issued (an undone import's ids are not given again). */
  idFloor = 0,
): MergePlan {
  const col = (key: RegisterKey): number => {
    const index = columns.get(key);
    if (index === undefined) throw new Error(`register column ${key} not located`);
    return index;
  };
  const idColumn = col("residentId");
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  const withoutId = new Set<number>();
  const ids = new IdSequence(
    RESIDENTS_TAB.id,
    grid.slice(1).map((row) => row[idColumn]),
    idFloor,
  );
  const verdict = newVerdict();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    verdict.error = null;
    const id = normaliseIdNumber(registerText(row[col("idNumber")]), verdict);
    const name = registerText(row[col("fullName")]);
    if (id !== "" && !verdict.error && !byId.has(idKey(id))) byId.set(idKey(id), r);
    if (id === "") withoutId.add(r);
    if (name !== "") {
      verdict.error = null;
      const birth = normaliseBirthDate(registerText(row[col("birthDate")]), today, "dmy", verdict);
      const key = nameKey({
        fullName: name,
        birthDate: verdict.error ? "" : birth,
        tdp: registerText(row[col("tdp")]),
      });
      if (!byName.has(key)) byName.set(key, r);
    }
  }
  const plan: MergePlan = { conflicts: [], added: [], updated: [], unchanged: 0, repeats: 0 };
  const matched = new Set<number>();
  for (const item of incoming) {
    const values = item.values;
    let r: number | undefined;
    if (values.idNumber !== "") {
      r = byId.get(idKey(values.idNumber));
      // A register row typed without an ID number is the same person when name, birth and TDP agree.
      if (r === undefined) {
        const candidate = byName.get(nameKey(values));
        if (candidate !== undefined && withoutId.has(candidate)) r = candidate;
      }
    } else r = byName.get(nameKey(values));
    if (r === undefined) {
      plan.added.push({ row: item.row, residentId: ids.next(), values });
      continue;
    }
    if (matched.has(r)) {
      plan.repeats++;
      continue;
    }
    matched.add(r);
    const row = grid[r] ?? [];
    if (values.idNumber !== "" && byId.get(idKey(values.idNumber)) === r) {
      const existing = {
        fullName: registerText(row[col("fullName")]),
        birthDate: registerText(row[col("birthDate")]),
      };
      if (!samePerson(existing, values)) {
        const applied = acceptConflicts;
        plan.conflicts.push({
          row: item.row,
          gridIndex: r,
          residentId: registerText(row[idColumn]),
          idNumber: values.idNumber,
          existing,
          incoming: { fullName: values.fullName, birthDate: values.birthDate },
          applied,
        });
        if (!applied) continue;
      }
    }
    const changes: MergeChange[] = [];
    for (const field of RESIDENT_FIELDS) {
      const value = values[field];
      if (value === "") continue;
      const column = col(field);
      if (registerText(row[column]) !== value)
        changes.push({ key: field, column, old: row[column] ?? "", value });
    }
    if (changes.length === 0) {
      plan.unchanged++;
      continue;
    }
    let residentId = registerText(row[idColumn]);
    if (residentId === "") {
      residentId = ids.next();
      changes.push({ key: "residentId", column: idColumn, old: row[idColumn] ?? "", value: residentId });
    }
    const batchColumn = col("importBatch");
    changes.push({ key: "importBatch", column: batchColumn, old: row[batchColumn] ?? "", value: batchId });
    plan.updated.push({ gridIndex: r, residentId, changes });
  }
  return plan;
}

/** The year of dd/mm/yyyy or yyyy. */
function yearOf(date: string): string {
  return date.slice(-4);
}

/**
 * One person by name and birth date, as far as both sides say: a blank says nothing, a bare year
 * agrees with a full date of that year, names compare folded (case, spacing, diacritics).
 */
function samePerson(
  existing: { fullName: string; birthDate: string },
  incoming: { fullName: string; birthDate: string },
): boolean {
  if (existing.fullName !== "" && incoming.fullName !== "")
    if (foldName(existing.fullName) !== foldName(incoming.fullName)) return false;
  const a = existing.birthDate;
  const b = incoming.birthDate;
  if (a === "" || b === "") return true;
  if (a.length === 4 || b.length === 4) return yearOf(a) === yearOf(b);
  return a === b;
}
