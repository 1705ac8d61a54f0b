/**
 * How people and groups are named in the documents' sentences and tables.
 */
import type { Opinion } from "../opinions/opinions.ts";
import type { CategoryAttendance } from "../roster/attendance.ts";
import type { Invitee } from "../roster/roster.ts";
import { OPINION_WORDS } from "./template.ts";

const OTHERS = "Đại biểu khác";

/** "Ông Nguyễn Văn A", then title and unit, or the area when there is neither. */
export function inviteeLine(p: Invitee): string {
  const name = [p.salutation, p.fullName].filter(Boolean).join(" ");
  const role = [p.title, p.unit].filter(Boolean).join(", ");
  const tail = role || areaOf(p);
  return tail ? `${name}, ${tail}` : name;
}

/** "Tổ 5, KDC số 2" (TDP first, as addresses are written). */
export function areaOf(p: { tdp: string; kdc: string }): string {
  return [p.tdp, p.kdc].filter(Boolean).join(", ");
}

/** The category's short name, for headings (sign-in sheet groups). */
export function groupName(group: CategoryAttendance): string {
  return group.name || OTHERS;
}

/** The category's sentence, as the plan writes it. */
export function groupLabel(group: CategoryAttendance): string {
  return group.wording || group.name || OTHERS;
}

/** "Nguyễn Văn A, Tổ 5 (phiếu)" or "Ẩn danh, Tổ 5 (trực tiếp)". */
export function askerLine(o: Opinion): string {
  const who = o.anonymous ? OPINION_WORDS.anonymous : o.askerName;
  const area = o.tdp || o.kdc;
  const channel =
    o.channel === "slip" ? OPINION_WORDS.slip : o.channel === "direct" ? OPINION_WORDS.direct : "";
  return `${who}${area ? `, ${area}` : ""}${channel ? ` (${channel})` : ""}`;
}

/** The content as recorded, with a note when it duplicates another or was withdrawn. */
export function opinionContent(o: Opinion): string {
  if (o.status === "merged") return `${o.content} ${OPINION_WORDS.merged(o.mergedInto || "...")}`;
  if (o.status === "withdrawn") return `${o.content} ${OPINION_WORDS.withdrawn}`;
  return o.content;
}
