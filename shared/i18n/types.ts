export type Locale = "vi" | "en";

/** One catalogue entry: the same message in each locale, side by side so neither is forgotten. */
export interface MessageText {
  vi: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;
