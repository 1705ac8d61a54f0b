/**
 * Actions of the `Đại biểu` tab: building the invitee list from `Thành phần` and `Danh mục`,
 * choosing residents, and the check-in desk. Every writer runs under the document lock on a fresh
 * read and addresses rows by `Mã đại biểu`, so several clerks can check people in at once.
 */
import type { AttendanceSummary, CategoryState, DeskPerson } from "../../shared/roster/index.ts";

export interface RefreshResult {
  /** Open slots added for places nobody held (0 on a second refresh). */
  added: number;
  categories: CategoryState[];
}

export interface SearchInput {
  query: string;
  /** The invitees (`Đại biểu`) or the residents register (`Dân cư`). */
  scope: "roster" | "register";
  /** At most this many, best match first (default 20, at most 200). */
  limit?: number;
}

export interface FoundPerson {
  /** `Mã đại biểu` for the roster, `Mã dân cư` for the register. */
  id: string;
  name: string;
  category: string;
  tdp: string;
  kdc: string;
  present: boolean;
  /** Register only: birth date as written, and whether the resident is on the roster already. */
  birth?: string;
  invited?: boolean;
}

export interface AddResidentInput {
  residentId: string;
  /** The KDC the resident represents; default the resident's own. */
  kdc?: string;
}

export interface AddResidentResult {
  /** The roster row that now holds the resident (an open slot filled, or a new row). */
  id: string;
  filledSlot: boolean;
  categories: CategoryState[];
}

/** `{id}` checks in an invitee; `{name, category}` adds a walk-in. `by`: the clerk at the desk. */
export type CheckInInput = { id: string; by?: string } | { name: string; category: string; by?: string };

export interface DeskState {
  people: DeskPerson[];
  summary: AttendanceSummary;
}

export interface CheckInResult extends DeskState {
  /** The row checked in (for a walk-in, its new id). */
  id: string;
  /** False when the person was already present: time and clerk of the first check-in are kept. */
  changed: boolean;
}

export interface InvitationInput {
  ids: string[];
  /** One of the `Cách mời` choices (Giấy mời, Điện thoại, Zalo...). */
  method: string;
  /** ISO date (yyyy-mm-dd); default today. */
  date?: string;
}

export interface RosterActions {
  "roster.refresh"(): RefreshResult;
  /** The roster's state per category, without changing anything. */
  "roster.state"(): RefreshResult;
  "people.search"(input: SearchInput): FoundPerson[];
  "roster.addResident"(input: AddResidentInput): AddResidentResult;
  /** The desk's list and counts (each check-in answers with the same, fresh). */
  /** Marks invitations as sent (how, when); rows marked Không gửi giấy mời are left out. */
  "roster.markInvited"(input: InvitationInput): { changed: number; skipped: string[] };
  "attendance.list"(): DeskState;
  "attendance.checkIn"(input: CheckInInput): CheckInResult;
  "attendance.undo"(input: { id: string }): CheckInResult;
  "attendance.summary"(): AttendanceSummary;
}
