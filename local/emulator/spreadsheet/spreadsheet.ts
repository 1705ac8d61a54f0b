/** Spreadsheet: the bound document. Every method counts one "Spreadsheet.<method>" call. */
import type { GasSheet, GasSpreadsheet } from "../../../addon/server/gas/spreadsheet-types.ts";
import type { EmuContext } from "./context.ts";
import { signatureError } from "./errors.ts";
import { EmuSheet } from "./sheet.ts";

export class EmuSpreadsheet implements GasSpreadsheet {
  constructor(private readonly ctx: EmuContext) {}

  private record(method: string): void {
    this.ctx.counter.record("Spreadsheet", method);
  }

  getId(): string {
    this.record("getId");
    return this.ctx.workbook.id;
  }

  getName(): string {
    this.record("getName");
    return this.ctx.workbook.name;
  }

  getUrl(): string {
    this.record("getUrl");
    return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(this.ctx.workbook.id)}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    this.record("getSpreadsheetTimeZone");
    return this.ctx.timeZone;
  }

  getSheets(): GasSheet[] {
    this.record("getSheets");
    return this.ctx.workbook.sheets.map((s) => new EmuSheet(this.ctx, s));
  }

  getSheetByName(name: string): GasSheet | null {
    this.record("getSheetByName");
    const sheet = this.ctx.workbook.sheetByName(String(name));
    return sheet ? new EmuSheet(this.ctx, sheet) : null;
  }

  /** Inserts after the active sheet and makes the new sheet active, as Sheets does. */
  insertSheet(sheetName: string): GasSheet {
    this.record("insertSheet");
    if (typeof sheetName !== "string")
      throw signatureError("SpreadsheetApp.Spreadsheet", "insertSheet", [sheetName]);
    const workbook = this.ctx.workbook;
    const index = Math.min(workbook.activeSheetIndex + 1, workbook.sheets.length);
    const sheet = workbook.addSheet(sheetName, { index });
    workbook.activeSheetIndex = workbook.sheets.indexOf(sheet);
    return new EmuSheet(this.ctx, sheet);
  }

  toast(msg: string, title: string, timeoutSeconds: number): void {
    this.record("toast");
    this.ctx.log.toasts.push({
      message: String(msg),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
