/**
 * The opinion tab's state, kept across tab switches: what the capture form offers (lists of
 * `Danh mục`), the form being filled, the log as listed, the tallies and what is due. Each save
 * answers with the new code; the list, tallies and deadlines are then read again, which also
 * brings what the other clerks logged meanwhile.
 */

import type {
  DeadlineList,
  OpinionContext,
  OpinionItem,
  OpinionTallyResult,
} from "../../../rpc/opinion-actions.ts";
import type { FoundPerson } from "../../../rpc/roster-actions.ts";
import { tr } from "../../locale.ts";
import { call } from "../../rpc-client.ts";
import { Changes, whileBusy } from "../../store.ts";
import type { SidebarApp } from "../types.ts";

/** The same key as the check-in desk: one clerk's name for the history, typed once. */
const CLERK_KEY = "doiThoai.clerk";

function storedClerk(): string {
  try {
    return localStorage.getItem(CLERK_KEY) ?? "";
  } catch {
    return "";
  }
}

export type View = "capture" | "list" | "tally" | "due";

export interface CaptureForm {
  asker: string;
  anonymous: boolean;
  tdp: string;
  kdc: string;
  channel: string;
  field: string;
  content: string;
  level: string;
  answerer: string;
  answer: string;
}

export function emptyForm(channel = ""): CaptureForm {
  return {
    asker: "",
    anonymous: false,
    tdp: "",
    kdc: "",
    channel,
    field: "",
    content: "",
    level: "",
    answerer: "",
    answer: "",
  };
}

export const opinions = {
  view: "capture" as View,
  context: null as OpinionContext | null,
  form: emptyForm(),
  /** Suggestions for the asker field and the one highlighted with the arrow keys (-1: none). */
  askers: [] as FoundPerson[],
  highlighted: -1,
  list: null as OpinionItem[] | null,
  tally: null as OpinionTallyResult | null,
  due: null as DeadlineList | null,
  /** Filters of the list. */
  status: "",
  overdueOnly: false,
  /** The opinion whose status is being changed, and the move chosen. */
  editing: null as { id: string; to: string; values: Record<string, string> } | null,
  clerk: storedClerk(),
  pending: 0,
  /** Opinions being saved (the form is already free for the next one). */
  saving: 0,
  /** Bumped after each save: the form puts the cursor back in its first field. */
  saved: 0,
};
export const opinionChanges = new Changes();

function busy<T>(app: SidebarApp, work: () => Promise<T>): Promise<T | null> {
  return whileBusy(opinions, opinionChanges, (error) => app.showError(error), work);
}

export function setClerk(name: string): void {
  opinions.clerk = name;
  try {
    localStorage.setItem(CLERK_KEY, name);
  } catch {
    // Storage may be blocked in the add-on iframe; the name then lasts for this session.
  }
}

/** The list, tallies and deadlines, read together after any change. */
export async function refresh(app: SidebarApp): Promise<void> {
  await busy(app, async () => {
    const [list, tally, due] = await Promise.all([
      call("opinions.list", {}),
      call("opinions.tally"),
      call("deadlines.list"),
    ]);
    opinions.list = list;
    opinions.tally = tally;
    opinions.due = due;
  });
}

export async function load(app: SidebarApp): Promise<void> {
  const context = await busy(app, () => call("opinions.context"));
  if (context) {
    opinions.context = context;
    if (opinions.form.channel === "") opinions.form.channel = context.channels[0] ?? "";
  }
  await refresh(app);
}

/**
 * Saves the form. It is cleared at once (the channel stays) so the next opinion can be typed while
 * this one is saved; a refused one comes back into the form, if the clerk has not started another.
 */
export async function save(app: SidebarApp): Promise<void> {
  const f = opinions.form;
  if (f.content.trim() === "" && f.asker.trim() === "" && opinions.saving > 0) return;
  const input = {
    content: f.content,
    channel: f.channel,
    anonymous: f.anonymous,
    ...(f.anonymous ? {} : { asker: f.asker }),
    tdp: f.tdp,
    kdc: f.kdc,
    field: f.field,
    level: f.level,
    answerer: f.answerer,
    answer: f.answer,
    by: opinions.clerk,
  };
  opinions.form = emptyForm(f.channel);
  opinions.askers = [];
  opinions.highlighted = -1;
  opinions.saved++;
  opinions.saving++;
  const result = await busy(app, () => call("opinions.add", input));
  opinions.saving--;
  if (!result) {
    const now = opinions.form;
    if (now.content === "" && now.asker === "") opinions.form = f;
    opinionChanges.notify();
    return;
  }
  app.showNotice(tr("opinions.ui.saved", { id: result.id }));
  await refresh(app);
}

export async function applyMove(app: SidebarApp): Promise<void> {
  const editing = opinions.editing;
  if (!editing) return;
  const result = await busy(app, () =>
    call("opinions.update", { id: editing.id, status: editing.to, ...editing.values, by: opinions.clerk }),
  );
  if (!result) return;
  opinions.editing = null;
  app.showNotice(tr("opinions.ui.updated", { id: result.id }));
  await refresh(app);
}

let searchRun = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

/** Searches once typing pauses: a name typed at speed is one search, not one per key. */
export function searchAskersSoon(query: string): void {
  clearTimeout(searchTimer);
  searchRun++;
  searchTimer = setTimeout(() => void searchAskers(query), 150);
}

/** Roster first, then the register: people the asker field offers, for the text typed. */
async function searchAskers(query: string): Promise<void> {
  const run = ++searchRun;
  if (query.trim().length < 2) {
    opinions.askers = [];
    opinions.highlighted = -1;
    opinionChanges.notify();
    return;
  }
  const found: FoundPerson[] = [];
  for (const scope of ["roster", "register"] as const) {
    try {
      found.push(...(await call("people.search", { query, scope, limit: 5 })));
    } catch {
      // A workbook without the register (or the roster) offers what it has; typing stays free.
    }
  }
  if (run !== searchRun) return;
  opinions.askers = found.slice(0, 6);
  opinions.highlighted = -1;
  opinionChanges.notify();
}

export function pickAsker(person: FoundPerson): void {
  const tdp = opinions.context?.tdps.find((t) => t.name === person.tdp);
  opinions.form = {
    ...opinions.form,
    asker: person.name,
    anonymous: false,
    tdp: person.tdp,
    kdc: person.kdc || tdp?.kdc || "",
  };
  opinions.askers = [];
  opinions.highlighted = -1;
  opinionChanges.notify();
}
