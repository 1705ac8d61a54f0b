/**
 * Messages quote what the file held: a value, a list of columns. A file may hold a 5 MB line or
 * 10,000 columns, so what a message quotes is cut to a readable length here, in one place.
 */
import type { Message, MessageParams } from "../i18n/index.ts";

/** Characters of one quoted value. */
export const MAX_QUOTED = 120;
/** Items of a quoted list. */
export const MAX_LISTED = 10;

/** The text cut to `max` characters with an ellipsis (never inside a surrogate pair). */
export function shorten(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A list of names: the first few, then how many more. */
export function shortList(items: readonly string[], more: (count: number) => string): string {
  const shown = items.slice(0, MAX_LISTED).map((item) => shorten(item, 40));
  if (items.length > MAX_LISTED) shown.push(more(items.length - MAX_LISTED));
  return shown.join(", ");
}

export function boundedMessage(message: Message): Message {
  const params = message.params;
  if (!params) return message;
  let changed: MessageParams | null = null;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string" || value.length <= MAX_QUOTED) continue;
    changed ??= { ...params };
    changed[name] = shorten(value);
  }
  return changed ? { ...message, params: changed } : message;
}
