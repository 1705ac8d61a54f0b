/**
 * Reading what an import needs from the workbook, one getValues per tab: the register (`Dân cư`)
 * with its columns located by header, and the ward's areas from `Danh mục`.
 */
import { readCatalogue } from "../../../shared/catalogue/catalogue.ts";
import { msg } from "../../../shared/i18n/index.ts";
import type { WardAreas } from "../../../shared/residents/areas.ts";
import type { RegisterKey } from "../../../shared/residents/merge.ts";
import { RESIDENT_FIELDS } from "../../../shared/residents/types.ts";
import { CATALOGUE_TAB, RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { locateColumns } from "../../../shared/workbook/header.ts";
import { tabGrid } from "../../../shared/workbook/snapshot.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";
import type { GasSheet } from "../gas/spreadsheet-types.ts";
import { readTabs } from "../sheets/read.ts";

export interface Register {
  sheet: GasSheet;
  grid: Grid;
  /** 0-based column of each register key. */
  columns: Map<string, number>;
  /** Columns up to the last header (user columns included). */
  width: number;
}

export interface ImportInputs {
  register: Register;
  areas: WardAreas;
}

const NEEDED: readonly RegisterKey[] = ["residentId", ...RESIDENT_FIELDS, "importBatch"];

export function areasOf(grid: Grid | undefined): WardAreas {
  if (!grid) return { kdcs: [], tdps: [] };
  const { catalogue } = readCatalogue(grid);
  return { kdcs: catalogue.kdcs, tdps: catalogue.tdps };
}

/** The register and the areas; a missing tab or column stops with a message naming it. */
export function readImportInputs(ctx: ServerContext, withCatalogue = true): ImportInputs {
  const tabs = withCatalogue ? [RESIDENTS_TAB, CATALOGUE_TAB] : [RESIDENTS_TAB];
  const read = readTabs(ctx.spreadsheet, tabs);
  const sheet = read.sheets.get("residents");
  const grid = tabGrid(read.snapshot, RESIDENTS_TAB);
  if (!sheet || !grid) throw new UserFacingError([msg("workbook.missingTab", { tab: RESIDENTS_TAB.name })]);
  const layout = locateColumns(RESIDENTS_TAB, grid[0] ?? []);
  const missing = layout.missing.filter((column) => NEEDED.includes(column.key as RegisterKey));
  if (missing.length > 0)
    throw new UserFacingError(
      missing.map((column) =>
        msg("workbook.missingColumn", { tab: RESIDENTS_TAB.name, column: column.header }),
      ),
    );
  if (layout.problems.length > 0) throw new UserFacingError(layout.problems);
  return {
    register: {
      sheet,
      grid,
      columns: layout.indexByKey,
      width: Math.max(layout.width, grid[0]?.length ?? 0),
    },
    areas: withCatalogue ? areasOf(tabGrid(read.snapshot, CATALOGUE_TAB)) : { kdcs: [], tdps: [] },
  };
}
