import type { Message } from "../i18n/index.ts";
import type { DocumentModel } from "./model.ts";

/**
 * A built document (with warnings that do not stop it, e.g. a category short of the plan), or the
 * messages saying why it cannot be built yet.
 */
export type BuildResult =
  | { ok: true; document: DocumentModel; warnings?: Message[] }
  | { ok: false; messages: Message[] };
