/**
 * DataValidationBuilder and DataValidation. Criteria types are answered as the enum's names
 * ("VALUE_IN_LIST", "CHECKBOX", ...): String() of the real enum value gives the same text.
 */
import type {
  DataValidationCriteria,
  GasDataValidation,
  GasDataValidationBuilder,
  GasRange,
} from "../../../addon/server/gas/spreadsheet-types.ts";
import { type CriteriaName, makeRule, type RangeRef, type ValidationRule } from "../model/validation.ts";
import type { EmuContext } from "./context.ts";
import { gasError, signatureError } from "./errors.ts";
import { EmuRange } from "./range.ts";

const rules = new WeakMap<object, ValidationRule>();

/** The model rule behind a DataValidation this emulator built; undefined for anything else. */
export function ruleOf(value: unknown): ValidationRule | undefined {
  return typeof value === "object" && value !== null ? rules.get(value) : undefined;
}

export class EmuDataValidation implements GasDataValidation {
  constructor(
    private readonly ctx: EmuContext,
    readonly rule: ValidationRule,
  ) {
    rules.set(this, rule);
  }

  getCriteriaType(): DataValidationCriteria {
    this.ctx.counter.record("DataValidation", "getCriteriaType");
    return this.rule.criteria as unknown as DataValidationCriteria;
  }

  /** [values, showDropdown] for a list, [range, showDropdown] for a range, [] otherwise. */
  getCriteriaValues(): unknown[] {
    this.ctx.counter.record("DataValidation", "getCriteriaValues");
    const { rule } = this;
    if (rule.criteria === "VALUE_IN_LIST") return [[...(rule.list ?? [])], rule.showDropdown];
    if (rule.criteria === "VALUE_IN_RANGE" && rule.range) {
      const ref = rule.range;
      const sheet = this.ctx.workbook.sheetById(ref.sheetId);
      const range = sheet
        ? new EmuRange(this.ctx, sheet, ref.row, ref.column, ref.numRows, ref.numColumns)
        : null;
      return [range, rule.showDropdown];
    }
    return [];
  }

  getAllowInvalid(): boolean {
    this.ctx.counter.record("DataValidation", "getAllowInvalid");
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    this.ctx.counter.record("DataValidation", "getHelpText");
    return this.rule.helpText;
  }
}

export class EmuDataValidationBuilder implements GasDataValidationBuilder {
  private criteria: CriteriaName | null = null;
  private list: readonly string[] | null = null;
  private range: RangeRef | null = null;
  private showDropdown = true;
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly ctx: EmuContext) {}

  private record(method: string): void {
    this.ctx.counter.record("DataValidationBuilder", method);
  }

  private reset(criteria: CriteriaName): void {
    this.criteria = criteria;
    this.list = null;
    this.range = null;
    this.showDropdown = true;
  }

  requireValueInList(values: string[], showDropdown: boolean): GasDataValidationBuilder {
    this.record("requireValueInList");
    if (!Array.isArray(values))
      throw signatureError("SpreadsheetApp.DataValidationBuilder", "requireValueInList", [values]);
    this.reset("VALUE_IN_LIST");
    this.list = values.map((v) => String(v));
    this.showDropdown = showDropdown !== false;
    return this;
  }

  requireValueInRange(range: GasRange, showDropdown: boolean): GasDataValidationBuilder {
    this.record("requireValueInRange");
    if (!(range instanceof EmuRange)) {
      throw signatureError("SpreadsheetApp.DataValidationBuilder", "requireValueInRange", [range]);
    }
    this.reset("VALUE_IN_RANGE");
    this.range = {
      sheetId: range.model.sheetId,
      row: range.row,
      column: range.column,
      numRows: range.numRows,
      numColumns: range.numColumns,
    };
    this.showDropdown = showDropdown !== false;
    return this;
  }

  requireCheckbox(): GasDataValidationBuilder {
    this.record("requireCheckbox");
    this.reset("CHECKBOX");
    return this;
  }

  requireDate(): GasDataValidationBuilder {
    this.record("requireDate");
    this.reset("DATE_IS_VALID_DATE");
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): GasDataValidationBuilder {
    this.record("setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): GasDataValidationBuilder {
    this.record("setHelpText");
    this.helpText = helpText;
    return this;
  }

  build(): GasDataValidation {
    this.record("build");
    if (this.criteria === null)
      throw gasError("You must specify a criteria type for this data validation rule.");
    const rule = makeRule({
      criteria: this.criteria,
      list: this.list,
      range: this.range,
      showDropdown: this.showDropdown,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
    return new EmuDataValidation(this.ctx, rule);
  }
}
