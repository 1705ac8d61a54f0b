/**
 * roster.refresh: the places `Thành phần` implies that nobody holds become open rows of
 * `Đại biểu`, in one append under the document lock; roster.state says the same without writing.
 */
import { planRefresh } from "../../../shared/roster/refresh.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import type { RefreshResult } from "../../rpc/roster-actions.ts";
import type { ServerContext } from "../context.ts";
import { openTable, withTable } from "../table/open-table.ts";
import { entriesOf, readPlanInputs } from "./plan-inputs.ts";

export function refreshRoster(ctx: ServerContext): RefreshResult {
  return withTable(ctx, ROSTER_TAB, (table) => {
    const { categories, catalogue } = readPlanInputs(ctx);
    const plan = planRefresh(categories, catalogue, entriesOf(table));
    if (plan.appends.length > 0) table.append(plan.appends);
    // The new rows are open places: counted as missing already by the plan.
    return { added: plan.appends.length, categories: plan.states };
  });
}

export function rosterState(ctx: ServerContext): RefreshResult {
  const { categories, catalogue } = readPlanInputs(ctx);
  const plan = planRefresh(categories, catalogue, entriesOf(openTable(ctx, ROSTER_TAB)));
  return { added: 0, categories: plan.states };
}
