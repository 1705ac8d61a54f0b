/**
 * Báo cáo kết quả (form 1.4) to the report recipients: the conference held, attendance, opinions
 * by channel, level and field, those answered, those pending (unit, due date) and those
 * forwarded (each by its code), how the previous conference's open opinions were settled, the
 * minutes attached.
 */
import type { CivilDate } from "../dates/civil.ts";
import { formatShortDate, formatStartMoment } from "../dates/vietnamese.ts";
import type { Opinion } from "../opinions/opinions.ts";
import { countedOpinions, isOverdue, outcomeOf } from "../opinions/tally.ts";
import { countAttendance } from "../roster/attendance.ts";
import { countText } from "../roster/categories.ts";
import { OPINION_STATUSES } from "../schema/choices.ts";
import { ROSTER_TAB } from "../schema/tabs.ts";
import { categoryLines } from "./attendance-lines.ts";
import { fileNameOf, headerBlock, personLine, signoff } from "./common.ts";
import { type Block, paragraph, type TableBlock } from "./model.ts";
import type { BuildResult } from "./result.ts";
import { type DocumentSources, placeholderValues, Requirements } from "./sources.ts";
import { tallyParagraphs } from "./tallies.ts";
import { COMRADE, REPORT, TYPE } from "./template.ts";
import {
  BLANK,
  conferenceName,
  dateWords,
  documentNumber,
  fillPlaceholders,
  lowerFirst,
  punctuateList,
} from "./text.ts";

/** Tables lead with the opinion's code (YK-001), so staff can find the row in `Ý kiến`. */
function withCode(headers: readonly string[]): string[] {
  return ["Mã", ...headers.slice(1)];
}

function followUpTable(headers: readonly string[], rows: string[][]): TableBlock {
  const widths = [0.11, 0.46, 0.25, 0.18];
  return {
    kind: "table",
    columns: headers.map((header, i) => ({
      header,
      width: widths[i] ?? 0.2,
      align: i === 0 ? "center" : "left",
    })),
    rows: rows.map((cells) => ({ cells })),
    fontSize: 12,
  };
}

export function buildReport(s: DocumentSources, today: CivilDate | null): BuildResult {
  const c = s.conference;
  const attendance = countAttendance(s.categories, s.invitees, s.areas);
  const needs = new Requirements(s)
    .facts("issuingBody", "issuerShortName", "issuerSymbol", "placeName", "title", "chair")
    .facts("startDate", "startTime", "venue", "signerTitle", "signer", "reportRecipient")
    .rows(ROSTER_TAB, attendance.invited)
    .categories(attendance);
  if (!needs.ok || !c.startDate || !c.startTime)
    return { ok: false, messages: needs.messages(TYPE.report.name) };

  // "Overdue" is judged on the day the report speaks for: its date, else its deadline, else today.
  const asOf = c.reportDate?.day ? { ...c.reportDate, day: c.reportDate.day } : (c.reportDeadline ?? today);
  const counted = countedOpinions(s.opinions);
  const pending = counted.filter((o) => outcomeOf(o) === "pending");
  const forwarded = counted.filter((o) => outcomeOf(o) === "forwarded" || outcomeOf(o) === "outside");
  const answered = counted.filter((o) => outcomeOf(o) === "answered");
  const fill = (text: string) => fillPlaceholders(text, placeholderValues(s));
  const addressees = c.reportRecipients.map(fill);
  const planRef = `${TYPE.plan.name} số ${documentNumber(c.planNumber) || BLANK}/${TYPE.plan.abbr}-${c.issuerSymbol} ${dateWords(c.planDate)}`;
  const chairs = c.chairs.map((p) => `${lowerFirst(COMRADE)} ${personLine(p)}`).join(", ");

  const blocks: Block[] = [
    headerBlock(c, { number: { type: TYPE.report.abbr, value: c.reportNumber }, date: c.reportDate }),
    { kind: "title", type: TYPE.report.title, summary: [`Kết quả tổ chức ${conferenceName(c.title)}`] },
    ...(addressees.length === 1
      ? [paragraph("addressee", `${REPORT.addressee} ${punctuateList(addressees)[0]}`)]
      : [
          paragraph("addressee", REPORT.addressee),
          ...punctuateList(addressees).map((a) => paragraph("addressee", `- ${a}`)),
        ]),
    paragraph(
      "body",
      `Thực hiện ${planRef} của ${c.issuerShortName} về ${lowerFirst(c.title)}, ${c.issuerShortName} báo cáo kết quả như sau:`,
    ),
    paragraph("section", REPORT.resultsHeading),
    paragraph("subsection", REPORT.held),
    paragraph(
      "body",
      `Hội nghị được tổ chức vào lúc ${formatStartMoment(c.startDate, c.startTime)} tại ${c.venue}, do ${chairs} chủ trì.`,
    ),
    paragraph(
      "body",
      `Tham dự hội nghị có ${countText(attendance.present)} đại biểu có mặt / ${countText(attendance.invited)} đại biểu được mời, gồm:`,
    ),
    ...categoryLines(attendance).map((line) => paragraph("subItem", line)),
    paragraph("subsection", REPORT.opinions),
    ...tallyParagraphs(s.opinions, s.catalogue),
    paragraph("section", REPORT.followUpHeading),
    paragraph("subsection", REPORT.answered(countText(answered.length))),
    paragraph("subsection", REPORT.pending(countText(pending.length))),
    ...(pending.length > 0
      ? [
          followUpTable(
            withCode(REPORT.pendingColumns),
            pending.map((o, i) => pendingRow(o, i, asOf)),
          ),
        ]
      : []),
    paragraph("subsection", REPORT.forwarded(countText(forwarded.length))),
    ...(forwarded.length > 0
      ? [
          followUpTable(
            withCode(REPORT.forwardedColumns),
            forwarded.map((o, i) => [o.id || String(i + 1), o.content, o.forwardedTo, o.forwardRef]),
          ),
        ]
      : []),
    ...carriedOverBlocks(s, asOf),
    paragraph("body", { text: REPORT.attached, italic: true }),
    paragraph(
      "body",
      `Trên đây là báo cáo kết quả tổ chức ${conferenceName(c.title)} của ${c.issuerShortName}./.`,
    ),
    signoff(c, [...REPORT.recipients]),
  ];
  return {
    ok: true,
    document: {
      kind: "report",
      name: TYPE.report.name,
      fileName: fileNameOf(TYPE.report.name, c.startDate),
      blocks,
      pageNumbers: true,
    },
  };
}

function pendingRow(o: Opinion, i: number, asOf: CivilDate | null): string[] {
  const due = o.dueDate ? formatShortDate(o.dueDate) : "";
  const overdue = asOf && isOverdue(o, asOf) ? REPORT.overdue : "";
  return [o.id || String(i + 1), o.content, o.assignedUnit, `${due}${overdue}`];
}

const CARRIED = {
  heading: "III. KẾT QUẢ GIẢI QUYẾT Ý KIẾN CỦA HỘI NGHỊ KỲ TRƯỚC",
  lead: (day: string, n: string) =>
    `Các ý kiến, kiến nghị của hội nghị đối thoại ngày ${day} chưa giải quyết xong tại hội nghị: ${n} ý kiến; kết quả giải quyết đến nay như sau:`,
  columns: ["Mã", "Nội dung ý kiến", "Tình trạng", "Kết quả giải quyết"],
  forwarded: (to: string, ref: string) => `, đến ${to}${ref ? ` (văn bản số ${ref})` : ""}`,
  handledBy: (who: string) => `, do ${who} giải quyết`,
  unit: (unit: string, due: string) => `; ${unit}${due ? `, hạn ${due}` : ""}`,
  settledOn: (day: string) => ` (ngày ${day})`,
} as const;

/**
 * How the previous conference's open opinions were settled: the next dialogue opens with it. Each
 * opinion with its state now (answered, forwarded, still in progress and with whom, overdue).
 */
function carriedOverBlocks(s: DocumentSources, asOf: CivilDate | null): Block[] {
  const carried = s.carriedOver;
  if (carried.length === 0 || !s.previousConference) return [];
  const rows = carried.map((o) => {
    const status = o.status ? OPINION_STATUSES[o.status] : OPINION_STATUSES.received;
    let state = status;
    if (o.status === "forwarded") state += CARRIED.forwarded(o.forwardedTo, o.forwardRef);
    else if (o.status === "outsideJurisdiction" && o.forwardedTo) state += CARRIED.handledBy(o.forwardedTo);
    else if (outcomeOf(o) === "pending" && o.assignedUnit)
      state += CARRIED.unit(o.assignedUnit, o.dueDate ? formatShortDate(o.dueDate) : "");
    if (asOf && isOverdue(o, asOf)) state += REPORT.overdue;
    const result = o.resolution || (o.status === "answered" ? o.answer : "");
    const settled = o.settledOn && result ? CARRIED.settledOn(formatShortDate(o.settledOn)) : "";
    return [o.id, o.content, state, `${result}${settled}`];
  });
  const table = followUpTable(CARRIED.columns, rows);
  return [
    paragraph("section", CARRIED.heading),
    paragraph("body", CARRIED.lead(formatShortDate(s.previousConference), countText(carried.length))),
    {
      ...table,
      columns: table.columns.map((c, i) => ({ ...c, width: [0.11, 0.37, 0.26, 0.26][i] ?? c.width })),
    },
  ];
}
