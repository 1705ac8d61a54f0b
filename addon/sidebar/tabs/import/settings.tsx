/**
 * How the file is read, each choice overridable: encoding, legacy font, separator, header row, and
 * what each column feeds. Sensitive columns show why they are not imported and offer no choice.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import { DELIMITERS, type Delimiter } from "../../../../shared/residents/csv/delimiter.ts";
import { BYTE_ENCODINGS, FONT_ENCODINGS } from "../../../../shared/residents/decode/detect.ts";
import type { ImportPreview } from "../../../../shared/residents/pipeline.ts";
import { COLUMN_TARGETS, type ColumnTarget } from "../../../../shared/residents/types.ts";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

const DELIMITER_LABEL: Record<Delimiter, MessageKey> = {
  ",": "import.ui.delimiter.comma",
  ";": "import.ui.delimiter.semicolon",
  "\t": "import.ui.delimiter.tab",
  "|": "import.ui.delimiter.pipe",
};

interface SelectProps {
  testId: string;
  options: [string, string][];
  value: string;
  onChange: (value: string) => void;
}

function Select({ testId, options, value, onChange }: SelectProps) {
  return (
    <select data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      {options.map(([optionValue, label]) => (
        <option key={optionValue} value={optionValue}>
          {label}
        </option>
      ))}
    </select>
  );
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label style="display:grid;grid-template-columns:96px 1fr;gap:6px;margin:3px 0">
      {label}
      {children}
    </label>
  );
}

type Rerun = () => void;

function setOptions(patch: Partial<typeof state.options>, rerun: Rerun): void {
  state.options = { ...state.options, ...patch };
  rerun();
}

function CsvChoices({ preview, rerun }: { preview: ImportPreview; rerun: Rerun }) {
  const source = preview.source;
  const detected = source.delimiter ? tr(DELIMITER_LABEL[source.delimiter]) : "";
  return (
    <>
      <Field label={tr("import.ui.encoding")}>
        <Select
          testId="import-encoding"
          options={[
            ["auto", tr("import.ui.auto", { value: source.byteEncoding ?? "" })],
            ...BYTE_ENCODINGS.map((e): [string, string] => [e, e]),
          ]}
          value={state.options.encoding ?? "auto"}
          onChange={(value) => setOptions({ encoding: value as typeof state.options.encoding }, rerun)}
        />
      </Field>
      <Field label={tr("import.ui.delimiter")}>
        <Select
          testId="import-delimiter"
          options={[
            ["auto", tr("import.ui.auto", { value: detected })],
            ...DELIMITERS.map((d): [string, string] => [d, tr(DELIMITER_LABEL[d])]),
          ]}
          value={state.options.delimiter ?? "auto"}
          onChange={(value) => setOptions({ delimiter: value as Delimiter | "auto" }, rerun)}
        />
      </Field>
    </>
  );
}

export function SettingsBox({ preview, rerun }: { preview: ImportPreview; rerun: Rerun }) {
  const source = preview.source;
  const legacyBytes =
    source.byteEncoding === "windows-1258" ||
    source.byteEncoding === "tcvn3" ||
    source.byteEncoding === "vni";
  return (
    <details data-testid="import-settings">
      <summary>{tr("import.ui.settings")}</summary>
      {source.kind === "csv" ? (
        <CsvChoices preview={preview} rerun={rerun} />
      ) : source.sheet ? (
        <p class="muted">{tr("import.ui.sheet", { sheet: source.sheet })}</p>
      ) : null}
      {legacyBytes ? null : (
        <Field label={tr("import.ui.font")}>
          <Select
            testId="import-font"
            options={[
              ["auto", tr("import.ui.auto", { value: source.font })],
              ...FONT_ENCODINGS.map((f): [string, string] => [
                f,
                f === "unicode" ? tr("import.ui.font.unicode") : f,
              ]),
            ]}
            value={state.options.font ?? "auto"}
            onChange={(value) => setOptions({ font: value as typeof state.options.font }, rerun)}
          />
        </Field>
      )}
      <Field label={tr("import.ui.headerRow")}>
        <HeaderRowInput preview={preview} rerun={rerun} />
      </Field>
      {preview.columns.length > 0 ? (
        <>
          <h4 style="margin:8px 0 2px">{tr("import.ui.columns")}</h4>
          <MappingTable preview={preview} rerun={rerun} />
        </>
      ) : null}
    </details>
  );
}

/** What the clerk is typing stays as typed until it is committed (change), whatever renders meanwhile. */
function HeaderRowInput({ preview, rerun }: { preview: ImportPreview; rerun: Rerun }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="number"
      min="1"
      data-testid="import-header-row"
      value={draft ?? String(preview.headerRow ?? "")}
      style="width:70px"
      onInput={(event) => setDraft(event.currentTarget.value)}
      onChange={(event) => {
        const n = Number(event.currentTarget.value);
        setDraft(null);
        setOptions({ headerRow: Number.isInteger(n) && n >= 1 ? n : undefined, mapping: {} }, rerun);
      }}
    />
  );
}

function MappingTable({ preview, rerun }: { preview: ImportPreview; rerun: Rerun }) {
  return (
    <table style="width:100%;border-collapse:collapse;font-size:12px">
      <tbody>
        {preview.columns.map((column) => (
          <tr key={column.index}>
            <td style="padding:2px 4px 2px 0">{column.header || `#${column.index + 1}`}</td>
            <td>
              {column.sensitive ? (
                <span class="muted" data-sensitive="true">
                  {tr("import.ui.sensitive")}
                </span>
              ) : (
                <Select
                  testId={`import-map-${column.index}`}
                  options={COLUMN_TARGETS.map((target): [string, string] => [
                    target,
                    tr(`import.field.${target}` as MessageKey),
                  ])}
                  value={column.target}
                  onChange={(value) =>
                    setOptions(
                      {
                        headerRow: preview.headerRow ?? undefined,
                        mapping: { ...(state.options.mapping ?? {}), [column.index]: value as ColumnTarget },
                      },
                      rerun,
                    )
                  }
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
