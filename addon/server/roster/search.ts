/**
 * people.search: the roster (`Đại biểu`) or the residents register (`Dân cư`), one getValues
 * each, searched by name without diacritics, TDP, KDC, phone digits or birth year.
 */
import { birthYearOf, PeopleIndex } from "../../../shared/roster/search.ts";
import { RESIDENTS_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { expectObject, expectOneOf, expectString } from "../../rpc/input.ts";
import type { FoundPerson } from "../../rpc/roster-actions.ts";
import type { ServerContext } from "../context.ts";
import { openTable } from "../table/open-table.ts";

const ACTION = "people.search";
const MAX = 200;

export function searchPeople(ctx: ServerContext, input: unknown): FoundPerson[] {
  const args = expectObject(ACTION, input);
  const query = expectString(ACTION, args, "query");
  const scope = expectOneOf(ACTION, args, "scope", ["roster", "register"] as const);
  const limit = typeof args.limit === "number" && args.limit > 0 ? Math.min(MAX, Math.floor(args.limit)) : 20;
  const roster = openTable(ctx, ROSTER_TAB).rows().rows;
  if (scope === "roster") {
    const people = roster
      .filter((row) => row.values.fullName.trim() !== "")
      .map((row) => ({
        id: row.id,
        name: row.values.fullName,
        category: row.values.category ?? "",
        tdp: row.values.tdp ?? "",
        kdc: row.values.kdc ?? "",
        phone: row.values.phone,
        present: row.values.present,
      }));
    return new PeopleIndex(people).search(query, limit).map(({ phone: _phone, ...person }) => person);
  }
  const invited = new Set(roster.map((row) => row.values.residentId).filter((id) => id !== ""));
  const residents = openTable(ctx, RESIDENTS_TAB)
    .rows()
    .rows.map((row) => ({
      id: row.id,
      name: row.values.fullName,
      tdp: row.values.tdp ?? "",
      kdc: row.values.kdc ?? "",
      phone: row.values.phone,
      birthYear: birthYearOf(row.values.birthDate),
      birth: row.values.birthDate,
    }));
  return new PeopleIndex(residents).search(query, limit).map((r) => ({
    id: r.id,
    name: r.name,
    category: "",
    tdp: r.tdp,
    kdc: r.kdc,
    present: false,
    birth: r.birth,
    invited: invited.has(r.id),
  }));
}
