/**
 * What the sidebar opens with: the conference's key facts and the size of each list.
 */
import { readCatalogue } from "../../../shared/catalogue/catalogue.ts";
import { readConference } from "../../../shared/conference/model.ts";
import { factProgress } from "../../../shared/conference/progress.ts";
import { summariseConference } from "../../../shared/conference/view.ts";
import type { Message } from "../../../shared/i18n/index.ts";
import {
  CATALOGUE_TAB,
  CATEGORIES_TAB,
  CONFERENCE_TAB,
  OPINIONS_TAB,
  RESIDENTS_TAB,
  ROSTER_TAB,
} from "../../../shared/schema/tabs.ts";
import { findTabName, tabGrid } from "../../../shared/workbook/snapshot.ts";
import { readTable, textValue } from "../../../shared/workbook/table.ts";
import type { Overview } from "../../rpc/workbook-actions.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";
import { fillMissingIds } from "../table/fill-ids.ts";

export function getOverview(ctx: ServerContext): Overview {
  // Rows pasted by hand since the last look get their ids before anything reads them. The register
  // can be long: the import gives its ids.
  fillMissingIds(ctx, [ROSTER_TAB, OPINIONS_TAB]);
  const specs = [CONFERENCE_TAB, CATEGORIES_TAB, ROSTER_TAB, CATALOGUE_TAB];
  const { snapshot, missing } = readTabs(ctx.spreadsheet, specs);
  const problems: Message[] = [];

  const conferenceGrid = tabGrid(snapshot, CONFERENCE_TAB);
  let conference: Overview["conference"] = null;
  let facts: Overview["facts"] = null;
  if (conferenceGrid) {
    const read = readConference(conferenceGrid);
    problems.push(...read.problems);
    conference = summariseConference(read.conference);
    facts = factProgress(conferenceGrid);
  }
  const categories = readTable(CATEGORIES_TAB, tabGrid(snapshot, CATEGORIES_TAB) ?? []);
  const roster = readTable(ROSTER_TAB, tabGrid(snapshot, ROSTER_TAB) ?? []);
  const catalogue = readCatalogue(tabGrid(snapshot, CATALOGUE_TAB) ?? []);
  problems.push(...categories.problems, ...roster.problems, ...catalogue.problems);

  // The register and the opinion log can be long: their size is all the overview needs.
  const names = ctx.spreadsheet.getSheets().map((sheet) => sheet.getName());
  const countRows = (tabName: string): number | null => {
    const name = findTabName(names, tabName);
    const sheet = name === undefined ? null : ctx.spreadsheet.getSheetByName(name);
    return sheet ? Math.max(0, sheet.getLastRow() - 1) : null;
  };
  const residents = countRows(RESIDENTS_TAB.name);
  const opinions = countRows(OPINIONS_TAB.name);
  const missingTabs = missing.map((spec) => spec.name);
  if (residents === null) missingTabs.push(RESIDENTS_TAB.name);
  if (opinions === null) missingTabs.push(OPINIONS_TAB.name);

  const invitees = roster.records.filter((r) => textValue(r, "fullName") !== "");
  return {
    spreadsheetName: ctx.spreadsheet.getName(),
    missingTabs,
    conference,
    facts,
    counts: {
      categories: categories.records.length,
      // An open place (no name yet, see roster.refresh) is not an invitee.
      invitees: invitees.length,
      present: invitees.filter((r) => r.values.present === true).length,
      residents: residents ?? 0,
      opinions: opinions ?? 0,
      kdc: catalogue.catalogue.kdcs.length,
      tdp: catalogue.catalogue.tdps.length,
    },
    problems,
  };
}
