/**
 * Giấy mời (form 1.7): one page per invitee, or one per category, in one file. Each page is a
 * complete letter: header, GIẤY MỜI and the meeting, who is invited, chairs, time, venue, "./.",
 * recipients and signer.
 */
import { formatStartMoment } from "../dates/vietnamese.ts";
import { countAttendance } from "../roster/attendance.ts";
import { CATEGORIES_TAB, ROSTER_TAB } from "../schema/tabs.ts";
import { fileNameOf, headerBlock, personLine, signoff } from "./common.ts";
import { type Block, paragraph } from "./model.ts";
import { groupLabel, inviteeLine, rosterShortfalls } from "./people.ts";
import type { BuildResult } from "./result.ts";
import { type DocumentSources, Requirements } from "./sources.ts";
import { COMRADE, INVITATION, TYPE } from "./template.ts";
import { conferenceName, endSentence, upperFirst } from "./text.ts";

export type InvitationMode = "invitee" | "category";

export function buildInvitations(s: DocumentSources, mode: InvitationMode): BuildResult {
  const c = s.conference;
  const attendance = countAttendance(s.categories, s.invitees, s.areas);
  // The chairs and the signer get no invitation (they would sign their own); walk-ins came unasked.
  const addressees =
    mode === "invitee"
      ? attendance.groups.flatMap((g) =>
          g.invitees
            .filter((p) => !p.noInvitation && !p.walkIn)
            .map((p) => inviteeLine(p, g.category?.method ?? null)),
        )
      : attendance.groups.filter((g) => g.category !== null).map(groupLabel);
  const needs = new Requirements(s)
    .facts("issuingBody", "issuerShortName", "issuerSymbol", "placeName", "title", "chair")
    .facts("startDate", "startTime", "venue", "signerTitle", "signer")
    .rows(mode === "invitee" ? ROSTER_TAB : CATEGORIES_TAB, addressees.length)
    .categories();
  if (!needs.ok || !c.startDate || !c.startTime)
    return { ok: false, messages: needs.messages(TYPE.invitation.name) };

  const meeting = conferenceName(c.title);
  const chairs = c.chairs.map((p) => `${COMRADE} ${personLine(p)}`).join("; ");
  const moment = formatStartMoment(c.startDate, c.startTime);
  const blocks: Block[] = [];
  addressees.forEach((addressee, i) => {
    if (i > 0) blocks.push({ kind: "pageBreak" });
    blocks.push(
      headerBlock(c, {
        number: { type: TYPE.invitation.abbr, value: c.invitationNumber },
        date: c.invitationDate,
      }),
      { kind: "title", type: TYPE.invitation.title, summary: [upperFirst(meeting)] },
      paragraph("body", `${c.issuerShortName}${INVITATION.invites}`, { text: addressee, bold: true }),
      paragraph("body", endSentence(`${INVITATION.attend}${meeting}`)),
      paragraph("body", endSentence(`${INVITATION.chairs}${chairs}`)),
      paragraph("body", endSentence(`${INVITATION.time}${moment}`)),
      paragraph("body", endSentence(`${INVITATION.venue}${c.venue}`)),
      paragraph("body", INVITATION.closing),
      signoff(c, [...INVITATION.recipients]),
    );
  });
  return {
    ok: true,
    warnings: rosterShortfalls(s),
    document: {
      kind: "invitations",
      name: TYPE.invitation.name,
      fileName: fileNameOf(TYPE.invitation.name, c.startDate),
      blocks,
      pageNumbers: false,
    },
  };
}
