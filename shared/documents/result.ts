import type { Message } from "../i18n/index.ts";
import type { DocumentModel } from "./model.ts";

/** A built document, or the messages saying why it cannot be built yet. */
export type BuildResult = { ok: true; document: DocumentModel } | { ok: false; messages: Message[] };
