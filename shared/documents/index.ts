/**
 * Building a document from a workbook snapshot: `buildDocument(kind, snapshot)` gives the neutral
 * model every renderer lays out, or one message listing every missing fact.
 */
import type { CivilDate } from "../dates/civil.ts";
import type { WorkbookSnapshot } from "../workbook/snapshot.ts";
import { buildInvitations, type InvitationMode } from "./invitations.ts";
import { buildMinutes } from "./minutes.ts";
import type { DocumentKind } from "./model.ts";
import { buildPlan } from "./plan.ts";
import { buildReport } from "./report.ts";
import type { BuildResult } from "./result.ts";
import { buildSignin } from "./signin.ts";
import { type DocumentSources, readSources } from "./sources.ts";

export type { InvitationMode } from "./invitations.ts";
export * from "./model.ts";
export type { BuildResult } from "./result.ts";
export { DOCUMENT_TABS, type DocumentSources, readSources } from "./sources.ts";

export interface BuildOptions {
  /** Invitations: one page per invitee (default) or one per category. */
  invitations?: InvitationMode;
  /** For "quá hạn" marks in the report when the report's own date is not set. */
  today?: CivilDate | null;
}

export function buildFromSources(
  kind: DocumentKind,
  sources: DocumentSources,
  options: BuildOptions = {},
): BuildResult {
  switch (kind) {
    case "plan":
      return buildPlan(sources);
    case "invitations":
      return buildInvitations(sources, options.invitations ?? "invitee");
    case "signin":
      return buildSignin(sources);
    case "minutes":
      return buildMinutes(sources);
    case "report":
      return buildReport(sources, options.today ?? null);
  }
}

export function buildDocument(
  kind: DocumentKind,
  snapshot: WorkbookSnapshot,
  options: BuildOptions = {},
): BuildResult {
  return buildFromSources(kind, readSources(snapshot), options);
}
