/**
 * opinions.add and opinions.update: under the document lock, the log read afresh (so five clerks
 * logging at once never share a code nor lose a row), the input checked against the workbook's
 * lists and the lifecycle, then one batch of cells and one history block. A constant number of
 * service calls whatever the size of the log.
 */
import type { CivilDate } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { type EditContext, type OpinionPatch, planChange, planNew } from "../../../shared/opinions/edit.ts";
import {
  historyRows,
  OPINION_HISTORY_HEADERS,
  OPINION_HISTORY_PROTECTION,
  OPINION_HISTORY_TAB,
  UNKNOWN_AUTHOR,
} from "../../../shared/opinions/history.ts";
import { type Opinion, opinionOf } from "../../../shared/opinions/opinions.ts";
import { OPINIONS_TAB } from "../../../shared/schema/tabs.ts";
import { IdSequence, idNumber } from "../../../shared/table/ids.ts";
import { planAppends, planUpdates, type RowUpdate } from "../../../shared/table/table.ts";
import type { CellValue } from "../../../shared/workbook/cells.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";
import { appendLogRows, ensureLogSheet } from "../sheets/log-tab.ts";
import { type ServerTable, withTable } from "../table/open-table.ts";
import { parseAdd, parseUpdate } from "./input.ts";
import { readSetting } from "./setting.ts";

type Log = ServerTable<typeof OPINIONS_TAB>;

/** Columns a write needs: without `Hội nghị ngày` an opinion would lose its conference (set-up adds it). */
const NEEDED = ["content", "channel", "status", "conferenceDate"] as const;

function opinionsOf(table: Log): Opinion[] {
  return table
    .rows()
    .rows.filter((r) => r.values.content !== "")
    .map((r) => opinionOf(r.id, r.gridIndex + 1, r.values));
}

/**
 * Rows typed into the sheet with no conference day belong to the current conference: stamp them
 * now, in the same batch, so that switching `Hội nghị` to the next one keeps them where they were.
 */
function stampConference(
  opinions: readonly Opinion[],
  day: CivilDate | null,
): RowUpdate<typeof OPINIONS_TAB>[] {
  if (!day) return [];
  return opinions
    .filter((o) => !o.conferenceDate)
    .map((o) => ({ id: o.id, values: { conferenceDate: day } }));
}

/**
 * A code deleted with its row (the last one, say) is still named in the history and perhaps in a
 * document: the new code goes above every code the history has seen, not only those in the tab.
 * One read of the history's code column, whatever its length.
 */
function aboveHistory(ctx: ServerContext, table: Log, appended: ReturnType<typeof planAppends>): string {
  const planned = appended.ids[0] ?? "";
  const spec = OPINIONS_TAB.id;
  const sheet = ctx.spreadsheet.getSheetByName(OPINION_HISTORY_TAB);
  const rows = sheet ? sheet.getLastRow() - 1 : 0;
  if (!sheet || rows <= 0) return planned;
  const codeColumn = OPINION_HISTORY_HEADERS.indexOf("Mã ý kiến") + 1;
  const seen = new IdSequence(
    spec,
    sheet
      .getRange(2, codeColumn, rows, 1)
      .getValues()
      .map((r) => r[0] as CellValue),
  );
  const fromHistory = seen.next();
  const plannedN = idNumber(spec, planned) ?? 0;
  if ((idNumber(spec, fromHistory) ?? 0) <= plannedN) return planned;
  const idIndex = table.column(spec.column);
  for (const write of appended.writes) if (write.column === idIndex) write.value = fromHistory;
  return fromHistory;
}

function writeHistory(ctx: ServerContext, rows: string[][]): void {
  if (rows.length === 0) return;
  const sheet = ensureLogSheet(ctx, OPINION_HISTORY_TAB, OPINION_HISTORY_HEADERS, OPINION_HISTORY_PROTECTION);
  appendLogRows(
    sheet,
    rows,
    OPINION_HISTORY_HEADERS.map(() => "@"),
    OPINION_HISTORY_PROTECTION,
  );
}

function editContext(opinions: readonly Opinion[], setting: ReturnType<typeof readSetting>): EditContext {
  return {
    catalogue: setting.catalogue,
    conferenceDate: setting.conference.startDate,
    today: setting.today,
    byId: new Map(opinions.map((o) => [o.id, o])),
  };
}

export function addOpinion(ctx: ServerContext, raw: unknown): { id: string } {
  const fields = parseAdd(raw);
  return withTable(
    ctx,
    OPINIONS_TAB,
    (table) => {
      const setting = readSetting(ctx);
      const opinions = opinionsOf(table);
      const plan = planNew(fields, editContext(opinions, setting));
      if (!plan.ok) throw new UserFacingError(plan.problems);
      const by = fields.by || UNKNOWN_AUTHOR;
      const values: OpinionPatch = { ...plan.values, updatedAt: setting.now, updatedBy: by };
      // One batch: the stamps on rows typed by hand and the new row after the last record.
      const stamps = planUpdates(table.snapshot, stampConference(opinions, setting.conference.startDate));
      if (!stamps.ok) throw new UserFacingError(stamps.problems);
      const appended = planAppends(table.snapshot, [values]);
      const id = aboveHistory(ctx, table, appended);
      table.write([...stamps.writes, ...appended.writes]);
      writeHistory(ctx, historyRows(setting.now, by, id, null, plan.values));
      return { id };
    },
    NEEDED,
  );
}

export function updateOpinion(ctx: ServerContext, raw: unknown): { id: string; changed: string[] } {
  const { id, by, ...fields } = parseUpdate(raw);
  return withTable(
    ctx,
    OPINIONS_TAB,
    (table) => {
      const setting = readSetting(ctx);
      const rows = table.rows().rows;
      const opinions = opinionsOf(table);
      const row = rows.find((r) => r.id.toUpperCase() === id);
      const current = opinions.find((o) => o.id.toUpperCase() === id);
      if (!row || !current)
        throw new UserFacingError([msg("table.unknownId", { tab: OPINIONS_TAB.name, id })]);
      const plan = planChange(current, fields, editContext(opinions, setting));
      if (!plan.ok) throw new UserFacingError(plan.problems);
      const history = historyRows(setting.now, by || UNKNOWN_AUTHOR, row.id, row.values, plan.values);
      const changed = [...new Set(history.map((h) => h[3] ?? ""))];
      if (changed.length === 0) return { id: row.id, changed };
      const stamps = stampConference(
        opinions.filter((o) => o.id !== row.id),
        setting.conference.startDate,
      );
      const own: OpinionPatch = { ...plan.values, updatedAt: setting.now, updatedBy: by || UNKNOWN_AUTHOR };
      if (!current.conferenceDate && setting.conference.startDate)
        own.conferenceDate = setting.conference.startDate;
      table.update([...stamps, { id: row.id, values: own }]);
      writeHistory(ctx, history);
      return { id: row.id, changed };
    },
    NEEDED,
  );
}
