/**
 * The app page's DOM. Text from the workbook is untrusted: it only ever goes in through
 * textContent, never innerHTML.
 */
import { formatMessage, isMessageKey, type Locale, type Message, t } from "../../shared/i18n/index.ts";
import type { Shown, WorkbookView } from "./summary.ts";

type Child = Node | string;

export function el(tag: string, className: string | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children)
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

const shown = (value: Shown, locale: Locale): string =>
  typeof value === "string" ? value : formatMessage(value, locale);

/** Fills every element marked data-i18n="<key>" with that message. */
export function translateStatic(root: ParentNode, locale: Locale): void {
  for (const node of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = node.dataset.i18n ?? "";
    if (isMessageKey(key)) node.textContent = t(key, {}, locale);
  }
}

export function renderStatus(target: HTMLElement, status: Message | null, locale: Locale): void {
  target.textContent = status ? formatMessage(status, locale) : "";
}

function renderError(view: Extract<WorkbookView, { ok: false }>, locale: Locale): HTMLElement {
  const box = el("div", "error", el("h2", null, t("extension.error.title", {}, locale)));
  box.setAttribute("role", "alert");
  box.append(el("p", "error-message", formatMessage(view.problem, locale)));
  if (view.hint) box.append(el("p", "hint", formatMessage(view.hint, locale)));
  return box;
}

function renderFacts(view: Extract<WorkbookView, { ok: true }>, locale: Locale): HTMLElement {
  const list = el("dl", "facts");
  for (const fact of view.facts) {
    const term = el("dt", null, t(fact.label, {}, locale));
    const detail = el("dd", null);
    detail.dataset.fact = fact.label;
    if (fact.values.length === 0) {
      detail.className = "not-set";
      detail.textContent = t("extension.fact.notSet", {}, locale);
    } else if (fact.values.length === 1) {
      detail.textContent = shown(fact.values[0] ?? "", locale);
    } else {
      detail.append(el("ul", null, ...fact.values.map((v) => el("li", null, shown(v, locale)))));
    }
    list.append(term, detail);
  }
  return list;
}

function renderTabs(view: Extract<WorkbookView, { ok: true }>, locale: Locale): HTMLElement {
  const body = el("tbody", null);
  for (const tab of view.tabs) {
    const count =
      tab.rows === null
        ? t("extension.tabs.missing", {}, locale)
        : t("extension.tabs.rows", { count: tab.rows }, locale);
    const row = el(
      "tr",
      tab.rows === null ? "missing" : null,
      el("th", null, tab.tab),
      el("td", null, count),
    );
    row.dataset.tab = tab.tab;
    body.append(row);
  }
  return el(
    "section",
    "tabs",
    el("h2", null, t("extension.tabs.heading", {}, locale)),
    el("table", null, body),
  );
}

export function renderView(target: HTMLElement, view: WorkbookView | null, locale: Locale): void {
  target.replaceChildren();
  if (view === null) return;
  if (!view.ok) {
    target.append(renderError(view, locale));
    return;
  }
  const title = view.title === "" ? t("extension.conference.untitled", {}, locale) : view.title;
  target.append(
    el(
      "section",
      "conference",
      el("h2", null, t("extension.conference.heading", {}, locale)),
      el("p", "conference-title", title),
      el("p", "source", formatMessage(view.source, locale)),
      renderFacts(view, locale),
    ),
    renderTabs(view, locale),
  );
  if (view.problems.length > 0) {
    target.append(
      el(
        "section",
        "problems",
        el("h2", null, t("extension.problems.heading", {}, locale)),
        el("ul", null, ...view.problems.map((p) => el("li", null, formatMessage(p, locale)))),
      ),
    );
  }
}
