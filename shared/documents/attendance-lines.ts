/**
 * Attendance as the minutes and the report write it: the total, then one line per category,
 * "... có mặt / ... được mời", counted from check-in.
 */
import type { Attendance } from "../roster/attendance.ts";
import { countText } from "../roster/categories.ts";
import { groupLabel } from "./people.ts";
import { MINUTES } from "./template.ts";
import { punctuateList } from "./text.ts";

export function categoryLines(attendance: Attendance): string[] {
  const groups = attendance.groups.filter((g) => g.category !== null || g.invited > 0);
  return punctuateList(
    groups.map((g) => MINUTES.categoryLine(groupLabel(g), countText(g.present), countText(g.invited))),
  );
}
