/**
 * What the roster's actions read besides `Đại biểu`: the categories (`Thành phần`) and the ward's
 * areas (`Danh mục`), one getValues each, and helpers over the roster's typed rows.
 */
import { type Catalogue, readCatalogue } from "../../../shared/catalogue/catalogue.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { type Category, readCategories } from "../../../shared/roster/categories.ts";
import type { RosterEntry } from "../../../shared/roster/refresh.ts";
import { CATALOGUE_TAB, CATEGORIES_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import type { RowPatch } from "../../../shared/table/types.ts";
import { tabGrid } from "../../../shared/workbook/snapshot.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectString, type PlainObject } from "../../rpc/input.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";
import type { ServerTable } from "../table/open-table.ts";

export interface PlanInputs {
  categories: Category[];
  catalogue: Catalogue;
}

export function readPlanInputs(ctx: ServerContext, withCatalogue = true): PlanInputs {
  const specs = withCatalogue ? [CATEGORIES_TAB, CATALOGUE_TAB] : [CATEGORIES_TAB];
  const { snapshot, missing } = readTabs(ctx.spreadsheet, specs);
  if (missing.length > 0)
    throw new UserFacingError(missing.map((tab) => msg("workbook.missingTab", { tab: tab.name })));
  return {
    categories: readCategories(tabGrid(snapshot, CATEGORIES_TAB) ?? []).categories,
    catalogue: readCatalogue(tabGrid(snapshot, CATALOGUE_TAB) ?? []).catalogue,
  };
}

export type RosterTable = ServerTable<typeof ROSTER_TAB>;

export function entriesOf(table: RosterTable): RosterEntry[] {
  return table.rows().rows.map((row) => ({ id: row.id, values: row.values }));
}

/** The rows as they are after a write this execution made (no second read needed). */
export function withPatch(
  entries: readonly RosterEntry[],
  id: string,
  patch: RowPatch<typeof ROSTER_TAB>,
): RosterEntry[] {
  const found = entries.some((e) => e.id === id);
  const changed = entries.map((e) => (e.id === id ? { id, values: { ...e.values, ...patch } } : e));
  return found ? changed : [...changed, { id, values: { ...emptyValues(), ...patch } }];
}

/** A row with nothing in it, as the table layer reads one. */
function emptyValues(): RosterEntry["values"] {
  const out: Record<string, unknown> = {};
  for (const column of ROSTER_TAB.columns)
    out[column.key] = column.type === "yesno" ? false : column.type === "text" ? "" : null;
  return out as RosterEntry["values"];
}

/** An optional text argument ("" when absent). */
export function optionalString(action: string, input: PlainObject, key: string): string {
  return input[key] === undefined || input[key] === null ? "" : expectString(action, input, key);
}
