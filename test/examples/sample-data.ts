/**
 * Loads the Thanh Khê Tây sample's table tabs for the tests, tab by tab (the `Hội nghị` tab has its
 * own tests), plus typed reads of each through the core.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ExampleManifest, loadTsvFile, readManifest } from "../../local/examples/tsv.ts";
import { type Catalogue, readCatalogue } from "../../shared/catalogue/catalogue.ts";
import {
  CATALOGUE_TAB,
  CATEGORIES_TAB,
  OPINIONS_TAB,
  RESIDENTS_TAB,
  ROSTER_TAB,
} from "../../shared/schema/tabs.ts";
import type { TableTabSpec } from "../../shared/schema/types.ts";
import { readTable, type TableRead } from "../../shared/workbook/table.ts";

export const SAMPLE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../examples/thanh-khe-tay-2022",
);

export const TABLE_TABS: readonly TableTabSpec[] = [
  CATEGORIES_TAB,
  ROSTER_TAB,
  RESIDENTS_TAB,
  OPINIONS_TAB,
  CATALOGUE_TAB,
];

export interface Sample {
  manifest: ExampleManifest;
  /** Raw rows by tab name, header first. */
  grids: Map<string, string[][]>;
  reads: Map<string, TableRead>;
  catalogue: Catalogue;
}

export async function loadSampleTables(): Promise<Sample> {
  const manifest = await readManifest(SAMPLE_DIR);
  const grids = new Map<string, string[][]>();
  const reads = new Map<string, TableRead>();
  for (const tab of TABLE_TABS) {
    const file = manifest.tabs.get(tab.name);
    if (file === undefined) throw new Error(`manifest lists no “${tab.name}”`);
    const grid = await loadTsvFile(path.join(SAMPLE_DIR, file));
    grids.set(tab.name, grid);
    reads.set(tab.name, readTable(tab, grid));
  }
  const catalogueGrid = grids.get(CATALOGUE_TAB.name) ?? [];
  return { manifest, grids, reads, catalogue: readCatalogue(catalogueGrid).catalogue };
}
