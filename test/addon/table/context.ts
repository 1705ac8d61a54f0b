/**
 * The add-on's server code (not the bundle) on the emulated services, with one call counter per
 * execution, for the table layer's tests.
 */
import type { ServerContext } from "../../../addon/server/context.ts";
import { createDocumentServices } from "../../../local/emulator/document/index.ts";
import { type CallCounter, createServices, type EmulatedWorkbook } from "../../../local/emulator/index.ts";
import type { TableTabSpec } from "../../../shared/schema/types.ts";

export interface Execution {
  ctx: ServerContext;
  counter: CallCounter;
  end(): void;
}

/** One execution, as one google.script.run call would be (its own counter and lock holder). */
export function execution(workbook: EmulatedWorkbook, now = new Date(2026, 0, 5, 8, 30)): Execution {
  const sheets = createServices({ workbook, uiAvailable: false, now: () => now });
  const docs = createDocumentServices({});
  return {
    ctx: {
      services: { ...sheets.globals(), DocumentApp: docs.DocumentApp, DriveApp: docs.DriveApp },
      spreadsheet: sheets.SpreadsheetApp.getActiveSpreadsheet(),
      now: () => now,
    },
    counter: sheets.counter,
    end: () => sheets.endExecution(),
  };
}

export function headersOf(spec: TableTabSpec): string[] {
  return spec.columns.map((column) => column.header);
}

/** A row of `spec` from values by header (blank elsewhere). */
export function rowOf(spec: TableTabSpec, values: Record<string, unknown>): unknown[] {
  return spec.columns.map((column) => values[column.header] ?? "");
}
