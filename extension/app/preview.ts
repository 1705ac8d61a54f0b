/**
 * Print preview of a built-in document inside the page: the add-on's print HTML (every text in it
 * escaped by the renderer) parsed into an inert document, then moved into an iframe of the
 * extension's own preview.html. Its <style> and style attributes are applied through the CSSOM,
 * which the page's CSP (no inline style) allows.
 */
export function showPreview(frame: HTMLIFrameElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const target = frame.contentDocument;
  const view = frame.contentWindow;
  if (!target || !view) return;
  const css = [...parsed.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
  const styled: { path: number[]; css: string }[] = [];
  for (const node of parsed.body.querySelectorAll<HTMLElement>("[style]")) {
    styled.push({ path: pathOf(node, parsed.body), css: node.getAttribute("style") ?? "" });
    node.removeAttribute("style");
  }
  target.body.replaceChildren(...[...parsed.body.childNodes].map((n) => target.importNode(n, true)));
  for (const { path, css: text } of styled) {
    const node = nodeAt(target.body, path);
    // An element of the frame's own realm: instanceof the page's HTMLElement would say no.
    if (node && "style" in node) (node as HTMLElement).style.cssText = text;
  }
  const Sheet = Reflect.get(view, "CSSStyleSheet") as typeof CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [sheet];
}

function pathOf(node: Element, root: Element): number[] {
  const path: number[] = [];
  let current: Element | null = node;
  while (current && current !== root) {
    const parent: Element | null = current.parentElement;
    if (!parent) break;
    path.unshift([...parent.children].indexOf(current));
    current = parent;
  }
  return path;
}

function nodeAt(root: Element, path: number[]): Element | null {
  let current: Element | null = root;
  for (const index of path) current = current?.children[index] ?? null;
  return current;
}
