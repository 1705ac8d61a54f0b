/**
 * What `doi-thoai import-residents` prints: a summary whose counts are rows (a row with three
 * problems is one row with errors), each problem labelled "Lỗi" or "Cảnh báo" so the two never
 * read alike, and each held-back conflict with both versions. `--json` gives the same as data.
 */
import type { ImportOutcome } from "../../../addon/rpc/import-actions.ts";
import { formatMessage, type Locale, type Message, msg, t } from "../../../shared/i18n/index.ts";
import type { ImportPreview } from "../../../shared/residents/pipeline.ts";
import type { RowIssue } from "../../../shared/residents/types.ts";

interface ReportIo {
  out: (s: string) => void;
  locale?: Locale;
}

export interface ImportReport {
  preview: ImportPreview;
  outcome: ImportOutcome;
  filePath: string;
  workbookPath: string;
  dryRun: boolean;
  json: boolean;
}

function rowsOf(issues: readonly RowIssue[]): number {
  return new Set(issues.map((issue) => issue.row)).size;
}

export function conflictMessage(conflict: ImportOutcome["conflicts"][number]): Message {
  return msg("import.idConflict", {
    id: conflict.idNumber,
    existingId: conflict.residentId,
    existingName: conflict.existing.fullName,
    existingBirth: conflict.existing.birthDate || "—",
    name: conflict.incoming.fullName,
    birth: conflict.incoming.birthDate || "—",
  });
}

export function printImport(io: ReportIo, report: ImportReport): void {
  const locale = io.locale ?? "vi";
  const say = (message: Message) => formatMessage(message, locale);
  const { preview, outcome, dryRun } = report;
  const issue = (i: RowIssue) => ({ row: i.row, column: i.column, message: say(i.message) });
  const held = outcome.conflicts.filter((c) => !c.applied);
  const summary = {
    encoding: preview.source.encoding,
    delimiter: preview.source.delimiter,
    headerRow: preview.headerRow,
    rows: preview.dataRows,
    added: outcome.added,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    duplicates: preview.duplicates + outcome.repeats,
    /** Rows with at least one error (not imported), and rows with a warning. */
    errorRows: rowsOf(preview.errors),
    warningRows: rowsOf(preview.warnings),
    errors: preview.errors.map(issue),
    warnings: preview.warnings.map(issue),
    /** Known ID numbers arriving with another name or birth date. */
    conflicts: outcome.conflicts.map((c) => ({ ...c, message: say(conflictMessage(c)) })),
    // Every column left out, as written in the file: unknown ones and sensitive ones alike.
    ignoredColumns: preview.columns.filter((c) => c.unknown || c.sensitive).map((c) => c.header),
    /** Left out because the law keeps such data out of this tool (ethnicity, religion). */
    sensitiveColumns: preview.sensitiveColumns,
    /** File-level notes: quote problems, month-first dates, skipped numbering rows... */
    notices: preview.notices.map((notice) => ({ message: say(notice) })),
    sheet: preview.source.sheet,
    batchId: outcome.batchId,
    dryRun,
  };
  if (report.json) {
    io.out(JSON.stringify(summary, null, 2));
    return;
  }
  const delimiterName = summary.delimiter === "\t" ? "tab" : (summary.delimiter ?? "-");
  io.out(
    t(
      "import.cli.read",
      {
        file: report.filePath,
        encoding: summary.encoding,
        delimiter: delimiterName,
        headerRow: summary.headerRow ?? "-",
      },
      locale,
    ),
  );
  for (const notice of summary.notices) io.out(`- ${notice.message}`);
  const line = (i: { row: number; column: string; message: string }) =>
    i.column
      ? t("import.ui.issue", { row: i.row, column: i.column, message: i.message }, locale)
      : t("import.ui.issueRow", { row: i.row, message: i.message }, locale);
  for (const e of summary.errors) io.out(t("import.cli.error", { text: line(e) }, locale));
  for (const w of summary.warnings) io.out(t("import.cli.warning", { text: line(w) }, locale));
  for (const c of summary.conflicts)
    io.out(t("import.cli.warning", { text: line({ row: c.row, column: "", message: c.message }) }, locale));
  io.out(
    t(
      "import.cli.summary",
      {
        rows: summary.rows,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        duplicates: summary.duplicates,
        conflicts: outcome.conflicts.length,
        errors: summary.errorRows,
        warnings: summary.warningRows,
      },
      locale,
    ),
  );
  if (held.length > 0) io.out(say(msg("import.cli.conflictsHeld", { count: held.length })));
  if (dryRun) io.out(t("import.cli.dryRun", {}, locale));
  else if (outcome.batchId)
    io.out(t("import.cli.saved", { batch: outcome.batchId, file: report.workbookPath }, locale));
}
