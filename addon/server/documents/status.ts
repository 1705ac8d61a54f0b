/**
 * documents.status: for each document, ready or why not, with the very checks and words that
 * createDocument and `doi-thoai render` use (each builder's `Requirements`), read in one pass over
 * the tabs; and, for a ready one, the items it would print as blanks.
 */
import { documentBlanks } from "../../../shared/conference/blanks.ts";
import { fromLocalDate } from "../../../shared/dates/civil.ts";
import {
  buildFromSources,
  DOCUMENT_KINDS,
  DOCUMENT_TABS,
  readSources,
} from "../../../shared/documents/index.ts";
import { t } from "../../../shared/i18n/index.ts";
import type { DocumentStatus } from "../../rpc/document-actions.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";

export function documentStatus(ctx: ServerContext): DocumentStatus[] {
  const { snapshot } = readTabs(ctx.spreadsheet, DOCUMENT_TABS);
  const sources = readSources(snapshot);
  const today = fromLocalDate(ctx.now());
  return DOCUMENT_KINDS.map((kind) => {
    const built = buildFromSources(kind, sources, { today });
    const name = t(`documents.kind.${kind}`);
    if (!built.ok) return { kind, name, ready: false, problems: built.messages, blanks: [] };
    return { kind, name, ready: true, problems: [], blanks: documentBlanks(kind, sources.conference) };
  });
}
