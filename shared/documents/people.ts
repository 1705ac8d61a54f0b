/**
 * How people and groups are named in the documents' sentences and tables.
 */
import { type Message, msg } from "../i18n/index.ts";
import type { Opinion } from "../opinions/opinions.ts";
import type { CategoryAttendance } from "../roster/attendance.ts";
import { shortfalls, statesOf } from "../roster/refresh.ts";
import type { Invitee } from "../roster/roster.ts";
import type { CountMethod } from "../schema/choices.ts";
import { foldKey } from "../text/fold.ts";
import type { DocumentSources } from "./sources.ts";
import { OPINION_WORDS } from "./template.ts";

const OTHERS = "Đại biểu khác";

/**
 * "Bí thư Chi bộ KDC số 4", "Tổ trưởng Tổ 12": a role held per area names its area (the category's
 * `Cách tính` says which), unless the title names it already.
 */
export function titleWithArea(p: Invitee, method: CountMethod | null = null): string {
  const area = method === "perTdp" ? p.tdp : method === "perKdc" ? p.kdc : "";
  if (area === "" || p.title === "" || foldKey(p.title).includes(foldKey(area))) return p.title;
  return `${p.title} ${area}`;
}

/** "Ông Nguyễn Văn A", then title and unit, or the area when there is neither. */
export function inviteeLine(p: Invitee, method: CountMethod | null = null): string {
  const name = [p.salutation, p.fullName].filter(Boolean).join(" ");
  const role = [titleWithArea(p, method), p.unit].filter(Boolean).join(", ");
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

/**
 * Categories the roster leaves short of the plan ("Tổ trưởng TDP: 48/57 — thiếu Tổ 3, 7..."), as
 * warnings beside a document made from the roster: it is made, but not without a word.
 */
export function rosterShortfalls(s: DocumentSources): Message[] {
  const short = shortfalls(statesOf(s.categories, s.catalogue, s.invitees));
  if (short.length === 0) return [];
  return [msg("roster.shortWarning"), ...short.map((c) => msg("roster.shortCategory", { ...c }))];
}
