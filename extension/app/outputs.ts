/**
 * Everything the app page makes from a workbook, each as a file to save: the built-in documents
 * (the add-on's own builders and .docx renderer), an office template filled by shared/templates,
 * the print-ready roster and sign-in sheet. Named from the document and the conference date.
 */
import { fromLocalDate } from "../../shared/dates/civil.ts";
import { fileNameOf } from "../../shared/documents/common.ts";
import { buildDocument, type DocumentKind } from "../../shared/documents/index.ts";
import { readSources } from "../../shared/documents/sources.ts";
import { ROSTER_SHEET, TYPE } from "../../shared/documents/template.ts";
import type { Message } from "../../shared/i18n/index.ts";
import { msg } from "../../shared/i18n/index.ts";
import { renderDocx } from "../../shared/render/docx/index.ts";
import { renderHtml } from "../../shared/render/html/index.ts";
import { ROSTER_TAB } from "../../shared/schema/tabs.ts";
import { fillTemplate, type TemplateProblem } from "../../shared/templates/index.ts";
import type { WorkbookSnapshot } from "../../shared/workbook/snapshot.ts";
import { type ExcelWriter, rosterXlsx, signinXlsx } from "./xlsx-out.ts";

export interface MadeFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  warnings: Message[];
}

export type Made = { ok: true; file: MadeFile } | { ok: false; problems: TemplateProblem[] };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const today = () => fromLocalDate(new Date());
const refused = (messages: Message[]): Made => ({
  ok: false,
  problems: messages.map((message) => ({ message })),
});

export async function builtInDocx(kind: DocumentKind, snapshot: WorkbookSnapshot): Promise<Made> {
  const built = buildDocument(kind, snapshot, { today: today() });
  if (!built.ok) return refused(built.messages);
  const bytes = await renderDocx(built.document);
  return {
    ok: true,
    file: { fileName: `${built.document.fileName}.docx`, mime: DOCX, bytes, warnings: built.warnings ?? [] },
  };
}

/** The print HTML of a built-in document (the add-on's own renderer), or why it cannot be made. */
export function builtInHtml(
  kind: DocumentKind,
  snapshot: WorkbookSnapshot,
): { ok: true; html: string } | { ok: false; problems: TemplateProblem[] } {
  const built = buildDocument(kind, snapshot, { today: today() });
  if (!built.ok) return { ok: false, problems: built.messages.map((message) => ({ message })) };
  return { ok: true, html: renderHtml(built.document) };
}

export function templateDocx(name: string, template: Uint8Array, snapshot: WorkbookSnapshot): Made {
  const result = fillTemplate(template, snapshot, { today: today() });
  if (!result.ok) return { ok: false, problems: result.problems };
  const date = readSources(snapshot).conference.startDate;
  const base =
    name
      .replace(/\.docx$/i, "")
      .replace(/[\\/:*?"<>|]+/g, " ")
      .trim() || ROSTER_SHEET.templateFallbackName;
  return {
    ok: true,
    file: { fileName: `${fileNameOf(base, date)}.docx`, mime: DOCX, bytes: result.bytes, warnings: [] },
  };
}

export async function rosterFile(excel: ExcelWriter, snapshot: WorkbookSnapshot): Promise<Made> {
  const sources = readSources(snapshot);
  if (sources.invitees.length === 0) return refused([msg("extension.docs.noRows", { tab: ROSTER_TAB.name })]);
  const bytes = await rosterXlsx(excel, sources);
  const fileName = `${fileNameOf(TYPE.signin.name, sources.conference.startDate)}.xlsx`;
  return { ok: true, file: { fileName, mime: XLSX, bytes, warnings: [] } };
}

export async function signinFile(excel: ExcelWriter, snapshot: WorkbookSnapshot): Promise<Made> {
  const built = buildDocument("signin", snapshot, { today: today() });
  if (!built.ok) return refused(built.messages);
  const bytes = await signinXlsx(excel, built.document);
  return {
    ok: true,
    file: {
      fileName: `${built.document.fileName} ${ROSTER_SHEET.signinFileSuffix}.xlsx`,
      mime: XLSX,
      bytes,
      warnings: built.warnings ?? [],
    },
  };
}
