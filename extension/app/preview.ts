/**
 * Print preview of a built-in document inside the page: the add-on's print HTML (every text in it
 * escaped by the renderer) parsed into an inert document, then moved into an iframe of the
 * extension's own preview.html. The page's CSP forbids inline style, even in a parsed document:
 * the <style> text and the style attributes are taken out of the renderer's markup first and
 * applied through the CSSOM, which the CSP allows.
 */
const STYLE_BLOCK = /<style>([\s\S]*?)<\/style>/g;

export function showPreview(frame: HTMLIFrameElement, html: string): void {
  const target = frame.contentDocument;
  const view = frame.contentWindow;
  if (!target || !view) return;
  const css = [...html.matchAll(STYLE_BLOCK)].map((m) => m[1] ?? "").join("\n");
  const markup = html.replace(STYLE_BLOCK, "").replace(/\sstyle="/g, ' data-style="');
  const parsed = new DOMParser().parseFromString(markup, "text/html");
  target.body.replaceChildren(...[...parsed.body.childNodes].map((n) => target.importNode(n, true)));
  for (const node of target.body.querySelectorAll<HTMLElement>("[data-style]")) {
    node.style.cssText = node.dataset.style ?? "";
    node.removeAttribute("data-style");
  }
  // A sheet of the frame's own realm: a document adopts only sheets made by its window.
  const Sheet = Reflect.get(view, "CSSStyleSheet") as typeof CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [sheet];
}
