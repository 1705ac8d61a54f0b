/**
 * The ward's own lists from `Danh mục`: its KDC and TDP (each TDP row names its KDC), opinion
 * fields, answering leaders/units and competent levels. Each column is an independent list.
 */
import type { Message } from "../i18n/index.ts";
import { CATALOGUE_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "../workbook/cells.ts";
import { readTable, textValue } from "../workbook/table.ts";

export interface Neighbourhood {
  name: string;
  kdc: string;
}

export interface Catalogue {
  kdcs: string[];
  tdps: Neighbourhood[];
  fields: string[];
  answerers: string[];
  levels: string[];
}

export interface CatalogueRead {
  catalogue: Catalogue;
  problems: Message[];
}

function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = foldKey(v);
    if (v === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readCatalogue(grid: Grid): CatalogueRead {
  const { records, problems } = readTable(CATALOGUE_TAB, grid);
  const column = (key: string) => distinct(records.map((r) => textValue(r, key)));
  const tdps: Neighbourhood[] = [];
  const seenTdp = new Set<string>();
  for (const record of records) {
    const name = textValue(record, "tdp");
    if (name === "" || seenTdp.has(foldKey(name))) continue;
    seenTdp.add(foldKey(name));
    tdps.push({ name, kdc: textValue(record, "kdc") });
  }
  return {
    catalogue: {
      kdcs: column("kdc"),
      tdps,
      fields: column("field"),
      answerers: column("answerer"),
      levels: column("level"),
    },
    problems,
  };
}
