/**
 * What crosses google.script.run: plain JSON only (no Date, no undefined in arrays). Every action
 * answers with this envelope so that messages arrive untranslated and the sidebar puts them in the
 * user's language.
 */
import type { Message } from "../../shared/i18n/index.ts";

export type RpcResult<T> = { ok: true; value: T; notices?: Message[] } | { ok: false; messages: Message[] };

/** Thrown by an action to stop with messages for the user (not a bug). */
export class UserFacingError extends Error {
  constructor(readonly messages: Message[]) {
    super(messages.map((m) => m.key).join(", "));
    this.name = "UserFacingError";
  }
}
