/**
 * What the `Nhập dân cư` tab needs before reading a file: the ward's areas (TDP/KDC are matched in
 * the page), today in the spreadsheet's zone, the register's size and the import history.
 */
import { type CivilDate, fromLocalDate } from "../../../shared/dates/civil.ts";
import { HISTORY_TAB, readHistory } from "../../../shared/residents/undo-log.ts";
import { CATALOGUE_TAB, RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import { findTabName, tabGrid } from "../../../shared/workbook/snapshot.ts";
import type { ImportContext } from "../../rpc/import-actions.ts";
import type { ServerContext } from "../context.ts";
import { findLogSheet } from "../sheets/log-tab.ts";
import { readTabs, readWholeSheet } from "../sheets/read.ts";
import { roomForResidents } from "./capacity.ts";
import { areasOf } from "./register.ts";

export function getImportContext(ctx: ServerContext): ImportContext {
  const read = readTabs(ctx.spreadsheet, [CATALOGUE_TAB]);
  const areas = areasOf(tabGrid(read.snapshot, CATALOGUE_TAB));
  const sheets = ctx.spreadsheet.getSheets();
  const registerName = findTabName(
    sheets.map((s) => s.getName()),
    RESIDENTS_TAB.name,
  );
  const register = sheets.find((s) => s.getName() === registerName);
  const history = findLogSheet(ctx, HISTORY_TAB);
  return {
    kdcs: [...areas.kdcs],
    tdps: [...areas.tdps],
    today: fromLocalDate(ctx.now()) as CivilDate,
    registerRows: register ? Math.max(0, register.getLastRow() - 1) : 0,
    roomRows: roomForResidents(ctx, register ?? null),
    batches: history ? readHistory(readWholeSheet(history)).map(({ index: _index, ...batch }) => batch) : [],
    problems: read.missing.map((tab) => ({ key: "workbook.missingTab" as const, params: { tab: tab.name } })),
  };
}
