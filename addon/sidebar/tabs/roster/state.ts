/**
 * The roster tab's state, kept across tab switches: the desk's list and counts (from
 * attendance.list, then from each check-in's answer), the categories' state, the clerk's name.
 * A check-in shows at once (optimistic) and is then replaced by the server's fresh list, which
 * also brings the other desks' check-ins.
 */
import type { CategoryState, DeskPerson } from "../../../../shared/roster/index.ts";
import { PeopleIndex } from "../../../../shared/roster/index.ts";
import type { CheckInResult, DeskState, FoundPerson } from "../../../rpc/roster-actions.ts";
import { tr } from "../../locale.ts";
import { call } from "../../rpc-client.ts";
import { Changes, whileBusy } from "../../store.ts";
import type { SidebarApp } from "../types.ts";

const CLERK_KEY = "doiThoai.clerk";

function storedClerk(): string {
  try {
    return localStorage.getItem(CLERK_KEY) ?? "";
  } catch {
    return "";
  }
}

export const roster = {
  view: "desk" as "desk" | "categories",
  desk: null as DeskState | null,
  index: new PeopleIndex<DeskPerson>([]),
  query: "",
  clerk: storedClerk(),
  /** The last check-in, for its undo button. */
  last: null as { id: string; name: string; time: string; already: boolean } | null,
  walkInName: "",
  walkInCategory: "",
  categories: null as CategoryState[] | null,
  added: null as number | null,
  residentQuery: "",
  residents: [] as FoundPerson[],
  pending: 0,
};
export const rosterChanges = new Changes();

function setDesk(desk: DeskState): void {
  roster.desk = desk;
  roster.index = new PeopleIndex(desk.people);
  rosterChanges.notify();
}

function busy<T>(app: SidebarApp, work: () => Promise<T>): Promise<T | null> {
  return whileBusy(roster, rosterChanges, (error) => app.showError(error), work);
}

export async function loadDesk(app: SidebarApp): Promise<void> {
  const desk = await busy(app, () => call("attendance.list"));
  if (desk) setDesk(desk);
}

export function setClerk(name: string): void {
  roster.clerk = name;
  try {
    localStorage.setItem(CLERK_KEY, name);
  } catch {
    // A sidebar without storage simply asks again next time.
  }
}

/** Marks the person present (or not) in the list and counts at once, before the server answers. */
function markLocally(id: string, present: boolean): void {
  const desk = roster.desk;
  const person = desk?.people.find((p) => p.id === id);
  if (!desk || !person || person.present === present) return;
  const step = present ? 1 : -1;
  setDesk({
    people: desk.people.map((p) => (p.id === id ? { ...p, present, arrivedAt: "" } : p)),
    summary: {
      ...desk.summary,
      present: desk.summary.present + step,
      categories: desk.summary.categories.map((c) =>
        c.name === person.category ? { ...c, present: c.present + step } : c,
      ),
    },
  });
}

function settled(result: CheckInResult | null, undo = false): void {
  if (!result) return;
  setDesk(result);
  const person = result.people.find((p) => p.id === result.id);
  if (!person) return;
  roster.last = undo
    ? null
    : { id: person.id, name: person.name, time: person.arrivedAt, already: !result.changed };
  rosterChanges.notify();
}

export async function checkIn(app: SidebarApp, id: string): Promise<void> {
  roster.query = "";
  markLocally(id, true);
  settled(await busy(app, () => call("attendance.checkIn", { id, by: roster.clerk })));
}

export async function undo(app: SidebarApp, id: string): Promise<void> {
  markLocally(id, false);
  roster.last = null;
  const result = await busy(app, () => call("attendance.undo", { id }));
  settled(result, true);
  const person = result?.people.find((p) => p.id === id);
  if (person) app.showNotice(tr("roster.ui.undone", { name: person.name }));
}

export async function addWalkIn(app: SidebarApp): Promise<void> {
  const name = roster.walkInName.trim();
  const category = roster.walkInCategory || roster.desk?.summary.categories[0]?.name || "";
  if (name === "") return;
  const result = await busy(app, () => call("attendance.checkIn", { name, category, by: roster.clerk }));
  if (result) roster.walkInName = "";
  settled(result);
}

export async function loadCategories(app: SidebarApp, refresh: boolean): Promise<void> {
  const result = await busy(app, () => call(refresh ? "roster.refresh" : "roster.state"));
  if (!result) return;
  roster.categories = result.categories;
  roster.added = refresh ? result.added : null;
  rosterChanges.notify();
  if (refresh) void loadDesk(app);
}

let searchSeq = 0;
export async function searchResidents(app: SidebarApp, query: string): Promise<void> {
  roster.residentQuery = query;
  rosterChanges.notify();
  const seq = ++searchSeq;
  if (query.trim() === "") {
    roster.residents = [];
    rosterChanges.notify();
    return;
  }
  const found = await busy(app, () => call("people.search", { query, scope: "register", limit: 15 }));
  // Answers can overtake each other: only the latest query's answer is shown.
  if (found && seq === searchSeq) {
    roster.residents = found;
    rosterChanges.notify();
  }
}

export async function inviteResident(app: SidebarApp, person: FoundPerson): Promise<void> {
  const result = await busy(app, () => call("roster.addResident", { residentId: person.id }));
  if (!result) return;
  roster.categories = result.categories;
  roster.residents = roster.residents.map((r) => (r.id === person.id ? { ...r, invited: true } : r));
  app.showNotice(tr("roster.ui.residentAdded", { name: person.name, kdc: person.kdc }));
  rosterChanges.notify();
  void loadDesk(app);
}
