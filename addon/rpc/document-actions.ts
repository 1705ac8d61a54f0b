/** Actions of the `Văn bản` tab: one Google Doc per click, never overwriting an earlier one. */
import type { DocumentKind, InvitationMode } from "../../shared/documents/index.ts";

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
}

export interface DocumentActions {
  createDocument(input: CreateDocumentInput): CreatedDocument;
}
