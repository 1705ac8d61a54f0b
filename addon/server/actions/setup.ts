/**
 * "Thiết lập bảng tính": creates missing tabs and columns with headers, dropdowns, checkboxes and
 * number formats, freezes and protects (warning only) the header row, and writes every `Hội nghị`
 * item the tab lacks (name and hint, value left for the clerk). Never touches data; a second run
 * finds everything in place and changes nothing. Service calls grow with the number of columns
 * and items (a fixed schema), never with rows.
 */

import { numberFormatFor } from "../../../shared/schema/formats.ts";
import { TABLE_TABS, TABS } from "../../../shared/schema/tabs.ts";
import type { ColumnSpec } from "../../../shared/schema/types.ts";
import type { CellValue } from "../../../shared/workbook/cells.ts";
import {
  type ExistingTab,
  planFactRows,
  planSetup,
  type TabSetupPlan,
} from "../../../shared/workbook/setup-plan.ts";
import type { SetupReport } from "../../rpc/workbook-actions.ts";
import type { ServerContext } from "../context.ts";
import type { GasDataValidation, GasSheet } from "../gas/spreadsheet-types.ts";
import { withDocumentLock } from "../sheets/lock.ts";
import { readWholeSheet } from "../sheets/read.ts";
import { ensureSize } from "../sheets/write.ts";
import { fillMissingIds } from "../table/fill-ids.ts";

const HEADER_PROTECTION = "Đối thoại: dòng tiêu đề";
const HEADER_BACKGROUND = "#e8f0fe";

export function setupWorkbook(ctx: ServerContext): SetupReport {
  return withDocumentLock(ctx, () => {
    const existing = ctx.spreadsheet.getSheets();
    const tabs: ExistingTab[] = existing.map((sheet) => ({
      name: sheet.getName(),
      header: headerRow(sheet),
    }));
    const plan = planSetup(tabs, TABS);
    const sheets = new Map(existing.map((sheet) => [sheet.getName(), sheet]));
    const report: SetupReport = { createdTabs: [], addedColumns: [], addedFacts: [] };
    const placed = new Map<string, { sheet: GasSheet; plan: TabSetupPlan }>();

    for (const tab of plan) {
      const sheet = tab.create ? ctx.spreadsheet.insertSheet(tab.sheetName) : sheets.get(tab.sheetName);
      if (!sheet) continue;
      placed.set(tab.spec.key, { sheet, plan: tab });
      if (tab.create) report.createdTabs.push(tab.sheetName);
      for (const column of tab.appended)
        report.addedColumns.push({ tab: tab.sheetName, column: column.header });
      writeAppendedHeaders(sheet, tab);
    }
    for (const { sheet, plan: tab } of placed.values()) {
      formatColumns(ctx, sheet, tab, placed);
      protectHeader(ctx, sheet, tab);
    }
    const conference = placed.get("conference");
    if (conference) report.addedFacts = writeFactRows(ctx, conference.sheet, conference.plan);
    // Rows already in the sheet (typed before set-up, or a roster pasted in) get their ids now.
    fillMissingIds(ctx, TABLE_TABS);
    return report;
  });
}

function headerRow(sheet: GasSheet): CellValue[] {
  const columns = sheet.getLastColumn();
  if (columns === 0) return [];
  return (sheet.getRange(1, 1, 1, columns).getValues()[0] ?? []) as CellValue[];
}

function writeAppendedHeaders(sheet: GasSheet, tab: TabSetupPlan): void {
  if (tab.appended.length === 0) return;
  const first = tab.widthBefore + 1;
  ensureSize(sheet, 1, tab.widthBefore + tab.appended.length);
  const range = sheet.getRange(1, first, 1, tab.appended.length);
  range.setNumberFormat("@");
  range.setValues([tab.appended.map((column) => column.header)]);
  range.setFontWeight("bold");
  range.setBackground(HEADER_BACKGROUND);
  tab.appended.forEach((column, i) => {
    if (column.width) sheet.setColumnWidth(first + i, column.width);
  });
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

/** Formats and dropdowns for the data rows of each schema column (one call or two per column). */
function formatColumns(
  ctx: ServerContext,
  sheet: GasSheet,
  tab: TabSetupPlan,
  placed: Map<string, { sheet: GasSheet; plan: TabSetupPlan }>,
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const column of tab.spec.columns) {
    const index = tab.columnIndex.get(column.key);
    if (index === undefined) continue;
    const range = sheet.getRange(2, index + 1, rows, 1);
    range.setNumberFormat(numberFormatFor(column.type));
    const rule = validationFor(ctx, column, placed, rows);
    if (rule) range.setDataValidation(rule);
  }
}

function validationFor(
  ctx: ServerContext,
  column: ColumnSpec,
  placed: Map<string, { sheet: GasSheet; plan: TabSetupPlan }>,
  rows: number,
): GasDataValidation | null {
  const builder = ctx.services.SpreadsheetApp.newDataValidation();
  if (column.type === "yesno") return builder.requireCheckbox().setAllowInvalid(false).build();
  if (column.type === "date") return builder.requireDate().setAllowInvalid(true).build();
  if (column.type !== "choice" || !column.choices) return null;
  const source = column.choices;
  if (source.kind === "fixed") {
    return builder
      .requireValueInList([...source.values], true)
      .setAllowInvalid(false)
      .setHelpText(column.note)
      .build();
  }
  // Lists kept by the office: point at their column so a new KDC or field shows up at once.
  const target = source.kind === "categories" ? placed.get("categories") : placed.get("catalogue");
  const key = source.kind === "categories" ? "name" : source.list;
  const index = target?.plan.columnIndex.get(key);
  if (!target || index === undefined) return null;
  const listRange = target.sheet.getRange(
    2,
    index + 1,
    Math.max(1, Math.min(rows, target.sheet.getMaxRows() - 1)),
    1,
  );
  return builder.requireValueInRange(listRange, true).setAllowInvalid(true).setHelpText(column.note).build();
}

function protectHeader(ctx: ServerContext, sheet: GasSheet, tab: TabSetupPlan): void {
  const type = ctx.services.SpreadsheetApp.ProtectionType.RANGE;
  const already = sheet.getProtections(type).some((p) => p.getDescription() === HEADER_PROTECTION);
  if (already) return;
  const width = tab.widthBefore + tab.appended.length;
  if (width === 0) return;
  sheet.getRange(1, 1, 1, width).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}

/**
 * The `Hội nghị` items the tab lacks, below its last row: one read, one block written as text,
 * one dropdown per item with a fixed list (`Cấp`). Returns the labels written.
 */
function writeFactRows(ctx: ServerContext, sheet: GasSheet, tab: TabSetupPlan): string[] {
  const plan = planFactRows(readWholeSheet(sheet), tab.columnIndex);
  if (!plan) return [];
  const width = plan.rows[0]?.length ?? 1;
  ensureSize(sheet, plan.firstRow + plan.rows.length - 1, plan.firstColumn + width);
  const block = sheet.getRange(plan.firstRow, plan.firstColumn + 1, plan.rows.length, width);
  block.setNumberFormat("@");
  block.setValues(plan.rows);
  const value = tab.columnIndex.get("value");
  if (value !== undefined) {
    for (const choice of plan.choices) {
      const rule = ctx.services.SpreadsheetApp.newDataValidation()
        .requireValueInList([...choice.values], true)
        .setAllowInvalid(true)
        .build();
      sheet.getRange(plan.firstRow + choice.offset, value + 1, 1, 1).setDataValidation(rule);
    }
  }
  return plan.labels;
}
