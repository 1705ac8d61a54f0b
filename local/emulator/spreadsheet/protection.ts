/** Protection of a range. Nothing is enforced: the script's user is the owner, who may edit. */
import type { GasProtection, GasRange } from "../../../addon/server/gas/spreadsheet-types.ts";
import type { ProtectionModel } from "../model/protection.ts";
import type { EmulatedSheet } from "../model/sheet.ts";
import type { EmuContext } from "./context.ts";
import { EmuRange } from "./range.ts";

export class EmuProtection implements GasProtection {
  constructor(
    private readonly ctx: EmuContext,
    private readonly sheet: EmulatedSheet,
    readonly model: ProtectionModel,
  ) {}

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.ctx.counter.record("Protection", "setWarningOnly");
    this.model.warningOnly = warningOnly === true;
    return this;
  }

  isWarningOnly(): boolean {
    this.ctx.counter.record("Protection", "isWarningOnly");
    return this.model.warningOnly;
  }

  setDescription(description: string): GasProtection {
    this.ctx.counter.record("Protection", "setDescription");
    this.model.description = String(description);
    return this;
  }

  getDescription(): string {
    this.ctx.counter.record("Protection", "getDescription");
    return this.model.description;
  }

  getRange(): GasRange {
    this.ctx.counter.record("Protection", "getRange");
    const p = this.model;
    return new EmuRange(this.ctx, this.sheet, p.row, p.column, p.numRows, p.numColumns);
  }
}
