/**
 * The sidebar's language: Vietnamese unless the user switched; remembered in the browser.
 */
import {
  formatMessage,
  type Locale,
  type Message,
  type MessageKey,
  type MessageParams,
  t,
} from "../../shared/i18n/index.ts";

const STORAGE_KEY = "doi-thoai.locale";
let current: Locale = readStored();
const listeners: (() => void)[] = [];

function readStored(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage may be blocked in the add-on iframe; the choice then lasts for this session.
  }
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

export function onLocaleChange(listener: () => void): void {
  listeners.push(listener);
}

export function tr(key: MessageKey, params?: MessageParams): string {
  return t(key, params, current);
}

export function trMessage(message: Message): string {
  return formatMessage(message, current);
}
