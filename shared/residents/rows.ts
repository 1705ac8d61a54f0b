/**
 * Turning data rows into residents: each value normalised, each problem reported with the row as
 * the user sees it and the column as written in the file. Rows with an error are kept aside (for the
 * downloadable error list); valid rows are keyed and repeats inside the file counted, first kept.
 * Work is done in slices (`run`) so that a page can show progress between them. Tens of thousands
 * of rows go through here: the per-cell path avoids regular expressions and allocations.
 */
import type { CivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { RESIDENTS_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import type { AreaMatcher } from "./areas.ts";
import { type DateOrder, normaliseBirthDate } from "./birth.ts";
import { boundedMessage } from "./bounded.ts";
import {
  capitaliseWords,
  cleanCell,
  cleanString,
  NAME_CODE,
  NAME_DIGITS,
  NAME_UNCLEAN,
  nameFlags,
} from "./clean.ts";
import { IdTable } from "./id-table.ts";
import { residentKey } from "./keys.ts";
import {
  type ImportCell,
  type ImportColumn,
  type ImportGrid,
  type PreparedRow,
  RESIDENT_FIELDS,
  type ResidentField,
  type RowIssue,
} from "./types.ts";
import { newVerdict, normaliseGender, normaliseIdNumber, normalisePhone, type Verdict } from "./values.ts";

export interface RowContext {
  columns: readonly ImportColumn[];
  areas: AreaMatcher;
  today: CivilDate;
  dateOrder: DateOrder;
  /** Rows the reader found broken (see RowSource.brokenRows). */
  brokenRows?: ReadonlyMap<number, Message>;
}

export interface RejectedRow {
  row: number;
  cells: ImportCell[];
}

type Feed = ResidentField | "familyName" | "givenName";
const FEEDS: readonly Feed[] = [...RESIDENT_FIELDS, "familyName", "givenName"];
const NO_COLUMNS: readonly number[] = [];
/** Longer than any name: a misplaced column or a pasted document. */
const MAX_NAME = 200;
const MAX_ADDRESS = 1000;
const F = {
  fullName: 0,
  birthDate: 1,
  gender: 2,
  idNumber: 3,
  phone: 4,
  address: 5,
  tdp: 6,
  kdc: 7,
  familyName: 8,
  givenName: 9,
} as const;

/** True for null, "", and text of nothing but spaces, control characters or a lone apostrophe. */
export function isBlankCell(cell: ImportCell | undefined): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  if (typeof cell !== "string") return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c > 32 && c !== 39 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

/** The schema's header of a field, for issues about a value no file column holds. */
function fieldHeader(field: ResidentField): string {
  return RESIDENTS_TAB.columns.find((column) => column.key === field)?.header ?? field;
}

export class RowProcessor {
  readonly rows: PreparedRow[] = [];
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly rejected: RejectedRow[] = [];
  duplicates = 0;
  dataRows = 0;
  derivedKdc = 0;
  /** First row of each name key; ID numbers go to `idTable`. */
  private readonly firstRowOfKey = new Map<string, number>();
  private readonly idTable: IdTable;
  private readonly genderMemo = new Map<string, { value: string; warning: Message | null }>();
  /** Columns feeding each field (by FEEDS index), in file order ("Ngày sinh" before "Năm sinh"). */
  private readonly feeds: (readonly number[])[] = FEEDS.map(() => NO_COLUMNS);
  private readonly headers = new Map<number, string>();
  private readonly nameColumns = new Set<number>();
  private readonly mappedCount: number;
  private readonly verdict: Verdict = newVerdict();
  private rowFailed = false;
  private lastGender = "";
  private lastAddressRaw = "";
  private lastAddress = "";
  private lastGenderResult: { value: string; warning: Message | null } | undefined;
  private tdpOut = "";
  private kdcOut = "";
  /** The column `pick` found its cell in. */
  private picked = -1;

  constructor(
    private readonly ctx: RowContext,
    expectedRows = 4096,
  ) {
    this.idTable = new IdTable(expectedRows);
    let mapped = 0;
    for (const column of ctx.columns) {
      this.headers.set(column.index, column.header);
      if (column.target === "ignore" || column.sensitive) continue;
      mapped++;
      const feed = FEEDS.indexOf(column.target);
      this.feeds[feed] = [...(this.feeds[feed] ?? NO_COLUMNS), column.index];
      if (column.target === "fullName" || column.target === "familyName" || column.target === "givenName")
        this.nameColumns.add(column.index);
    }
    this.mappedCount = mapped;
  }

  /** Processes rows[from, to); rows[0] is row `firstRow` of the file (1-based). */
  runRows(rows: ImportGrid, from: number, to: number, firstRow: number): void {
    const end = Math.min(to, rows.length);
    for (let r = from; r < end; r++) this.processRow(rows[r] ?? [], firstRow + r);
  }

  private processRow(cells: ImportCell[], row: number): void {
    // Only 0, 1 or "more" matters: stop at the second value.
    let filled = 0;
    let lastFilled = -1;
    for (let c = 0; c < cells.length && filled < 2; c++) {
      if (!isBlankCell(cells[c])) {
        filled++;
        lastFilled = c;
      }
    }
    if (filled === 0) return;
    this.dataRows++;
    // A lone value in a row of a wide table is a note or a group title ("Tổ 5"), not a resident.
    if (filled === 1 && this.mappedCount >= 3 && !this.nameColumns.has(lastFilled)) {
      this.warn(row, -1, msg("import.noteRow", { value: cleanCell(cells[lastFilled]) }));
      return;
    }
    this.rowFailed = false;
    const broken = this.ctx.brokenRows?.get(row);
    if (broken) {
      // Its cells cannot be trusted (a stray quote may have swallowed the next rows into one).
      this.rowFailed = true;
      this.errors.push({ row, column: "", message: broken });
    }
    const fullName = this.name(cells, row);
    const ctx = this.ctx;
    const v = this.verdict;
    let cell = this.pick(cells, F.birthDate);
    const birthDate =
      cell === null ? "" : this.check(row, normaliseBirthDate(cell, ctx.today, ctx.dateOrder, v));
    cell = this.pick(cells, F.gender);
    const gender = cell === null ? "" : this.gender(row, cell);
    cell = this.pick(cells, F.idNumber);
    v.idKey = -1;
    const idNumber = cell === null ? "" : this.check(row, normaliseIdNumber(cell, v));
    const idKey = v.idKey;
    cell = this.pick(cells, F.phone);
    const phone = cell === null ? "" : this.check(row, normalisePhone(cell, v));
    const address = this.address(this.pick(cells, F.address));
    if (address.length > MAX_ADDRESS)
      this.fail(row, this.picked, msg("import.valueTooLong", { length: address.length, max: MAX_ADDRESS }));
    let tdpCell = this.pick(cells, F.tdp);
    const tdpColumn = this.picked;
    let kdcCell = this.pick(cells, F.kdc);
    const kdcColumn = this.picked;
    if (tdpCell !== null && isBlankCell(tdpCell)) tdpCell = null;
    if (kdcCell !== null && isBlankCell(kdcCell)) kdcCell = null;
    this.areas(row, tdpCell, tdpColumn, kdcCell, kdcColumn);
    const tdp = this.tdpOut;
    const kdc = this.kdcOut;
    if (this.rowFailed) {
      this.rejected.push({ row, cells });
      return;
    }
    // One object per row: it is what tens of thousands of rows keep alive until the end.
    const prepared = { row, fullName, birthDate, gender, idNumber, phone, address, tdp, kdc };
    const idValue = idKey >= 0 ? idKey : IdTable.numberOf(idNumber);
    let first: number | undefined;
    if (idValue >= 0) {
      const seen = this.idTable.getOrAdd(idValue, row);
      if (seen >= 0) first = seen;
    } else {
      const key = residentKey(prepared);
      first = this.firstRowOfKey.get(key);
      if (first === undefined) this.firstRowOfKey.set(key, row);
    }
    if (first !== undefined) {
      this.duplicates++;
      this.warn(row, -1, msg("import.duplicateRow", { first }));
      return;
    }
    this.rows.push(prepared);
  }

  /** The first non-blank cell among the columns feeding a field; its column goes to `picked`. */
  private pick(cells: ImportCell[], feed: number): ImportCell | null {
    this.picked = -1;
    const columns = this.feeds[feed] ?? NO_COLUMNS;
    // One column (the usual case): its cell as it is; the normalisers read blank as empty.
    if (columns.length === 1) {
      const index = columns[0] as number;
      const cell = cells[index];
      if (cell === undefined || cell === null || cell === "") return null;
      this.picked = index;
      return cell;
    }
    for (let k = 0; k < columns.length; k++) {
      const index = columns[k] as number;
      const cell = cells[index];
      if (cell !== undefined && !isBlankCell(cell)) {
        this.picked = index;
        return cell;
      }
    }
    return null;
  }

  /**
   * Reports the verdict of the normaliser that just ran on the picked column, and clears it: the
   * verdict is always clear between uses, so the common path writes nothing to it.
   */
  private check(row: number, value: string): string {
    const v = this.verdict;
    if (v.error) {
      this.fail(row, this.picked, v.error);
      v.error = null;
    }
    if (v.warning) {
      this.warn(row, this.picked, v.warning);
      v.warning = null;
    }
    return value;
  }

  private name(cells: ImportCell[], row: number): string {
    const cell = this.pick(cells, F.fullName);
    let column = this.picked;
    let text: string;
    if (typeof cell === "string") {
      // The common case, a finished name, costs one pass and no allocation.
      const flags = nameFlags(cell);
      if (flags === 0) return cell;
      text = flags & NAME_UNCLEAN ? cleanString(cell) : cell;
    } else text = cleanCell(cell);
    if (text === "") {
      const family = cleanCell(this.pick(cells, F.familyName));
      const given = cleanCell(this.pick(cells, F.givenName));
      column = this.picked;
      text = family === "" ? given : given === "" ? family : `${family} ${given}`;
    }
    if (text === "") {
      const header = this.feeds[0]?.[0] ?? this.feeds[9]?.[0] ?? -1;
      this.fail(row, header, msg("import.missingName"));
      return "";
    }
    if (text.length > MAX_NAME) {
      this.fail(row, column, msg("import.nameTooLong", { length: text.length, max: MAX_NAME }));
      return "";
    }
    const flags = nameFlags(text);
    // Formula or markup characters: kept exactly as typed (the register stores text as text), so a
    // clerk sees what the file held, and told.
    if (flags & NAME_CODE) {
      this.warn(row, column, msg("import.nameCode", { value: text }));
      return text;
    }
    if (flags & NAME_DIGITS) this.warn(row, column, msg("import.nameDigits", { value: text }));
    return capitaliseWords(text);
  }

  /** A household's rows share one address: the last one is reused rather than kept again. */
  private address(cell: ImportCell | null): string {
    if (typeof cell !== "string") return cleanCell(cell);
    if (cell === this.lastAddressRaw) return this.lastAddress;
    const address = cleanString(cell);
    this.lastAddressRaw = cell;
    this.lastAddress = address;
    return address;
  }

  /** Remembered per distinct cell text: a register has few spellings of gender. */
  private gender(row: number, cell: ImportCell): string {
    const raw = typeof cell === "string" ? cell : cleanCell(cell);
    // Neighbouring rows often agree: the last answer is checked before the table.
    let result = raw === this.lastGender ? this.lastGenderResult : this.genderMemo.get(raw);
    if (!result) {
      const text = cleanCell(raw);
      const value = normaliseGender(text, foldKey(text), this.verdict);
      result = { value, warning: this.verdict.warning };
      this.verdict.warning = null;
      this.genderMemo.set(raw, result);
    }
    this.lastGender = raw;
    this.lastGenderResult = result;
    if (result.warning) this.warn(row, this.picked, result.warning);
    return result.value;
  }

  /** TDP and KDC into tdpOut/kdcOut: matched (by raw text, remembered), KDC derived from the TDP. */
  private areas(
    row: number,
    tdpCell: ImportCell | null,
    tdpColumn: number,
    kdcCell: ImportCell | null,
    kdcColumn: number,
  ): void {
    const areas = this.ctx.areas;
    const tdpRaw = typeof tdpCell === "string" ? tdpCell : cleanCell(tdpCell);
    const kdcRaw = typeof kdcCell === "string" ? kdcCell : cleanCell(kdcCell);
    this.tdpOut = "";
    this.kdcOut = "";
    if (areas.empty) {
      this.tdpOut = cleanCell(tdpRaw);
      this.kdcOut = cleanCell(kdcRaw);
      return;
    }
    let tdpKdc = "";
    if (tdpCell !== null) {
      const match = areas.knowsTdps ? areas.tdp(tdpRaw) : null;
      if (match) {
        this.tdpOut = match.name;
        tdpKdc = match.kdc;
      } else {
        this.tdpOut = cleanCell(tdpRaw);
        if (areas.knowsTdps) this.fail(row, tdpColumn, msg("import.unknownTdp", { value: this.tdpOut }));
      }
    }
    if (kdcCell !== null) {
      const match = areas.knowsKdcs ? areas.kdc(kdcRaw) : null;
      if (match) this.kdcOut = match;
      else {
        this.kdcOut = cleanCell(kdcRaw);
        if (areas.knowsKdcs) this.fail(row, kdcColumn, msg("import.unknownKdc", { value: this.kdcOut }));
      }
    }
    if (tdpKdc === "") return;
    if (kdcCell === null) {
      this.kdcOut = tdpKdc;
      this.derivedKdc++;
    } else if (!areas.sameKdc(this.kdcOut, tdpKdc))
      this.fail(
        row,
        kdcColumn,
        msg("import.areaMismatch", { tdp: this.tdpOut, kdc: cleanCell(kdcRaw), expected: tdpKdc }),
      );
  }

  private columnName(column: number, fallback: ResidentField): string {
    return column < 0 ? fieldHeader(fallback) : (this.headers.get(column) ?? "");
  }

  private fail(row: number, column: number, message: Message): void {
    this.rowFailed = true;
    this.errors.push({ row, column: this.columnName(column, "fullName"), message: boundedMessage(message) });
  }

  private warn(row: number, column: number, message: Message): void {
    this.warnings.push({
      row,
      column: column < 0 ? "" : (this.headers.get(column) ?? ""),
      message: boundedMessage(message),
    });
  }
}
