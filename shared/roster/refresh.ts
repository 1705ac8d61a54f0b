/**
 * Building `Đại biểu` from `Thành phần` and `Danh mục`: every place the plan implies (a role per
 * KDC, a role per TDP, N residents per KDC) is matched to a row already there, and only the places
 * nobody holds become new rows. Existing rows are never changed, so a refresh keeps whatever staff
 * typed, edited or sorted, adds nothing the second time, and never doubles a row.
 */
import { areaKey, type Catalogue } from "../catalogue/index.ts";
import type { ROSTER_TAB } from "../schema/tabs.ts";
import type { RowPatch, RowValues } from "../table/types.ts";
import { foldKey } from "../text/fold.ts";
import type { Category } from "./categories.ts";

type RosterTab = typeof ROSTER_TAB;

/** A roster row (its id and typed values). */
export interface RosterEntry {
  id: string;
  values: RowValues<RosterTab>;
}

/** What the refresh reads of a row: documents' invitees have just these. */
export interface PlacedRow {
  values: Pick<RowValues<RosterTab>, "fullName" | "category" | "kdc" | "tdp" | "title" | "role" | "walkIn">;
}

/** One category's state: how many the plan implies, who is named, which areas still lack someone. */
export interface CategoryState {
  name: string;
  method: Category["method"];
  /** Implied by the plan; null for a listed category (its list is the roster itself). */
  expected: number | null;
  /** Rows of the category with a name. */
  invited: number;
  /** Places the plan implies that hold no name yet (open slots included). */
  missing: number;
  /** The areas (catalogue spelling) where a place is still unfilled, in catalogue order. */
  missingAreas: string[];
}

export interface RefreshPlan {
  /** New rows for places nobody holds: open slots (no name) with category, role and area. */
  appends: RowPatch<RosterTab>[];
  states: CategoryState[];
}

/** A place the plan implies: category, role ("" for residents) and the area it belongs to. */
interface Place {
  role: string;
  kdc: string;
  tdp: string;
  /** The area that names the place: the TDP for a per-TDP role, the KDC otherwise. */
  area: string;
}

const hasName = (entry: PlacedRow) => entry.values.fullName.trim() !== "";

function sameArea(a: string | null, b: string): boolean {
  return a !== null && a.trim() !== "" && areaKey(a) === areaKey(b);
}

/** The row holds this role: its `Vai trò`, or a title that starts with the role ("Tổ trưởng Tổ 5"). */
function holdsRole(entry: PlacedRow, role: string, byTitle: boolean): boolean {
  const wanted = foldKey(role);
  if (!byTitle) return foldKey(entry.values.role) === wanted;
  return foldKey(entry.values.role) === "" && foldKey(entry.values.title).startsWith(wanted);
}

function placesOf(category: Category, catalogue: Catalogue): Place[] {
  // No roles written: one person per area, whatever their title.
  const roles = category.roles.length > 0 ? category.roles : [""];
  switch (category.method) {
    case "perKdc":
      return catalogue.kdcs.flatMap((kdc) => roles.map((role) => ({ role, kdc, tdp: "", area: kdc })));
    case "perTdp":
      return catalogue.tdps.flatMap((tdp) =>
        roles.map((role) => ({ role, kdc: tdp.kdc, tdp: tdp.name, area: tdp.name })),
      );
    case "residentsPerKdc":
      return catalogue.kdcs.flatMap((kdc) =>
        Array.from({ length: Math.max(0, category.perKdc ?? 0) }, () => ({
          role: "",
          kdc,
          tdp: "",
          area: kdc,
        })),
      );
    default:
      return [];
  }
}

/**
 * Claims, for each place, one row of the category in that area (and role): rows with a name first,
 * a role written in `Vai trò` before one read from the title. Returns the row per place (or null).
 */
function claim<R extends PlacedRow>(
  category: Category,
  places: readonly Place[],
  rows: readonly R[],
): (R | null)[] {
  const own = rows
    .filter((row) => foldKey(row.values.category ?? "") === foldKey(category.name))
    .sort((a, b) => Number(hasName(b)) - Number(hasName(a)));
  const taken = new Set<R>();
  const found: (R | null)[] = places.map(() => null);
  const perTdp = category.method === "perTdp";
  const passes = category.method === "residentsPerKdc" ? [false] : [false, true];
  for (const byTitle of passes)
    places.forEach((place, i) => {
      if (found[i]) return;
      const row = own.find(
        (candidate) =>
          !taken.has(candidate) &&
          sameArea(perTdp ? candidate.values.tdp : candidate.values.kdc, place.area) &&
          (place.role === "" || holdsRole(candidate, place.role, byTitle)),
      );
      if (row) {
        taken.add(row);
        found[i] = row;
      }
    });
  return found;
}

export function planRefresh(
  categories: readonly Category[],
  catalogue: Catalogue,
  rows: readonly PlacedRow[],
): RefreshPlan {
  const appends: RowPatch<RosterTab>[] = [];
  const states: CategoryState[] = [];
  for (const category of categories) {
    const places = placesOf(category, catalogue);
    const held = claim(category, places, rows);
    const lacking = new Set<string>();
    held.forEach((row, i) => {
      const place = places[i] as Place;
      if (!row) appends.push(slotRow(category, place));
      if (!row || !hasName(row)) lacking.add(foldKey(place.area));
    });
    const named = rows.filter(
      (row) =>
        hasName(row) && !row.values.walkIn && foldKey(row.values.category ?? "") === foldKey(category.name),
    );
    const missing = held.filter((row) => !row || !hasName(row)).length;
    const areaNames = category.method === "perTdp" ? catalogue.tdps.map((t) => t.name) : catalogue.kdcs;
    states.push({
      name: category.name,
      method: category.method,
      expected: category.method === "listed" || category.method === null ? null : places.length,
      invited: named.length,
      missing,
      missingAreas: areaNames.filter((name) => lacking.has(foldKey(name))),
    });
  }
  return { appends, states };
}

function slotRow(category: Category, place: Place): RowPatch<RosterTab> {
  const row: RowPatch<RosterTab> = { category: category.name, kdc: place.kdc, fullName: "" };
  if (place.tdp !== "") row.tdp = place.tdp;
  if (place.role !== "") {
    row.role = place.role;
    row.title = place.role;
  }
  return row;
}

/**
 * Area names said briefly: "KDC số 4, 9, 15" when they share their words and differ by number,
 * as staff write them; otherwise the names as they are.
 */
export function compactAreas(names: readonly string[]): string {
  const parts = names.map((name) => /^(.*?)(\d+)$/.exec(name.trim()));
  const prefix = parts[0]?.[1];
  if (names.length > 1 && prefix !== undefined && parts.every((p) => p !== null && p[1] === prefix))
    return `${prefix}${parts.map((p) => p?.[2]).join(", ")}`;
  return names.join(", ");
}

/** The state of each category from a roster read without ids (what documents are built from). */
export function statesOf(
  categories: readonly Category[],
  catalogue: Catalogue,
  invitees: readonly {
    fullName: string;
    category: string;
    kdc: string;
    tdp: string;
    title: string;
    role: string;
    walkIn: boolean;
  }[],
): CategoryState[] {
  return planRefresh(
    categories,
    catalogue,
    invitees.map((values) => ({ values })),
  ).states;
}

/** Categories short of what the plan implies, said as "Nhân dân: 31/34 — thiếu KDC số 4, 9, 15". */
export function shortfalls(
  states: readonly CategoryState[],
): { name: string; invited: number; expected: number; areas: string }[] {
  return states
    .filter((s): s is CategoryState & { expected: number } => s.expected !== null && s.missing > 0)
    .map((s) => ({
      name: s.name,
      invited: s.expected - s.missing,
      expected: s.expected,
      areas: compactAreas(s.missingAreas),
    }));
}
