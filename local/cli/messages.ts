/**
 * Messages as the CLI prints them. Messages travel as keys (shared/i18n); one that names a Sheets
 * menu ("Đối thoại › Thiết lập bảng tính") has a `<key>.cli` twin naming the command instead, and
 * the CLI takes the twin. `call` prints JSON: each message in it gets its `text` beside the key,
 * so a CLI user reads words, not `workbook.unknownFact`.
 */
import { isMessageKey, type Locale, type Message, t } from "../../shared/i18n/index.ts";

export function cliText(message: Message, locale: Locale = "vi"): string {
  const twin = `${message.key}.cli`;
  return t(isMessageKey(twin) ? twin : message.key, message.params, locale);
}

function isMessage(value: object): value is Message {
  const key: unknown = Reflect.get(value, "key");
  const params: unknown = Reflect.get(value, "params");
  const fields = Object.keys(value).every((name) => name === "key" || name === "params");
  return (
    fields &&
    typeof key === "string" &&
    isMessageKey(key) &&
    (params === undefined || typeof params === "object")
  );
}

/** A copy of a JSON value with `text` added to every message in it. */
export function withMessageTexts(value: unknown, locale: Locale = "vi"): unknown {
  if (Array.isArray(value)) return value.map((item) => withMessageTexts(item, locale));
  if (typeof value !== "object" || value === null) return value;
  if (isMessage(value)) return { ...value, text: cliText(value, locale) };
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, withMessageTexts(item, locale)]),
  );
}
