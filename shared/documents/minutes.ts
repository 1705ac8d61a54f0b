/**
 * Biên bản (form 1.9): number and no date line; BIÊN BẢN and the meeting; start time, venue,
 * attendance by category from check-in, chairs, secretary; the course following the agenda; every
 * opinion (asker or "ẩn danh", content, who answered, the answer) with tallies by channel, level and
 * field; the chair's conclusion; the closing time; THƯ KÝ and CHỦ TỌA side by side; recipients.
 */
import { formatClock, formatLongDate, formatStartMoment } from "../dates/vietnamese.ts";
import { countAttendance } from "../roster/attendance.ts";
import { countText } from "../roster/categories.ts";
import { factSpec } from "../schema/conference-facts.ts";
import { CONFERENCE_TAB, ROSTER_TAB } from "../schema/tabs.ts";
import { categoryLines } from "./attendance-lines.ts";
import { fileNameOf, headerBlock, personLine, recipients } from "./common.ts";
import { type Block, paragraph } from "./model.ts";
import { askerLine, opinionContent } from "./people.ts";
import type { BuildResult } from "./result.ts";
import { type DocumentSources, Requirements } from "./sources.ts";
import { tallyParagraphs } from "./tallies.ts";
import { COMRADE, MINUTES, TYPE } from "./template.ts";
import { conferenceName, DOTS, endSentence, upperFirst } from "./text.ts";

const OPINION_WIDTHS = [0.1, 0.18, 0.29, 0.15, 0.28];

/**
 * The conference's own record: what happened and the chair's conclusion come from `Hội nghị` rows
 * written after the meeting; until they are, the minutes say which rows are missing. The opinion
 * table leads with each opinion's code, so "trùng với ý kiến YK-001" can be looked up.
 */
const RECORD = {
  opinionColumns: ["Mã", ...MINUTES.opinionColumns.slice(1)],
  proceedings: "Diễn biến hội nghị:",
  conclusionHeading: "IV. KẾT LUẬN CỦA CHỦ TỌA",
  endHeading: "V. KẾT THÚC HỘI NGHỊ",
  missing: (label: string) => `(Chưa ghi: ${CONFERENCE_TAB.name} › ${label}.)`,
} as const;

/** The rows, or the note naming the `Hội nghị` row to fill. */
function recorded(lines: readonly string[], key: "proceedings" | "conclusion"): Block[] {
  if (lines.length > 0) return lines.map((line) => paragraph("body", line));
  return [paragraph("body", { text: RECORD.missing(factSpec(key).label), italic: true })];
}

export function buildMinutes(s: DocumentSources): BuildResult {
  const c = s.conference;
  const attendance = countAttendance(s.categories, s.invitees, s.areas);
  const needs = new Requirements(s)
    .facts("issuingBody", "issuerSymbol", "title", "startDate", "startTime", "venue", "chair", "secretary")
    .rows(ROSTER_TAB, attendance.invited)
    .categories(attendance);
  const chair = c.presiding;
  if (!needs.ok || !c.startDate || !c.startTime || !c.secretary || !chair)
    return { ok: false, messages: needs.messages(TYPE.minutes.name) };

  const end = c.endTime ? formatClock(c.endTime) : `${DOTS} giờ ${DOTS}`;
  const opinions: Block[] =
    s.opinions.length === 0
      ? [paragraph("body", MINUTES.noOpinions)]
      : [
          ...tallyParagraphs(s.opinions, s.catalogue),
          {
            kind: "table",
            columns: RECORD.opinionColumns.map((header, i) => ({
              header,
              width: OPINION_WIDTHS[i] ?? 0.2,
              align: i === 0 ? "center" : "left",
            })),
            rows: s.opinions.map((o, i) => ({
              cells: [o.id || String(i + 1), askerLine(o), opinionContent(o), o.answerer, o.answer],
            })),
            fontSize: 12,
          },
        ];
  const blocks: Block[] = [
    headerBlock(c, { number: { type: TYPE.minutes.abbr, value: c.minutesNumber }, date: "none" }),
    { kind: "title", type: TYPE.minutes.title, summary: [upperFirst(conferenceName(c.title))] },
    paragraph("section", MINUTES.timeHeading),
    paragraph("item", endSentence(`${MINUTES.start}${formatStartMoment(c.startDate, c.startTime)}`)),
    paragraph("item", endSentence(`${MINUTES.venue}${c.venue}`)),
    paragraph("item", MINUTES.attendance(countText(attendance.present), countText(attendance.invited))),
    ...categoryLines(attendance).map((line) => paragraph("subItem", line)),
    paragraph("item", MINUTES.chairs),
    ...c.chairs.map((p) => paragraph("subItem", `+ ${COMRADE} ${personLine(p)}`)),
    paragraph("item", `${MINUTES.secretary}${COMRADE} ${personLine(c.secretary)}`),
    paragraph("section", MINUTES.courseHeading),
    paragraph("body", MINUTES.course),
    ...c.agenda.map((item) => paragraph("item", `- ${item}`)),
    paragraph("body", RECORD.proceedings),
    ...recorded(c.proceedings, "proceedings"),
    paragraph("section", MINUTES.opinionsHeading),
    ...opinions,
    paragraph("section", RECORD.conclusionHeading),
    ...recorded(c.conclusions, "conclusion"),
    paragraph("section", RECORD.endHeading),
    paragraph("body", MINUTES.ended(end, formatLongDate(c.startDate))),
    {
      kind: "signoff",
      recipients: recipients([...MINUTES.recipients]),
      signers: [
        { authority: "", title: MINUTES.secretaryTitle, name: c.secretary.name },
        { authority: "", title: MINUTES.chairTitle, name: chair.name },
      ],
    },
  ];
  return {
    ok: true,
    document: {
      kind: "minutes",
      name: TYPE.minutes.name,
      fileName: fileNameOf(TYPE.minutes.name, c.startDate),
      blocks,
      pageNumbers: true,
    },
  };
}
