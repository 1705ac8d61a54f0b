/**
 * Actions of the `Văn bản` tab: per document, ready or what is missing; one Google Doc per click,
 * never overwriting an earlier one; the list of Docs made (the `Văn bản` log tab).
 */
import type { DocumentKind, InvitationMode } from "../../shared/documents/index.ts";
import type { Message } from "../../shared/i18n/index.ts";

export interface CreateDocumentInput {
  kind: DocumentKind;
  /** Invitations only: one page per invitee (default) or per category. */
  invitations?: InvitationMode;
  /** Who made it, as typed in the sidebar; recorded in the `Văn bản` log tab. */
  by?: string;
}

export interface CreatedDocument {
  kind: DocumentKind;
  name: string;
  url: string;
  id: string;
  /** False when the Doc stayed where DocumentApp made it (My Drive): the default manifest. */
  inSpreadsheetFolder: boolean;
  /** Made anyway, but worth a look (a category short of the plan...). */
  warnings?: Message[];
}

/** Whether a document can be made now: the same checks and words as `doi-thoai render`. */
export interface DocumentStatus {
  kind: DocumentKind;
  /** The document's name in Vietnamese ("Biên bản"). */
  name: string;
  ready: boolean;
  /** Why it cannot be made yet (empty when ready). */
  problems: Message[];
  /** Items it would print as dots or blanks ("Hội nghị › Giờ kết thúc"), when ready. */
  blanks: string[];
}

/** One row of the `Văn bản` log tab: what was made, when, by whom, and its link. */
export interface DocumentLogEntry {
  createdAt: string;
  name: string;
  url: string;
  by: string;
}

export interface DocumentActions {
  createDocument(input: CreateDocumentInput): CreatedDocument;
  "documents.status"(): DocumentStatus[];
  /** The latest Docs made, newest first (at most 20). */
  "documents.list"(): DocumentLogEntry[];
}
