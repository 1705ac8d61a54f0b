/**
 * A deterministic plain description of a workbook's whole state, for comparing two workbooks
 * ("set-up twice gives an identical workbook", "save then load gives the same workbook").
 */

import { isDefaultCell } from "./model/cell.ts";
import type { EmulatedWorkbook } from "./model/workbook.ts";
import { a1Notation } from "./spreadsheet/a1.ts";

export interface CellDescription {
  at: string;
  value: string | number | boolean | null;
  formula?: string;
  format?: string;
  validation?: unknown;
  bold?: true;
  background?: string;
  note?: string;
  wrap?: true;
}

export function describeWorkbook(workbook: EmulatedWorkbook): unknown {
  return {
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    documentProperties: Object.fromEntries(
      [...workbook.documentProperties].sort(([a], [b]) => a.localeCompare(b)),
    ),
    sheets: workbook.sheets.map((sheet) => {
      const cells: CellDescription[] = [];
      sheet.forEachCell((row, column, cell) => {
        if (isDefaultCell(cell)) return;
        const d: CellDescription = { at: a1Notation(row, column), value: cell.value };
        if (cell.formula !== null) d.formula = cell.formula;
        if (cell.format !== null) d.format = cell.format;
        if (cell.validation) d.validation = { ...cell.validation };
        if (cell.bold) d.bold = true;
        if (cell.background !== null) d.background = cell.background;
        if (cell.note !== null) d.note = cell.note;
        if (cell.wrap) d.wrap = true;
        cells.push(d);
      });
      return {
        name: sheet.name,
        sheetId: sheet.sheetId,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        frozenRows: sheet.frozenRows,
        hidden: sheet.hidden,
        columnWidths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
        protections: sheet.protections.map((p) => ({ ...p })),
        cells,
      };
    }),
  };
}
