/**
 * Reading what an import needs from the workbook, one getValues per tab: the register (`Dân cư`)
 * through the table layer, and the ward's areas from `Danh mục`.
 */
import { readCatalogue } from "../../../shared/catalogue/catalogue.ts";
import type { WardAreas } from "../../../shared/residents/areas.ts";
import type { RegisterKey } from "../../../shared/residents/merge.ts";
import { RESIDENT_FIELDS } from "../../../shared/residents/types.ts";
import { CATALOGUE_TAB, RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { tabGrid } from "../../../shared/workbook/snapshot.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";
import { openTable, type ServerTable } from "../table/open-table.ts";

export type Register = ServerTable<typeof RESIDENTS_TAB>;

/** The register columns an import reads and writes. */
export const REGISTER_KEYS: readonly RegisterKey[] = ["residentId", ...RESIDENT_FIELDS, "importBatch"];

export function areasOf(grid: Grid | undefined): WardAreas {
  if (!grid) return { kdcs: [], tdps: [] };
  const { catalogue } = readCatalogue(grid);
  return { kdcs: catalogue.kdcs, tdps: catalogue.tdps };
}

/** The register; a missing tab or column stops with a message naming it. */
export function openRegister(ctx: ServerContext): Register {
  return openTable(ctx, RESIDENTS_TAB, REGISTER_KEYS);
}

export function readAreas(ctx: ServerContext): WardAreas {
  const read = readTabs(ctx.spreadsheet, [CATALOGUE_TAB]);
  return areasOf(tabGrid(read.snapshot, CATALOGUE_TAB));
}
