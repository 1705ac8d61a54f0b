/**
 * DocumentApp's enums. In Apps Script they are objects whose string form is their name, which is
 * what a computed key like `{ [DocumentApp.Attribute.BOLD]: true }` turns into; plain strings here
 * behave the same.
 */
import type { GasDocumentApp } from "../../../addon/server/gas/document-types.ts";

export const ATTRIBUTE_NAMES = [
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
] as const;

export const ALIGNMENTS = ["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const;

const byName = <T extends string>(names: readonly T[]) =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n])));

export const Attribute = byName(ATTRIBUTE_NAMES) as unknown as GasDocumentApp["Attribute"];
export const HorizontalAlignment = byName(ALIGNMENTS) as unknown as GasDocumentApp["HorizontalAlignment"];

/** Attributes a paragraph-level setAttributes accepts, checked as Apps Script does. */
export function checkAttributes(attributes: unknown): Map<string, unknown> {
  if (typeof attributes !== "object" || attributes === null)
    throw new Error("Exception: Invalid argument: attributes");
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(attributes)) {
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(key))
      throw new Error(`Exception: Invalid argument: attributes (unknown attribute ${key})`);
    if (key === "HORIZONTAL_ALIGNMENT" && !(ALIGNMENTS as readonly string[]).includes(String(value)))
      throw new Error("Exception: Invalid argument: HORIZONTAL_ALIGNMENT");
    out.set(key, value);
  }
  return out;
}
