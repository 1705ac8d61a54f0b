/** What a command may do to the outside world: write lines, in the user's language. */
import type { Locale, MessageKey, MessageParams } from "../../shared/i18n/index.ts";
import { t } from "../../shared/i18n/index.ts";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  locale?: Locale;
}

/** Thrown by a command for a problem the user can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t(key, params, "en"));
  }
}

export function say(io: CliIo, key: MessageKey, params?: MessageParams): string {
  return t(key, params, io.locale ?? "vi");
}
