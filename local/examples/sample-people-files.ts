/**
 * File side of the sample-people generator: reads an example's `Thành phần`, `Danh mục` and
 * people.json, writes its `Dân cư` and `Đại biểu` TSV files (names from its manifest).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readCatalogue } from "../../shared/catalogue/catalogue.ts";
import { CATALOGUE_TAB, CATEGORIES_TAB, RESIDENTS_TAB, ROSTER_TAB } from "../../shared/schema/tabs.ts";
import type { TabSpec } from "../../shared/schema/types.ts";
import { findTabName } from "../../shared/workbook/snapshot.ts";
import { Random } from "./random.ts";
import { buildRegister, buildRoster, registerRows, rosterRows } from "./sample-people.ts";
import { parseSamplePeopleConfig } from "./sample-people-config.ts";
import { formatTsv, loadTsvFile, readManifest } from "./tsv.ts";

export interface GeneratedCounts {
  residents: number;
  invitees: number;
}

export async function generateSamplePeople(dir: string): Promise<GeneratedCounts> {
  const manifest = await readManifest(dir);
  const fileOf = (tab: TabSpec): string => {
    const name = findTabName(manifest.tabs.keys(), tab.name);
    const file = name === undefined ? undefined : manifest.tabs.get(name);
    if (file === undefined) throw new Error(`${path.join(dir, "manifest.json")} lists no tab “${tab.name}”`);
    return path.join(dir, file);
  };
  const configFile = path.join(dir, "people.json");
  const config = parseSamplePeopleConfig(JSON.parse(await readFile(configFile, "utf8")), configFile);
  const { catalogue, problems } = readCatalogue(await loadTsvFile(fileOf(CATALOGUE_TAB)));
  if (problems.length > 0) throw new Error(`Danh mục: ${JSON.stringify(problems)}`);
  const categories = await loadTsvFile(fileOf(CATEGORIES_TAB));

  const rng = new Random(config.seed);
  const phones = new Set<string>();
  // Generated people never take the name of someone the example lists by name.
  const avoid = new Set(config.listed.map((p) => p.fullName.normalize("NFC")));
  const register = buildRegister(config, catalogue, rng, phones, avoid);
  const roster = buildRoster(config, categories, catalogue, register, rng, phones, avoid);
  await writeFile(fileOf(RESIDENTS_TAB), formatTsv(registerRows(register)), "utf8");
  await writeFile(fileOf(ROSTER_TAB), formatTsv(rosterRows(roster)), "utf8");
  return { residents: register.length, invitees: roster.length };
}
