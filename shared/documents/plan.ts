/**
 * Kế hoạch (plan), laid out as the seed: header, KẾ HOẠCH and summary, legal bases, introduction,
 * I. purpose and requirements, II. content (format, chairs and secretary, content, attendees, time
 * and venue, agenda), III. tasks per unit, closing, recipients and signer.
 */
import { formatStartMoment } from "../dates/vietnamese.ts";
import { categoryWording } from "../roster/categories.ts";
import { CATEGORIES_TAB } from "../schema/tabs.ts";
import { fileNameOf, headerBlock, personLine, signoff } from "./common.ts";
import { hostTitles, reportingBodies } from "./hosts.ts";
import { type Block, type DocumentModel, paragraph } from "./model.ts";
import type { BuildResult } from "./result.ts";
import { type DocumentSources, placeholderValues, Requirements } from "./sources.ts";
import {
  COMRADE,
  defaultClosing,
  defaultContents,
  defaultFormat,
  defaultIntroduction,
  defaultPurposes,
  defaultRequirements,
  PLAN,
  type TemplateVars,
  TYPE,
} from "./template.ts";
import { endSentence, fillPlaceholders, punctuateList } from "./text.ts";

export function buildPlan(s: DocumentSources): BuildResult {
  const c = s.conference;
  const usesDefaults =
    c.purposes.length === 0 ||
    c.requirements.length === 0 ||
    c.format === "" ||
    c.contents.length === 0 ||
    c.introduction === "" ||
    c.closing === "";
  const needs = new Requirements(s)
    .facts("issuingBody", "issuerSymbol", "placeName", "title", "legalBasis", "chair", "secretary")
    .facts("startDate", "startTime", "venue", "agenda", "task", "recipient", "signerTitle", "signer")
    .rows(CATEGORIES_TAB, s.categories.length)
    .categories();
  if (usesDefaults) needs.facts("localLevel");
  if (c.introduction === "") needs.facts("issuerShortName");
  if (!needs.ok || !c.startDate || !c.startTime || !c.secretary)
    return { ok: false, messages: needs.messages(TYPE.plan.name) };

  const vars: TemplateVars = {
    level: c.localLevel,
    issuer: c.issuerShortName,
    title: c.title,
    hosts: hostTitles(c.chairs, c.localLevel),
    bodies: reportingBodies(c.chairs, c.localLevel, c.issuerShortName),
  };
  const fill = (text: string) => fillPlaceholders(text, placeholderValues(s));
  const own = (rows: string[], fallback: string[]) => (rows.length > 0 ? rows : fallback).map(fill);
  const items = (lines: string[]) => lines.map((line) => paragraph("item", `- ${line}`));

  const blocks: Block[] = [
    headerBlock(c, { number: { type: TYPE.plan.abbr, value: c.planNumber }, date: c.planDate }),
    { kind: "title", type: TYPE.plan.title, summary: [c.title] },
    ...punctuateList(c.legalBases).map((basis) => paragraph("basis", { text: basis, italic: true })),
    paragraph("body", fill(c.introduction || defaultIntroduction(vars))),
    paragraph("section", PLAN.purposeHeading),
    paragraph("subsection", PLAN.purpose),
    ...items(own(c.purposes, defaultPurposes(vars))),
    paragraph("subsection", PLAN.requirement),
    ...items(own(c.requirements, defaultRequirements(vars))),
    paragraph("section", PLAN.contentHeading),
    paragraph("subsection", PLAN.formatChairs),
    paragraph("item", `${PLAN.formatLabel}${fill(c.format || defaultFormat(vars))}`),
    paragraph("item", PLAN.chairsLabel),
    ...c.chairs.map((chair, i) =>
      paragraph("subItem", `+ ${COMRADE} ${personLine(chair)}${i === c.chairs.length - 1 ? "." : ""}`),
    ),
    paragraph("item", `${PLAN.secretaryLabel}${COMRADE} ${personLine(c.secretary)}`),
    paragraph("subsection", PLAN.content),
    ...items(own(c.contents, defaultContents(vars))),
    paragraph("subsection", PLAN.attendees),
    ...items(punctuateList(s.categories.map((category) => categoryWording(category, s.areas)))),
    paragraph("subsection", PLAN.timePlace),
    paragraph(
      "item",
      `${PLAN.timeLabel}${formatStartMoment(c.startDate, c.startTime)}${PLAN.invitationNote}`,
    ),
    paragraph("item", `${PLAN.venueLabel}${endSentence(c.venue)}`),
    paragraph("subsection", PLAN.agenda),
    ...items(c.agenda.map(fill)),
    paragraph("section", PLAN.tasksHeading),
    ...taskBlocks(c.tasks.map((t) => ({ unit: t.unit, task: fill(t.task) }))),
    paragraph("body", fill(c.closing || defaultClosing(vars))),
    signoff(c, c.recipients.map(fill)),
  ];
  return {
    ok: true,
    document: {
      kind: "plan",
      name: TYPE.plan.name,
      fileName: fileNameOf(TYPE.plan.name, c.startDate),
      blocks,
      pageNumbers: true,
    } satisfies DocumentModel,
  };
}

/**
 * Consecutive tasks of one unit sit under a numbered heading naming the unit; a task with no unit
 * is a numbered paragraph of its own.
 */
function taskBlocks(tasks: { unit: string; task: string }[]): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  let unit: string | null = null;
  for (const { unit: taskUnit, task } of tasks) {
    if (taskUnit === "") {
      unit = null;
      blocks.push(paragraph("body", `${++n}. ${task}`));
      continue;
    }
    if (taskUnit !== unit) {
      unit = taskUnit;
      blocks.push(paragraph("subsection", `${++n}. ${taskUnit}`));
    }
    if (task !== "") blocks.push(paragraph("item", `- ${task}`));
  }
  return blocks;
}
