/**
 * doi-thoai render <workbook.xlsx> <plan|invitations|signin|minutes|report> -o <file.docx|file.html>
 * Builds one document from a workbook and writes it as .docx or print HTML. Also the preview's
 * .docx downloads (`documentDownload`), so both take the same path.
 */
import { writeFile } from "node:fs/promises";
import { fromLocalDate } from "../../../shared/dates/civil.ts";
import {
  type BuildResult,
  buildDocument,
  DOCUMENT_KINDS,
  type InvitationMode,
  isDocumentKind,
} from "../../../shared/documents/index.ts";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { renderDocx } from "../../../shared/render/docx/index.ts";
import { renderHtml } from "../../../shared/render/html/index.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";
import type { EmulatedWorkbook } from "../../emulator/index.ts";
import { readWorkbookSnapshot, snapshotOf } from "../../workbook/snapshot.ts";
import { CliError, type CliIo, say } from "../io.ts";
import { cliText } from "../messages.ts";
import { takeFlag, takeOption } from "../options.ts";

function build(kind: string, snapshot: WorkbookSnapshot, invitations: InvitationMode): BuildResult | null {
  if (!isDocumentKind(kind)) return null;
  return buildDocument(kind, snapshot, { invitations, today: fromLocalDate(new Date()) });
}

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const rest = [...args];
  const output = takeOption(rest, "-o") ?? takeOption(rest, "--output");
  const invitations: InvitationMode = takeFlag(rest, "--by-category") ? "category" : "invitee";
  const [file, kind] = rest;
  if (!file || !kind || !output) {
    io.err(say(io, "documents.cli.usage"));
    return 2;
  }
  if (!isDocumentKind(kind))
    throw new CliError("documents.cli.badKind", { kind, kinds: DOCUMENT_KINDS.join(", ") });
  const format = /\.docx$/i.test(output) ? "docx" : /\.html?$/i.test(output) ? "html" : null;
  if (!format) throw new CliError("documents.cli.badOutput", { file: output });

  const built = build(kind, await readWorkbookSnapshot(file), invitations);
  if (!built?.ok) {
    for (const message of built?.messages ?? []) io.err(cliText(message, io.locale ?? "vi"));
    return 1;
  }
  const bytes =
    format === "docx"
      ? await renderDocx(built.document)
      : new TextEncoder().encode(renderHtml(built.document));
  try {
    await writeFile(output, bytes);
  } catch (error) {
    throw new CliError("documents.cli.writeFailed", {
      file: output,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  io.out(say(io, "documents.cli.written", { document: built.document.name, file: output }));
  return 0;
}

export type DocumentDownload =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; message: string };

/**
 * The preview's `GET /download/<kind>.docx`: the same document as the CLI writes, from the
 * workbook the preview has open. Fits local/preview/downloads.ts's DownloadHandler.
 */
export async function documentDownload(kind: string, workbook: EmulatedWorkbook): Promise<DocumentDownload> {
  const built = build(kind, snapshotOf(workbook), "invitee");
  if (!built) return { ok: false, message: `no document ${kind}` };
  if (!built.ok) return { ok: false, message: built.messages.map((m) => formatMessage(m)).join("\n") };
  return { ok: true, fileName: `${built.document.fileName}.docx`, bytes: await renderDocx(built.document) };
}
