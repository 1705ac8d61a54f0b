/**
 * Every action the sidebar (or the preview, or `doi-thoai call`) can run. Each handler receives
 * the raw input and parses it itself: input crossing google.script.run is untrusted.
 */
import type { ActionName, ActionOutput } from "../../rpc/contract.ts";
import type { ServerContext } from "../context.ts";
import { createDocument } from "../documents/create.ts";
import { listDocuments } from "../documents/log.ts";
import { documentStatus } from "../documents/status.ts";
import { dueList, listOpinions, opinionContext, tallyCurrent } from "../opinions/read.ts";
import { addOpinion, updateOpinion } from "../opinions/write.ts";
import { importResidents } from "../residents/commit.ts";
import { getImportContext } from "../residents/context.ts";
import { undoImport } from "../residents/undo.ts";
import { addResident } from "../roster/add-resident.ts";
import { attendanceList, attendanceSummary, checkIn, undoCheckIn } from "../roster/desk.ts";
import { markInvited } from "../roster/invitations.ts";
import { refreshRoster, rosterState } from "../roster/refresh.ts";
import { searchPeople } from "../roster/search.ts";
import { getOverview } from "./overview.ts";
import { setupWorkbook } from "./setup.ts";

export type Handlers = { [K in ActionName]: (ctx: ServerContext, input: unknown) => ActionOutput<K> };

export const handlers: Handlers = {
  getOverview: (ctx) => getOverview(ctx),
  setupWorkbook: (ctx) => setupWorkbook(ctx),
  createDocument: (ctx, input) => createDocument(ctx, input),
  "documents.status": (ctx) => documentStatus(ctx),
  "documents.list": (ctx) => listDocuments(ctx),
  getImportContext: (ctx) => getImportContext(ctx),
  importResidents: (ctx, input) => importResidents(ctx, input),
  undoImport: (ctx, input) => undoImport(ctx, input),
  "opinions.add": (ctx, input) => addOpinion(ctx, input),
  "opinions.update": (ctx, input) => updateOpinion(ctx, input),
  "opinions.list": (ctx, input) => listOpinions(ctx, input),
  "opinions.tally": (ctx) => tallyCurrent(ctx),
  "opinions.context": (ctx) => opinionContext(ctx),
  "deadlines.list": (ctx) => dueList(ctx),
  "roster.refresh": (ctx) => refreshRoster(ctx),
  "roster.state": (ctx) => rosterState(ctx),
  "people.search": (ctx, input) => searchPeople(ctx, input),
  "roster.addResident": (ctx, input) => addResident(ctx, input),
  "roster.markInvited": (ctx, input) => markInvited(ctx, input),
  "attendance.list": (ctx) => attendanceList(ctx),
  "attendance.checkIn": (ctx, input) => checkIn(ctx, input),
  "attendance.undo": (ctx, input) => undoCheckIn(ctx, input),
  "attendance.summary": (ctx) => attendanceSummary(ctx),
};

export function isActionName(name: unknown): name is ActionName {
  return typeof name === "string" && Object.hasOwn(handlers, name);
}
