/**
 * The preview before anything is written: counts, what the register would gain, file-level notes
 * (sensitive and unknown columns among them), the first normalised rows, every error and warning,
 * and the rows with errors as a CSV to fix and import again.
 */
import type { Message } from "../../../../shared/i18n/index.ts";
import { errorsCsv } from "../../../../shared/residents/errors-csv.ts";
import type { ImportPreview } from "../../../../shared/residents/pipeline.ts";
import type { RowIssue } from "../../../../shared/residents/types.ts";
import { el } from "../../dom.ts";
import { tr, trMessage } from "../../locale.ts";
import { state } from "./state.ts";

const FIRST_ROWS = 5;
const LIST_STYLE = "max-height:180px;overflow:auto;margin:4px 0;padding-left:18px;font-size:12px";

function issueText(issue: RowIssue): string {
  const message = trMessage(issue.message);
  return issue.column
    ? tr("import.ui.issue", { row: issue.row, column: issue.column, message })
    : tr("import.ui.issueRow", { row: issue.row, message });
}

/** "•••• 6789": the sidebar never shows a whole ID number. */
function maskId(id: string): string {
  return id.length > 4 ? `•••• ${id.slice(-4)}` : id;
}

export function countsLine(preview: ImportPreview): HTMLElement {
  const errorRows = new Set(preview.errors.map((e) => e.row)).size;
  return el(
    "p",
    { "data-testid": "import-counts" },
    tr("import.ui.counts", {
      rows: preview.dataRows,
      valid: preview.rows.length,
      errors: errorRows,
      duplicates: preview.duplicates,
    }),
  );
}

export function planLine(): HTMLElement | null {
  const plan = state.plan;
  if (!plan) return null;
  return el(
    "p",
    { "data-testid": "import-plan" },
    tr("import.ui.plan", { added: plan.added, updated: plan.updated, unchanged: plan.unchanged }),
  );
}

export function noticesBox(messages: readonly Message[], testId: string, title: string): HTMLElement | null {
  if (messages.length === 0) return null;
  return el(
    "section",
    { "data-testid": testId },
    el("h4", { style: "margin:8px 0 2px" }, title),
    el("ul", { style: LIST_STYLE }, ...messages.map((m) => el("li", {}, trMessage(m)))),
  );
}

export function firstRowsTable(preview: ImportPreview): HTMLElement | null {
  if (preview.rows.length === 0) return null;
  const rows = preview.rows.slice(0, FIRST_ROWS).map((r) => {
    const v = r;
    return el(
      "tr",
      {},
      el("td", {}, String(r.row)),
      el("td", {}, v.fullName),
      el("td", {}, v.birthDate),
      el("td", {}, maskId(v.idNumber)),
      el("td", {}, [v.tdp, v.kdc].filter(Boolean).join(" / ")),
    );
  });
  return el(
    "section",
    { "data-testid": "import-first-rows" },
    el("h4", { style: "margin:8px 0 2px" }, tr("import.ui.firstRows")),
    el("table", { style: "width:100%;border-collapse:collapse;font-size:11px" }, el("tbody", {}, ...rows)),
  );
}

export function issuesBox(issues: readonly RowIssue[], testId: string, title: string): HTMLElement | null {
  if (issues.length === 0) return null;
  return el(
    "details",
    { "data-testid": testId, open: issues.length <= 50 },
    el("summary", {}, title),
    el("ul", { style: LIST_STYLE }, ...issues.map((issue) => el("li", {}, issueText(issue)))),
  );
}

export function downloadErrorsButton(preview: ImportPreview): HTMLElement | null {
  if (preview.rejected.length === 0) return null;
  const button = el(
    "button",
    { type: "button", class: "link", "data-action": "download-errors" },
    tr("import.ui.downloadErrors"),
  );
  button.addEventListener("click", () => {
    const text = errorsCsv(preview, trMessage, {
      row: tr("import.ui.row"),
      errors: tr("import.ui.errorsColumn"),
    });
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const link = el("a", {
      href: url,
      download: `${tr("import.ui.errorsFile")}-${state.file?.name.replace(/\.[^.]*$/, "") ?? "tep"}.csv`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return button;
}
