/**
 * The check-in desk's rules over the roster's typed rows: what a check-in, an undo and a walk-in
 * change, the people as the desk lists them, and the counts per category. A check-in of someone
 * already present changes nothing (two clerks clicking the same person keep the first time and
 * clerk); a walk-in whose name is already in the category is that row, never a second one.
 */
import type { CivilTime } from "../dates/civil.ts";
import { pad2 } from "../dates/civil.ts";
import type { ROSTER_TAB } from "../schema/tabs.ts";
import type { RowPatch } from "../table/types.ts";
import { foldKey } from "../text/fold.ts";
import type { Category } from "./categories.ts";
import type { RosterEntry } from "./refresh.ts";

type RosterTab = typeof ROSTER_TAB;

/** One roster row as the desk shows it (plain JSON). */
export interface DeskPerson {
  id: string;
  name: string;
  salutation: string;
  title: string;
  category: string;
  tdp: string;
  kdc: string;
  phone: string;
  present: boolean;
  /** "07:45", or "" when not checked in. */
  arrivedAt: string;
  checkedInBy: string;
  walkIn: boolean;
}

export interface CategoryCount {
  name: string;
  /** Named rows of the category, walk-ins not counted. */
  invited: number;
  present: number;
  walkIns: number;
}

export interface AttendanceSummary {
  categories: CategoryCount[];
  invited: number;
  present: number;
}

export function timeText(time: CivilTime | null): string {
  return time ? `${pad2(time.hour)}:${pad2(time.minute)}` : "";
}

export function deskPerson(entry: RosterEntry): DeskPerson {
  const v = entry.values;
  return {
    id: entry.id,
    name: v.fullName,
    salutation: v.salutation ?? "",
    title: v.title,
    category: v.category ?? "",
    tdp: v.tdp ?? "",
    kdc: v.kdc ?? "",
    phone: v.phone,
    present: v.present,
    arrivedAt: timeText(v.arrivedAt),
    checkedInBy: v.checkedInBy,
    walkIn: v.walkIn,
  };
}

/** The people the desk can check in: rows with a name (open slots are nobody yet). */
export function deskPeople(entries: readonly RosterEntry[]): DeskPerson[] {
  return entries.filter((e) => e.values.fullName.trim() !== "").map(deskPerson);
}

/** The cells a check-in sets, or null when the person is already present (nothing to do). */
export function checkInPatch(entry: RosterEntry, at: CivilTime, by: string): RowPatch<RosterTab> | null {
  if (entry.values.present) return null;
  return { present: true, arrivedAt: at, checkedInBy: by };
}

/** The cells an undo clears, or null when the person is not checked in. */
export function undoPatch(entry: RosterEntry): RowPatch<RosterTab> | null {
  if (!entry.values.present && entry.values.arrivedAt === null && entry.values.checkedInBy === "")
    return null;
  return { present: false, arrivedAt: null, checkedInBy: "" };
}

/** The category as `Thành phần` spells it, whatever the spelling typed; null when not there. */
export function findCategory(categories: readonly Category[], name: string): Category | null {
  const key = foldKey(name);
  return key === "" ? null : (categories.find((c) => foldKey(c.name) === key) ?? null);
}

/** A name as typed, compared: NFC, spacing and case do not matter; diacritics do (Ân is not An). */
function sameName(a: string, b: string): boolean {
  const plain = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  return plain(a) === plain(b);
}

/**
 * A walk-in already written for this name and category: the same walk-in sent again (a retry
 * after a busy lock, a second desk). Only walk-ins: an invitee of the same name is another person
 * as far as the desk can tell (clerks check invitees in from the list), and two names that differ
 * only by their diacritics are two people.
 */
export function findByName(
  entries: readonly RosterEntry[],
  name: string,
  category: string,
): RosterEntry | null {
  const cat = foldKey(category);
  return (
    entries.find(
      (e) => e.values.walkIn && sameName(e.values.fullName, name) && foldKey(e.values.category ?? "") === cat,
    ) ?? null
  );
}

export function walkInRow(name: string, category: Category, at: CivilTime, by: string): RowPatch<RosterTab> {
  return {
    fullName: name.trim().replace(/\s+/g, " "),
    category: category.name,
    walkIn: true,
    present: true,
    arrivedAt: at,
    checkedInBy: by,
  };
}

/** Counts per category in `Thành phần` order; categories typed in the roster only come after. */
export function summarise(
  categories: readonly Category[],
  entries: readonly RosterEntry[],
): AttendanceSummary {
  const counts: CategoryCount[] = categories.map((c) => ({
    name: c.name,
    invited: 0,
    present: 0,
    walkIns: 0,
  }));
  const byKey = new Map(counts.map((c) => [foldKey(c.name), c]));
  for (const entry of entries) {
    const v = entry.values;
    if (v.fullName.trim() === "") continue;
    const name = v.category ?? "";
    let count = byKey.get(foldKey(name));
    if (!count) {
      count = { name, invited: 0, present: 0, walkIns: 0 };
      counts.push(count);
      byKey.set(foldKey(name), count);
    }
    if (v.walkIn) count.walkIns++;
    else count.invited++;
    if (v.present) count.present++;
  }
  return {
    categories: counts,
    invited: counts.reduce((sum, c) => sum + c.invited, 0),
    present: counts.reduce((sum, c) => sum + c.present, 0),
  };
}
