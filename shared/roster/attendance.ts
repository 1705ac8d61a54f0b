/**
 * Attendance by category, counted from check-in: who was invited (the roster's rows) and who came,
 * beside the number the plan's category implies. Roster rows whose category is not in
 * `Thành phần` form groups of their own after the listed ones, so nobody drops out of a count.
 */
import { foldKey } from "../text/fold.ts";
import { type AreaCounts, type Category, categoryWording, expectedCount } from "./categories.ts";
import type { Invitee } from "./roster.ts";

export interface CategoryAttendance {
  name: string;
  /** The plan's sentence for the category, placeholders filled. */
  wording: string;
  category: Category | null;
  /** Implied by the plan (per KDC, per TDP...); null for listed categories. */
  expected: number | null;
  invitees: Invitee[];
  invited: number;
  present: number;
}

export interface Attendance {
  groups: CategoryAttendance[];
  invited: number;
  present: number;
}

export function countAttendance(
  categories: readonly Category[],
  invitees: readonly Invitee[],
  areas: AreaCounts,
): Attendance {
  const groups: CategoryAttendance[] = [];
  const byKey = new Map<string, CategoryAttendance>();
  for (const category of categories) {
    const group: CategoryAttendance = {
      name: category.name,
      wording: categoryWording(category, areas),
      category,
      expected: expectedCount(category, areas),
      invitees: [],
      invited: 0,
      present: 0,
    };
    groups.push(group);
    byKey.set(foldKey(category.name), group);
  }
  for (const invitee of invitees) {
    const key = foldKey(invitee.category);
    let group = byKey.get(key);
    if (!group) {
      group = {
        name: invitee.category,
        wording: invitee.category,
        category: null,
        expected: null,
        invitees: [],
        invited: 0,
        present: 0,
      };
      groups.push(group);
      byKey.set(key, group);
    }
    group.invitees.push(invitee);
    group.invited++;
    if (invitee.present) group.present++;
  }
  return {
    groups,
    invited: groups.reduce((sum, g) => sum + g.invited, 0),
    present: groups.reduce((sum, g) => sum + g.present, 0),
  };
}
