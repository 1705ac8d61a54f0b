/** Every piece of text a document model holds, in order (paragraphs, table cells, sign-off). */
import type { DocumentModel } from "../../../shared/documents/index.ts";

export function modelTexts(doc: DocumentModel): string[] {
  return doc.blocks.flatMap((b) => {
    switch (b.kind) {
      case "header":
        return [
          b.supervisingBody,
          b.issuingBody,
          b.number ?? "",
          b.nationalTitle,
          b.motto,
          b.placeDate ?? "",
        ];
      case "title":
        return [b.type, ...b.summary];
      case "paragraph":
        return [b.runs.map((r) => r.text).join("")];
      case "table":
        return [...b.columns.map((c) => c.header), ...b.rows.flatMap((r) => r.cells)];
      case "signoff":
        return [
          ...(b.recipients ? [b.recipients.label, ...b.recipients.items] : []),
          ...b.signers.flatMap((s) => [s.authority, s.title, s.name]),
        ];
      default:
        return [];
    }
  });
}
