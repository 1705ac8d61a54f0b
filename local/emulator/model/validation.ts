/**
 * Data-validation rules as values. One rule object is shared by every cell it was applied to;
 * rules never change after build() (Apps Script rules are immutable too).
 */
export type CriteriaName = "VALUE_IN_LIST" | "VALUE_IN_RANGE" | "CHECKBOX" | "DATE_IS_VALID_DATE";

export const CRITERIA_NAMES: readonly CriteriaName[] = [
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CHECKBOX",
  "DATE_IS_VALID_DATE",
];

/** A block of another (or the same) sheet, by the sheet's id so that it survives renames. */
export interface RangeRef {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ValidationRule {
  readonly criteria: CriteriaName;
  readonly list: readonly string[] | null;
  readonly range: RangeRef | null;
  readonly showDropdown: boolean;
  /** Apps Script's default is true: invalid input only shows a warning. */
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export function makeRule(rule: ValidationRule): ValidationRule {
  return Object.freeze({
    ...rule,
    list: rule.list ? Object.freeze([...rule.list]) : null,
    range: rule.range ? Object.freeze({ ...rule.range }) : null,
  });
}

/** A stable key: equal keys mean interchangeable rules. */
export function ruleKey(rule: ValidationRule): string {
  return JSON.stringify([
    rule.criteria,
    rule.list,
    rule.range,
    rule.showDropdown,
    rule.allowInvalid,
    rule.helpText,
  ]);
}
