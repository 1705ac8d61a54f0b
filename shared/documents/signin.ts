/**
 * Danh sách đại biểu (sign-in sheet): the invitees grouped by category in the categories' order,
 * numbered, with title and unit, TDP/KDC and a column to sign; sized to the A4 text width.
 */
import { formatStartMoment } from "../dates/vietnamese.ts";
import { countAttendance } from "../roster/attendance.ts";
import { countText } from "../roster/categories.ts";
import { ROSTER_TAB } from "../schema/tabs.ts";
import { fileNameOf, headerBlock } from "./common.ts";
import { type Block, paragraph, type TableRowModel } from "./model.ts";
import { areaOf, groupName, rosterShortfalls } from "./people.ts";
import type { BuildResult } from "./result.ts";
import { type DocumentSources, Requirements } from "./sources.ts";
import { SIGNIN, TYPE } from "./template.ts";
import { conferenceName } from "./text.ts";

const WIDTHS = [0.07, 0.27, 0.32, 0.14, 0.2];

export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of table)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

export function buildSignin(s: DocumentSources): BuildResult {
  const c = s.conference;
  const attendance = countAttendance(s.categories, s.invitees, s.areas);
  const needs = new Requirements(s)
    .facts("issuingBody", "title", "startDate", "startTime", "venue")
    .rows(ROSTER_TAB, attendance.invited)
    .categories(attendance);
  if (!needs.ok || !c.startDate || !c.startTime)
    return { ok: false, messages: needs.messages(TYPE.signin.name) };

  const rows: TableRowModel[] = [];
  let n = 0;
  attendance.groups
    .filter((g) => g.invitees.length > 0)
    .forEach((group, i) => {
      rows.push({ cells: [roman(i + 1), groupName(group)], emphasis: true });
      for (const p of group.invitees)
        rows.push({
          cells: [String(++n), p.fullName, [p.title, p.unit].filter(Boolean).join(", "), areaOf(p), ""],
        });
    });
  // The totals row spans the table after the last person; group headings keep with their first
  // person (the renderer keeps an emphasis row with the row after it).
  rows.push({ cells: ["", `Tổng cộng: ${countText(n)} đại biểu`], emphasis: true });
  const blocks: Block[] = [
    headerBlock(c, { number: null, date: "none" }),
    { kind: "title", type: TYPE.signin.title, summary: [`${SIGNIN.attend}${conferenceName(c.title)}`] },
    paragraph("centered", {
      text: SIGNIN.timeVenue(formatStartMoment(c.startDate, c.startTime), c.venue),
      italic: true,
    }),
    {
      kind: "table",
      columns: SIGNIN.columns.map((header, i) => ({
        header,
        width: WIDTHS[i] ?? 0.2,
        align: i === 0 ? "center" : "left",
      })),
      rows,
      fontSize: 12,
      minRowHeightMm: 9,
    },
  ];
  return {
    ok: true,
    warnings: rosterShortfalls(s),
    document: {
      kind: "signin",
      name: TYPE.signin.name,
      fileName: fileNameOf(TYPE.signin.name, c.startDate),
      blocks,
      pageNumbers: true,
    },
  };
}
