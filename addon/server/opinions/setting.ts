/**
 * What every opinion action reads besides the log: the current conference (`Hội nghị`), the
 * office's lists (`Danh mục`) and today, one getValues per tab.
 */
import { type Catalogue, readCatalogue } from "../../../shared/catalogue/catalogue.ts";
import { type Conference, readConference } from "../../../shared/conference/model.ts";
import { type CivilDate, fromLocalDate, pad2 } from "../../../shared/dates/civil.ts";
import type { Message } from "../../../shared/i18n/index.ts";
import { CATALOGUE_TAB, CONFERENCE_TAB } from "../../../shared/schema/tabs.ts";
import { tabGrid } from "../../../shared/workbook/snapshot.ts";
import type { ServerContext } from "../context.ts";
import { readTabs } from "../sheets/read.ts";

export interface OpinionSetting {
  conference: Conference;
  catalogue: Catalogue;
  today: CivilDate;
  /** "dd/mm/yyyy hh:mm:ss", for the history and `Cập nhật lúc`. */
  now: string;
  problems: Message[];
}

export function readSetting(ctx: ServerContext): OpinionSetting {
  const { snapshot } = readTabs(ctx.spreadsheet, [CONFERENCE_TAB, CATALOGUE_TAB]);
  const conference = readConference(tabGrid(snapshot, CONFERENCE_TAB) ?? []);
  const catalogue = readCatalogue(tabGrid(snapshot, CATALOGUE_TAB) ?? []);
  const now = ctx.now();
  return {
    conference: conference.conference,
    catalogue: catalogue.catalogue,
    today: fromLocalDate(now) ?? { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    now: `${pad2(now.getDate())}/${pad2(now.getMonth() + 1)}/${now.getFullYear()} ${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`,
    problems: [...conference.problems, ...catalogue.problems],
  };
}

/** dd/mm/yyyy, as staff type dates ("" for none). */
export function dayText(d: CivilDate | null): string {
  return d ? `${pad2(d.day)}/${pad2(d.month)}/${d.year}` : "";
}
