import { joinedPieces } from "../hyphens.ts";

/** Text from the workbook goes into HTML only through this: no markup, no attribute breakout. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped text with staff's line breaks kept. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

/**
 * Escaped text with line breaks kept, and each word holding joining hyphens ("2021-2026",
 * "KH-UBND") in a span that prints on one line, so no line ends in "2021-".
 */
export function escapeText(text: string): string {
  return text
    .split("\n")
    .map((part) =>
      joinedPieces(part)
        .map((piece) =>
          piece.joined ? `<span class="nb">${escapeHtml(piece.text)}</span>` : escapeHtml(piece.text),
        )
        .join(""),
    )
    .join("<br>");
}
