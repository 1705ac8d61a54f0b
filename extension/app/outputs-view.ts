/**
 * The app page's document section: a row per built-in document, the office's templates, and the
 * outcome of the last thing made (file name, or every problem with its place).
 */
import { DOCUMENT_KINDS, type DocumentKind } from "../../shared/documents/index.ts";
import { formatMessage, type Locale, type Message, t } from "../../shared/i18n/index.ts";
import type { TemplateProblem } from "../../shared/templates/index.ts";
import type { TemplateInfo } from "../platform/templates-store.ts";
import { el } from "./render.ts";

export type Outcome =
  | { kind: "working"; document: string }
  | { kind: "done"; file: string; warnings: Message[] }
  | { kind: "failed"; document: string; problems: TemplateProblem[] };

export function renderKinds(target: HTMLElement, locale: Locale): void {
  target.replaceChildren(
    ...DOCUMENT_KINDS.map((kind: DocumentKind) => {
      const download = el("button", null, t("documents.download", {}, locale));
      download.dataset.kind = kind;
      download.dataset.action = "docx";
      const preview = el("button", null, t("extension.docs.preview", {}, locale));
      preview.dataset.kind = kind;
      preview.dataset.action = "preview";
      const row = el(
        "tr",
        null,
        el("th", null, t(`documents.kind.${kind}`, {}, locale)),
        el("td", null, download, " ", preview),
      );
      row.dataset.kind = kind;
      return row;
    }),
  );
}

export function renderTemplates(select: HTMLSelectElement, empty: HTMLElement, list: TemplateInfo[]): void {
  const chosen = select.value;
  select.replaceChildren(
    ...list.map((info) => {
      const option = el("option", null, info.name) as HTMLOptionElement;
      option.value = info.id;
      return option;
    }),
  );
  if (list.some((info) => info.id === chosen)) select.value = chosen;
  select.disabled = list.length === 0;
  empty.hidden = list.length > 0;
}

const line = (p: TemplateProblem, locale: Locale) =>
  p.place
    ? `${formatMessage(p.message, locale)} (${formatMessage(p.place, locale)})`
    : formatMessage(p.message, locale);

export function renderOutcome(target: HTMLElement, outcome: Outcome | null, locale: Locale): void {
  target.replaceChildren();
  if (!outcome) return;
  if (outcome.kind === "working") {
    target.append(el("p", null, t("extension.docs.working", { document: outcome.document }, locale)));
    return;
  }
  if (outcome.kind === "done") {
    target.append(el("p", "done", t("extension.docs.done", { file: outcome.file }, locale)));
    if (outcome.warnings.length > 0)
      target.append(
        el(
          "div",
          "problems",
          el("h3", null, t("extension.docs.warnings", {}, locale)),
          el("ul", null, ...outcome.warnings.map((w) => el("li", null, formatMessage(w, locale)))),
        ),
      );
    return;
  }
  const box = el(
    "div",
    "error",
    el("h3", null, t("extension.docs.failed", { document: outcome.document }, locale)),
  );
  box.setAttribute("role", "alert");
  box.append(el("ul", null, ...outcome.problems.map((p) => el("li", null, line(p, locale)))));
  target.append(box);
}
