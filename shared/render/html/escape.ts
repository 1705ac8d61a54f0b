/** Text from the workbook goes into HTML only through this: no markup, no attribute breakout. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped text with staff's line breaks kept. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}
