/** How a column's cells are typed, validated and formatted in the sheet. */
export type ColumnType = "text" | "date" | "time" | "choice" | "yesno" | "number";

/**
 * Where a choice column takes its choices: a fixed list (the product's own vocabulary, e.g.
 * opinion channels), or a list the office keeps in the `Danh mục` tab (its KDC, TDP, fields...),
 * or the names in the `Thành phần` tab.
 */
export type ChoiceSource =
  | { kind: "fixed"; values: readonly string[] }
  | { kind: "catalogue"; list: CatalogueListKey }
  | { kind: "categories" };

export type CatalogueListKey = "kdc" | "tdp" | "field" | "answerer" | "level";

export interface ColumnSpec<K extends string = string> {
  /** Stable name used in code; never shown. */
  key: K;
  /** The header as staff see it in the sheet. */
  header: string;
  /** Other headers accepted for this column (older versions, common spellings). */
  aliases?: readonly string[];
  type: ColumnType;
  choices?: ChoiceSource;
  /** A row without this value is an error. */
  required?: boolean;
  /** What goes in it, for docs/workbook.md and the header note. */
  note: string;
  /** Column width in pixels, for set-up. */
  width?: number;
}

export interface TableTabSpec<C extends ColumnSpec = ColumnSpec> {
  key: TabKey;
  kind: "table";
  name: string;
  note: string;
  columns: readonly C[];
  /**
   * The column that names each row for good (`Mã dân cư`, `Mã ý kiến`...): the add-on fills it,
   * and rows are addressed by it, never by row number, since staff sort, filter and insert rows.
   */
  id?: IdSpec<C["key"]>;
}

/** How a tab's ids look: prefix and zero-padded number, e.g. DB-001. */
export interface IdSpec<K extends string = string> {
  column: K;
  prefix: string;
  digits: number;
}

export interface FactsTabSpec {
  key: "conference";
  kind: "facts";
  name: string;
  note: string;
  columns: readonly ColumnSpec[];
}

export type TabSpec = TableTabSpec | FactsTabSpec;

export type TabKey = "conference" | "categories" | "roster" | "residents" | "opinions" | "catalogue";
