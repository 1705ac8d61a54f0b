/**
 * The check-in desk: one RPC per check-in, under the document lock, on a fresh read of `Đại biểu`
 * (plus `Thành phần` for the counts' order), writing only the cells that change. The answer is
 * the whole desk afresh, so each clerk also sees who the others checked in.
 */
import { timeFromLocalDate } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import type { Category } from "../../../shared/roster/categories.ts";
import {
  type AttendanceSummary,
  checkInPatch,
  deskPeople,
  findByName,
  findCategory,
  summarise,
  undoPatch,
  walkInRow,
} from "../../../shared/roster/desk.ts";
import type { RosterEntry } from "../../../shared/roster/refresh.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectObject, expectString } from "../../rpc/input.ts";
import type { CheckInResult, DeskState } from "../../rpc/roster-actions.ts";
import type { ServerContext } from "../context.ts";
import { openTable, readTableWithIds, withTable } from "../table/open-table.ts";
import { entriesOf, optionalString, type RosterTable, readPlanInputs, withPatch } from "./plan-inputs.ts";

function deskState(categories: readonly Category[], entries: readonly RosterEntry[]): DeskState {
  return { people: deskPeople(entries), summary: summarise(categories, entries) };
}

/** Every row with its id (rows typed by hand get theirs first): the desk addresses rows by id. */
export function attendanceList(ctx: ServerContext): DeskState {
  const { categories } = readPlanInputs(ctx, false);
  return deskState(categories, entriesOf(readTableWithIds(ctx, ROSTER_TAB)));
}

export function attendanceSummary(ctx: ServerContext): AttendanceSummary {
  const { categories } = readPlanInputs(ctx, false);
  return summarise(categories, entriesOf(openTable(ctx, ROSTER_TAB)));
}

function unknownId(id: string): UserFacingError {
  return new UserFacingError([msg("table.unknownId", { tab: ROSTER_TAB.name, id })]);
}

/** Sets a row's cells (only those that differ) and answers with the desk as it now is. */
function patchRow(
  table: RosterTable,
  categories: readonly Category[],
  entries: RosterEntry[],
  id: string,
  patch: Parameters<typeof withPatch>[2] | null,
): CheckInResult {
  if (patch) table.update([{ id, values: patch }]);
  const after = patch ? withPatch(entries, id, patch) : entries;
  return { id, changed: patch !== null, ...deskState(categories, after) };
}

export function checkIn(ctx: ServerContext, input: unknown): CheckInResult {
  const action = "attendance.checkIn";
  const args = expectObject(action, input);
  const by = optionalString(action, args, "by").trim();
  const at = timeFromLocalDate(ctx.now());
  if (!at) throw new UserFacingError([msg("common.unknownError", { detail: "no clock" })]);
  const { categories } = readPlanInputs(ctx, false);
  return withTable(ctx, ROSTER_TAB, (table) => {
    const entries = entriesOf(table);
    if (typeof args.id === "string") {
      const entry = entries.find((e) => e.id === args.id);
      if (!entry || entry.values.fullName.trim() === "") throw unknownId(args.id);
      return patchRow(table, categories, entries, entry.id, checkInPatch(entry, at, by));
    }
    const name = expectString(action, args, "name").trim();
    if (name === "") throw new UserFacingError([msg("roster.nameRequired")]);
    const wanted = expectString(action, args, "category");
    const category = findCategory(categories, wanted);
    if (!category) throw new UserFacingError([msg("roster.unknownCategory", { name: wanted })]);
    // Sent twice (a retry after a busy lock), or invited after all: that row, not a second one.
    const known = findByName(entries, name, category.name);
    if (known) return patchRow(table, categories, entries, known.id, checkInPatch(known, at, by));
    const row = walkInRow(name, category, at, by);
    const [id = ""] = table.append([row]);
    return { id, changed: true, ...deskState(categories, withPatch(entries, id, { ...row, rosterId: id })) };
  });
}

export function undoCheckIn(ctx: ServerContext, input: unknown): CheckInResult {
  const args = expectObject("attendance.undo", input);
  const id = expectString("attendance.undo", args, "id");
  const { categories } = readPlanInputs(ctx, false);
  return withTable(ctx, ROSTER_TAB, (table) => {
    const entries = entriesOf(table);
    const entry = entries.find((e) => e.id === id);
    if (!entry) throw unknownId(id);
    return patchRow(table, categories, entries, id, undoPatch(entry));
  });
}
