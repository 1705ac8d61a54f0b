/**
 * The preview before anything is written: counts, what the register would gain, file-level notes
 * (sensitive and unknown columns among them), the first normalised rows, every error and warning
 * (searchable as the clerk types), and the rows with errors as a CSV to fix and import again.
 */
import type { Message } from "../../../../shared/i18n/index.ts";
import { errorsCsv } from "../../../../shared/residents/errors-csv.ts";
import type { ImportPreview } from "../../../../shared/residents/pipeline.ts";
import type { RowIssue } from "../../../../shared/residents/types.ts";
import { tr, trMessage } from "../../locale.ts";
import { state } from "./state.ts";

const FIRST_ROWS = 5;
/** Beyond this many, a list shows its first items and tells how many more the filter can find. */
const SHOWN_ISSUES = 500;
const LIST_STYLE = "max-height:180px;overflow:auto;margin:4px 0;padding-left:18px;font-size:12px";

export function issueText(issue: RowIssue): string {
  const message = trMessage(issue.message);
  return issue.column
    ? tr("import.ui.issue", { row: issue.row, column: issue.column, message })
    : tr("import.ui.issueRow", { row: issue.row, message });
}

/** "•••• 6789": the sidebar never shows a whole ID number. */
function maskId(id: string): string {
  return id.length > 4 ? `•••• ${id.slice(-4)}` : id;
}

export function CountsLine({ preview }: { preview: ImportPreview }) {
  const errorRows = new Set(preview.errors.map((e) => e.row)).size;
  return (
    <p data-testid="import-counts">
      {tr("import.ui.counts", {
        rows: preview.dataRows,
        valid: preview.rows.length,
        errors: errorRows,
        duplicates: preview.duplicates,
      })}
    </p>
  );
}

export function PlanLine() {
  const plan = state.plan;
  if (!plan) return null;
  return (
    <p data-testid="import-plan">
      {tr("import.ui.plan", { added: plan.added, updated: plan.updated, unchanged: plan.unchanged })}
    </p>
  );
}

export function NoticesBox({
  messages,
  testId,
  title,
}: {
  messages: readonly Message[];
  testId: string;
  title: string;
}) {
  if (messages.length === 0) return null;
  return (
    <section data-testid={testId}>
      <h4 style="margin:8px 0 2px">{title}</h4>
      <ul style={LIST_STYLE}>
        {messages.map((m, i) => (
          <li key={i}>{trMessage(m)}</li>
        ))}
      </ul>
    </section>
  );
}

export function FirstRowsTable({ preview }: { preview: ImportPreview }) {
  if (preview.rows.length === 0) return null;
  return (
    <section data-testid="import-first-rows">
      <h4 style="margin:8px 0 2px">{tr("import.ui.firstRows")}</h4>
      <table style="width:100%;border-collapse:collapse;font-size:11px">
        <tbody>
          {preview.rows.slice(0, FIRST_ROWS).map((r) => (
            <tr key={r.row}>
              <td>{String(r.row)}</td>
              <td>{r.fullName}</td>
              <td style="white-space:nowrap">{r.birthDate}</td>
              <td style="white-space:nowrap">{maskId(r.idNumber)}</td>
              <td>{[r.tdp, r.kdc].filter(Boolean).join(" / ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface IssuesBoxProps {
  /** The issues to show (already filtered). */
  issues: readonly RowIssue[];
  /** How many there are before filtering: the title's count and whether the list starts open. */
  total: number;
  filtering: boolean;
  testId: string;
  title: string;
}

export function IssuesBox({ issues, total, filtering, testId, title }: IssuesBoxProps) {
  if (total === 0) return null;
  const more = issues.length - SHOWN_ISSUES;
  return (
    <details data-testid={testId} open={filtering || total <= 50}>
      <summary>{title}</summary>
      <ul style={LIST_STYLE}>
        {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
          <li key={`${issue.row}:${i}`}>{issueText(issue)}</li>
        ))}
        {more > 0 ? <li class="muted">{tr("sidebar.filter.more", { count: more })}</li> : null}
      </ul>
    </details>
  );
}

export function DownloadErrorsButton({ preview }: { preview: ImportPreview }) {
  if (preview.rejected.length === 0) return null;
  const download = () => {
    const text = errorsCsv(preview, trMessage, {
      row: tr("import.ui.row"),
      errors: tr("import.ui.errorsColumn"),
    });
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${tr("import.ui.errorsFile")}-${state.file?.name.replace(/\.[^.]*$/, "") ?? "tep"}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" class="link" data-action="download-errors" onClick={download}>
      {tr("import.ui.downloadErrors")}
    </button>
  );
}
