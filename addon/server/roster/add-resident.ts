/**
 * roster.addResident: a resident of `Dân cư` invited as a representative of a KDC: the first open
 * place of that KDC in the "Dân cư mỗi KDC" category is filled, or a row is added when all are.
 */
import { areaKey, matchArea } from "../../../shared/catalogue/area-match.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { planRefresh } from "../../../shared/roster/refresh.ts";
import { RESIDENTS_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import type { RowPatch } from "../../../shared/table/types.ts";
import { foldKey } from "../../../shared/text/fold.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectObject, expectString } from "../../rpc/input.ts";
import type { AddResidentResult } from "../../rpc/roster-actions.ts";
import type { ServerContext } from "../context.ts";
import { openTable, withTable } from "../table/open-table.ts";
import { entriesOf, optionalString, readPlanInputs, withPatch } from "./plan-inputs.ts";

const ACTION = "roster.addResident";

export function addResident(ctx: ServerContext, input: unknown): AddResidentResult {
  const args = expectObject(ACTION, input);
  const residentId = expectString(ACTION, args, "residentId").trim();
  const { categories, catalogue } = readPlanInputs(ctx);
  const category = categories.find((c) => c.method === "residentsPerKdc");
  if (!category) throw new UserFacingError([msg("roster.noResidentCategory")]);
  const resident = openTable(ctx, RESIDENTS_TAB)
    .rows()
    .rows.find((row) => row.id === residentId)?.values;
  if (!resident) throw new UserFacingError([msg("roster.residentNotFound", { id: residentId })]);
  const typed = optionalString(ACTION, args, "kdc") || (resident.kdc ?? "");
  if (typed === "") throw new UserFacingError([msg("roster.residentNoKdc", { name: resident.fullName })]);
  const kdc = matchArea(typed, catalogue.kdcs);
  if (!kdc) throw new UserFacingError([msg("roster.unknownKdc", { kdc: typed })]);

  return withTable(ctx, ROSTER_TAB, (table) => {
    const entries = entriesOf(table);
    const already = entries.find((e) => e.values.residentId === residentId);
    if (already)
      throw new UserFacingError([msg("roster.alreadyInvited", { name: resident.fullName, id: already.id })]);
    const values: RowPatch<typeof ROSTER_TAB> = {
      salutation: resident.gender === "Nữ" ? "Bà" : resident.gender === "Nam" ? "Ông" : null,
      fullName: resident.fullName,
      category: category.name,
      kdc,
      tdp: resident.tdp,
      phone: resident.phone,
      residentId,
    };
    const slot = entries.find(
      (e) =>
        e.values.fullName.trim() === "" &&
        foldKey(e.values.category ?? "") === foldKey(category.name) &&
        areaKey(e.values.kdc ?? "") === areaKey(kdc),
    );
    let id: string;
    if (slot) {
      table.update([{ id: slot.id, values }]);
      id = slot.id;
    } else [id = ""] = table.append([values]);
    const after = withPatch(entries, id, { ...values, rosterId: id });
    return {
      id,
      filledSlot: slot !== undefined,
      categories: planRefresh(categories, catalogue, after).states,
    };
  });
}
