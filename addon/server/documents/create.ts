/**
 * createDocument: reads the tabs documents need (one getValues each), builds the document, and
 * only when nothing required is missing creates a new Google Doc named from the document, the
 * conference's date and the moment of creation, so each click is a new version and staff edits
 * in earlier Docs are never touched. The Doc stays where DocumentApp makes it (the creator's My
 * Drive): the default manifest asks for no Drive scope. Its link goes to the `Văn bản` log tab, so
 * the workbook knows every Doc made. Moving it beside the spreadsheet is the opt-in variant
 * (appsscript.drive.json adds the restricted `drive` scope; see docs/documents.md on scopes).
 */
import { fromLocalDate } from "../../../shared/dates/civil.ts";
import {
  buildDocument,
  DOCUMENT_KINDS,
  DOCUMENT_TABS,
  type InvitationMode,
} from "../../../shared/documents/index.ts";
import { versionedName } from "../../../shared/documents/naming.ts";
import type { CreatedDocument } from "../../rpc/document-actions.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectObject, expectOneOf } from "../../rpc/input.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";
import { renderGoogleDoc } from "./gdocs-render.ts";
import { logMoment, recordDocument } from "./log.ts";

const ACTION = "createDocument";
const MODES: readonly InvitationMode[] = ["invitee", "category"];

export function createDocument(ctx: ServerContext, input: unknown): CreatedDocument {
  const args = expectObject(ACTION, input);
  const kind = expectOneOf(ACTION, args, "kind", DOCUMENT_KINDS);
  const invitations =
    args.invitations === undefined ? "invitee" : expectOneOf(ACTION, args, "invitations", MODES);
  const by = typeof args.by === "string" ? args.by.trim().slice(0, 100) : "";
  const now = ctx.now();
  const { snapshot } = readTabs(ctx.spreadsheet, DOCUMENT_TABS);
  const built = buildDocument(kind, snapshot, { invitations, today: fromLocalDate(now) });
  if (!built.ok) throw new UserFacingError(built.messages);

  const name = versionedName(built.document.fileName, now);
  const doc = renderGoogleDoc(ctx.services.DocumentApp, built.document, name);
  const id = doc.getId();
  const url = doc.getUrl();
  const inSpreadsheetFolder = moveBesideSpreadsheet(ctx, id);
  recordDocument(ctx, { createdAt: logMoment(now), name, url, by, inSpreadsheetFolder });
  return { kind, name, url, id, inSpreadsheetFolder, warnings: built.warnings ?? [] };
}

/**
 * Only with the opt-in manifest: DriveApp needs the full, restricted `drive` scope. Without it (the
 * default), or without edit access to the folder, the call throws at once; the Doc then stays in
 * My Drive, its link in the `Văn bản` tab, rather than failing the click.
 */
function moveBesideSpreadsheet(ctx: ServerContext, docId: string): boolean {
  try {
    const drive = ctx.services.DriveApp;
    const parents = drive.getFileById(ctx.spreadsheet.getId()).getParents();
    if (!parents.hasNext()) return false;
    drive.getFileById(docId).moveTo(parents.next());
    return true;
  } catch {
    return false;
  }
}
