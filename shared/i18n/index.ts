/**
 * The message catalogue: every user-facing string, in Vietnamese and English. Parts live in
 * messages/ by feature so that features can grow without touching each other; this file joins them.
 */
import { addonMessages } from "./messages/addon.ts";
import { cliMessages } from "./messages/cli.ts";
import { commonMessages } from "./messages/common.ts";
import { documentsMessages } from "./messages/documents.ts";
import { extensionMessages } from "./messages/extension.ts";
import { importMessages } from "./messages/import.ts";
import { opinionsMessages } from "./messages/opinions.ts";
import { rosterMessages } from "./messages/roster.ts";
import { sidebarMessages } from "./messages/sidebar.ts";
import { tableMessages } from "./messages/table.ts";
import { workbookMessages } from "./messages/workbook.ts";
import type { Locale, MessageParams, MessageText } from "./types.ts";

export type { Locale, MessageParams, MessageText } from "./types.ts";

export const catalogue = {
  ...commonMessages,
  ...extensionMessages,
  ...addonMessages,
  ...cliMessages,
  ...sidebarMessages,
  ...workbookMessages,
  ...importMessages,
  ...documentsMessages,
  ...tableMessages,
  ...rosterMessages,
  ...opinionsMessages,
} satisfies Record<string, MessageText>;

export type MessageKey = keyof typeof catalogue;

/** A message not yet put into words: travels through RPC and is formatted where it is shown. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export const DEFAULT_LOCALE: Locale = "vi";

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

/** Formats a message: "{name}" in the text is replaced by params.name. */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  const template = catalogue[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function formatMessage(message: Message, locale: Locale = DEFAULT_LOCALE): string {
  return t(message.key, message.params, locale);
}

export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}
