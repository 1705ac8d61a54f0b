/** Actions of the `Văn bản` tab: one Google Doc per click, never overwriting an earlier one. */
import type { DocumentKind, InvitationMode } from "../../shared/documents/index.ts";
import type { Message } from "../../shared/i18n/index.ts";

export interface CreateDocumentInput {
  kind: DocumentKind;
  /** Invitations only: one page per invitee (default) or per category. */
  invitations?: InvitationMode;
}

export interface CreatedDocument {
  kind: DocumentKind;
  name: string;
  url: string;
  id: string;
  /** False when the Doc could not be moved beside the spreadsheet and stayed in My Drive. */
  inSpreadsheetFolder: boolean;
  /** Made anyway, but worth a look (a category short of the plan...). */
  warnings?: Message[];
}

export interface DocumentActions {
  createDocument(input: CreateDocumentInput): CreatedDocument;
}
