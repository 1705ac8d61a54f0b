/**
 * The `Thành phần` tab: the invitee categories in document order, with how each one's number is
 * formed. Placeholders in the wording ({số KDC}, {số TDP}, {số người}) are filled from `Danh mục`.
 */
import type { Message } from "../i18n/index.ts";
import { CATEGORY_PLACEHOLDERS, COUNT_METHODS, type CountMethod } from "../schema/choices.ts";
import { CATEGORIES_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import type { Grid } from "../workbook/cells.ts";
import { readTable, textValue } from "../workbook/table.ts";

export interface Category {
  row: number;
  name: string;
  /** The sentence of the plan's "Thành phần tham dự", placeholders not yet filled; blank = name. */
  wording: string;
  method: CountMethod | null;
  roles: string[];
  /** For "Dân cư mỗi KDC": residents invited per KDC. */
  perKdc: number | null;
}

/** How many KDC and TDP the ward has (from `Danh mục`). */
export interface AreaCounts {
  kdc: number;
  tdp: number;
}

export interface CategoriesRead {
  categories: Category[];
  problems: Message[];
}

const METHOD_BY_LABEL = new Map(
  (Object.entries(COUNT_METHODS) as [CountMethod, string][]).map(([key, label]) => [foldKey(label), key]),
);

export function readCategories(grid: Grid): CategoriesRead {
  const { records, problems } = readTable(CATEGORIES_TAB, grid, ["name"]);
  const categories: Category[] = [];
  for (const record of records) {
    const name = textValue(record, "name");
    if (name === "") continue;
    const perKdc = record.values.perKdc;
    categories.push({
      row: record.row,
      name,
      wording: textValue(record, "wording"),
      method: METHOD_BY_LABEL.get(foldKey(textValue(record, "method"))) ?? null,
      roles: textValue(record, "roles")
        .split(";")
        .map((role) => role.trim())
        .filter((role) => role !== ""),
      perKdc: typeof perKdc === "number" ? perKdc : null,
    });
  }
  return { categories, problems };
}

/** Counts in running text: "02 người", "12 tổ dân phố" (a leading zero under 10, as offices write). */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/**
 * The number of people a category is meant to have: a role per KDC, a role per TDP, N residents
 * per KDC. Null for a listed category (its list is the roster itself).
 */
export function expectedCount(category: Category, areas: AreaCounts): number | null {
  const roles = Math.max(1, category.roles.length);
  switch (category.method) {
    case "perKdc":
      return areas.kdc * roles;
    case "perTdp":
      return areas.tdp * roles;
    case "residentsPerKdc":
      return areas.kdc * (category.perKdc ?? 0);
    default:
      return null;
  }
}

/** Fills the placeholders a category's wording (or any wording row) may hold. */
export function fillAreaPlaceholders(text: string, areas: AreaCounts, perKdc: number | null = null): string {
  const key = (placeholder: string) => foldKey(placeholder.replace(/[{}]/g, ""));
  const values = new Map<string, string>([
    [key(CATEGORY_PLACEHOLDERS.kdcCount), countText(areas.kdc)],
    [key(CATEGORY_PLACEHOLDERS.tdpCount), countText(areas.tdp)],
  ]);
  if (perKdc !== null) values.set(key(CATEGORY_PLACEHOLDERS.perKdc), countText(perKdc));
  return text.replace(/\{([^{}]+)\}/g, (whole, inner: string) => values.get(foldKey(inner)) ?? whole);
}

/** The category's sentence as the plan writes it. */
export function categoryWording(category: Category, areas: AreaCounts): string {
  return fillAreaPlaceholders(category.wording || category.name, areas, category.perKdc);
}
