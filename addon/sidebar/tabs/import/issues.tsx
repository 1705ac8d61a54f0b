/**
 * Errors and warnings of the preview, with a filter the clerk types into (a name, a row number, a
 * column; diacritics optional) and a tick per kind. Each keystroke renders the lists again; the
 * input is patched in place, so focus and caret stay where they are.
 */

import type { ImportPreview } from "../../../../shared/residents/pipeline.ts";
import type { RowIssue } from "../../../../shared/residents/types.ts";
import { foldKey } from "../../../../shared/text/index.ts";
import { tr } from "../../locale.ts";
import { DownloadErrorsButton, IssuesBox, issueText } from "./preview.tsx";
import { redraw, state } from "./state.ts";

/** Issues whose text holds every word of the query, once both are folded. */
function matching(issues: readonly RowIssue[], words: readonly string[]): readonly RowIssue[] {
  if (words.length === 0) return issues;
  return issues.filter((issue) => {
    const text = foldKey(issueText(issue));
    return words.every((word) => text.includes(word));
  });
}

function FilterBar({ preview }: { preview: ImportPreview }) {
  const filter = state.filter;
  const tick = (kind: "errors" | "warnings", count: number) =>
    count === 0 ? null : (
      <label style="white-space:nowrap">
        <input
          type="checkbox"
          data-testid={`import-show-${kind}`}
          checked={filter[kind]}
          onChange={(event) => {
            state.filter = { ...state.filter, [kind]: event.currentTarget.checked };
            redraw();
          }}
        />{" "}
        {tr(kind === "errors" ? "sidebar.filter.errors" : "sidebar.filter.warnings")}
      </label>
    );
  return (
    <div data-testid="import-issue-filter" style="margin:8px 0 2px">
      <input
        type="search"
        data-testid="import-filter"
        placeholder={tr("sidebar.filter.placeholder")}
        aria-label={tr("sidebar.filter.placeholder")}
        value={filter.text}
        onInput={(event) => {
          state.filter = { ...state.filter, text: event.currentTarget.value };
          redraw();
        }}
        style="width:100%;box-sizing:border-box"
      />
      <div style="display:flex;gap:12px;margin-top:4px;font-size:12px">
        {tick("errors", preview.errors.length)}
        {tick("warnings", preview.warnings.length)}
      </div>
    </div>
  );
}

export function IssuesSection({ preview }: { preview: ImportPreview }) {
  if (preview.errors.length + preview.warnings.length === 0) return null;
  const filter = state.filter;
  const words = foldKey(filter.text).split(" ").filter(Boolean);
  const filtering = words.length > 0;
  const errors = filter.errors ? matching(preview.errors, words) : [];
  const warnings = filter.warnings ? matching(preview.warnings, words) : [];
  const nothing = filtering && errors.length + warnings.length === 0;
  return (
    <>
      <FilterBar preview={preview} />
      {nothing ? (
        <p class="muted" data-testid="import-filter-none">
          {tr("sidebar.filter.none", { text: filter.text.trim() })}
        </p>
      ) : null}
      {filter.errors ? (
        <IssuesBox
          issues={errors}
          total={preview.errors.length}
          filtering={filtering}
          testId="import-errors"
          title={tr("import.ui.errors", { count: preview.errors.length })}
        />
      ) : null}
      <DownloadErrorsButton preview={preview} />
      {filter.warnings ? (
        <IssuesBox
          issues={warnings}
          total={preview.warnings.length}
          filtering={filtering}
          testId="import-warnings"
          title={tr("import.ui.warnings", { count: preview.warnings.length })}
        />
      ) : null}
    </>
  );
}
