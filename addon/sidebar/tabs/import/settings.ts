/**
 * How the file is read, each choice overridable: encoding, legacy font, separator, header row, and
 * what each column feeds. Sensitive columns show why they are not imported and offer no choice.
 */
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import { DELIMITERS, type Delimiter } from "../../../../shared/residents/csv/delimiter.ts";
import { BYTE_ENCODINGS, FONT_ENCODINGS } from "../../../../shared/residents/decode/detect.ts";
import type { ImportPreview } from "../../../../shared/residents/pipeline.ts";
import { COLUMN_TARGETS, type ColumnTarget } from "../../../../shared/residents/types.ts";
import { el } from "../../dom.ts";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

const DELIMITER_LABEL: Record<Delimiter, MessageKey> = {
  ",": "import.ui.delimiter.comma",
  ";": "import.ui.delimiter.semicolon",
  "\t": "import.ui.delimiter.tab",
  "|": "import.ui.delimiter.pipe",
};

function select(
  testId: string,
  options: [string, string][],
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const node = el("select", { "data-testid": testId });
  for (const [optionValue, label] of options)
    node.append(el("option", { value: optionValue, selected: optionValue === value }, label));
  node.addEventListener("change", () => onChange(node.value));
  return node;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el(
    "label",
    { style: "display:grid;grid-template-columns:96px 1fr;gap:6px;margin:3px 0" },
    label,
    control,
  );
}

export function settingsBox(preview: ImportPreview, rerun: () => void): HTMLElement {
  const source = preview.source;
  const box = el(
    "details",
    { "data-testid": "import-settings" },
    el("summary", {}, tr("import.ui.settings")),
  );
  if (source.kind === "csv") {
    box.append(
      field(
        tr("import.ui.encoding"),
        select(
          "import-encoding",
          [
            ["auto", tr("import.ui.auto", { value: source.byteEncoding ?? "" })],
            ...BYTE_ENCODINGS.map((e): [string, string] => [e, e]),
          ],
          state.options.encoding ?? "auto",
          (value) => {
            state.options = { ...state.options, encoding: value as typeof state.options.encoding };
            rerun();
          },
        ),
      ),
      field(
        tr("import.ui.delimiter"),
        select(
          "import-delimiter",
          [
            [
              "auto",
              tr("import.ui.auto", { value: source.delimiter ? tr(DELIMITER_LABEL[source.delimiter]) : "" }),
            ],
            ...DELIMITERS.map((d): [string, string] => [d, tr(DELIMITER_LABEL[d])]),
          ],
          state.options.delimiter ?? "auto",
          (value) => {
            state.options = { ...state.options, delimiter: value as Delimiter | "auto" };
            rerun();
          },
        ),
      ),
    );
  } else if (source.sheet)
    box.append(el("p", { class: "muted" }, tr("import.ui.sheet", { sheet: source.sheet })));
  if (
    source.byteEncoding !== "windows-1258" &&
    source.byteEncoding !== "tcvn3" &&
    source.byteEncoding !== "vni"
  ) {
    box.append(
      field(
        tr("import.ui.font"),
        select(
          "import-font",
          [
            ["auto", tr("import.ui.auto", { value: source.font })],
            ...FONT_ENCODINGS.map((f): [string, string] => [
              f,
              f === "unicode" ? tr("import.ui.font.unicode") : f,
            ]),
          ],
          state.options.font ?? "auto",
          (value) => {
            state.options = { ...state.options, font: value as typeof state.options.font };
            rerun();
          },
        ),
      ),
    );
  }
  const headerInput = el("input", {
    type: "number",
    min: "1",
    "data-testid": "import-header-row",
    value: String(preview.headerRow ?? ""),
    style: "width:70px",
  });
  headerInput.addEventListener("change", () => {
    const n = Number(headerInput.value);
    state.options = {
      ...state.options,
      headerRow: Number.isInteger(n) && n >= 1 ? n : undefined,
      mapping: {},
    };
    rerun();
  });
  box.append(field(tr("import.ui.headerRow"), headerInput));
  if (preview.columns.length > 0)
    box.append(
      el("h4", { style: "margin:8px 0 2px" }, tr("import.ui.columns")),
      mappingTable(preview, rerun),
    );
  return box;
}

function mappingTable(preview: ImportPreview, rerun: () => void): HTMLElement {
  const rows = preview.columns.map((column) => {
    const control = column.sensitive
      ? el("span", { class: "muted", "data-sensitive": "true" }, tr("import.ui.sensitive"))
      : select(
          `import-map-${column.index}`,
          COLUMN_TARGETS.map((target): [string, string] => [
            target,
            tr(`import.field.${target}` as MessageKey),
          ]),
          column.target,
          (value) => {
            state.options = {
              ...state.options,
              headerRow: preview.headerRow ?? undefined,
              mapping: { ...(state.options.mapping ?? {}), [column.index]: value as ColumnTarget },
            };
            rerun();
          },
        );
    return el(
      "tr",
      {},
      el("td", { style: "padding:2px 4px 2px 0" }, column.header || `#${column.index + 1}`),
      el("td", {}, control),
    );
  });
  return el(
    "table",
    { style: "width:100%;border-collapse:collapse;font-size:12px" },
    el("tbody", {}, ...rows),
  );
}
