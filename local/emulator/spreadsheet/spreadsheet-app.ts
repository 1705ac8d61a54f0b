/** SpreadsheetApp: the entry point. Enum values are their names, as String() of the real enums gives. */
import type {
  GasDataValidationBuilder,
  GasSpreadsheet,
  GasSpreadsheetApp,
  GasUi,
} from "../../../addon/server/gas/spreadsheet-types.ts";
import { EmuUi } from "../ui.ts";
import type { EmuContext } from "./context.ts";
import { EmuDataValidationBuilder } from "./data-validation.ts";
import { gasError } from "./errors.ts";
import { EmuSpreadsheet } from "./spreadsheet.ts";

type ProtectionTypes = GasSpreadsheetApp["ProtectionType"];

/** Every name of the real DataValidationCriteria enum (the emulator builds only four of them). */
const ALL_CRITERIA = [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const;

export class EmuSpreadsheetApp implements GasSpreadsheetApp {
  readonly ProtectionType = Object.freeze({ RANGE: "RANGE", SHEET: "SHEET" }) as unknown as ProtectionTypes;
  /** Not in the add-on's slice; here so that code comparing criteria types finds the names. */
  readonly DataValidationCriteria: Readonly<Record<string, string>> = Object.freeze(
    Object.fromEntries(ALL_CRITERIA.map((name) => [name, name])),
  );

  constructor(private readonly ctx: EmuContext) {}

  getActiveSpreadsheet(): GasSpreadsheet {
    this.ctx.counter.record("SpreadsheetApp", "getActiveSpreadsheet");
    return new EmuSpreadsheet(this.ctx);
  }

  getUi(): GasUi {
    this.ctx.counter.record("SpreadsheetApp", "getUi");
    if (!this.ctx.uiAvailable) throw gasError("Cannot call SpreadsheetApp.getUi() from this context.");
    return new EmuUi(this.ctx);
  }

  newDataValidation(): GasDataValidationBuilder {
    this.ctx.counter.record("SpreadsheetApp", "newDataValidation");
    return new EmuDataValidationBuilder(this.ctx);
  }

  flush(): void {
    this.ctx.counter.record("SpreadsheetApp", "flush");
  }
}
