/**
 * The `Đại biểu` tab: everyone invited, with their category, area and check-in.
 */
import type { CivilTime } from "../dates/civil.ts";
import type { Message } from "../i18n/index.ts";
import { ROSTER_TAB } from "../schema/tabs.ts";
import type { Grid } from "../workbook/cells.ts";
import { readTable, textValue } from "../workbook/table.ts";

export interface Invitee {
  row: number;
  salutation: string;
  fullName: string;
  title: string;
  unit: string;
  /** As typed in the roster; matched to `Thành phần` folded. */
  category: string;
  kdc: string;
  tdp: string;
  /** The role of a place made from `Thành phần` ("Tổ trưởng"), "" for others. */
  role: string;
  invitationSent: boolean;
  /** Marked as getting no invitation (the chairs, the signer). */
  noInvitation: boolean;
  /** Came without being invited, added at the desk. */
  walkIn: boolean;
  present: boolean;
  arrivedAt: CivilTime | null;
}

export interface RosterRead {
  invitees: Invitee[];
  problems: Message[];
}

export function readRoster(grid: Grid): RosterRead {
  const { records, problems } = readTable(ROSTER_TAB, grid, ["fullName", "category"]);
  const invitees: Invitee[] = [];
  for (const record of records) {
    const fullName = textValue(record, "fullName");
    if (fullName === "") continue;
    const arrived = record.values.arrivedAt;
    invitees.push({
      row: record.row,
      salutation: textValue(record, "salutation"),
      fullName,
      title: textValue(record, "title"),
      unit: textValue(record, "unit"),
      category: textValue(record, "category"),
      kdc: textValue(record, "kdc"),
      tdp: textValue(record, "tdp"),
      role: textValue(record, "role"),
      invitationSent: record.values.invited === true,
      noInvitation: record.values.noInvitation === true,
      walkIn: record.values.walkIn === true,
      present: record.values.present === true,
      arrivedAt: arrived && typeof arrived === "object" && "hour" in arrived ? arrived : null,
    });
  }
  return { invitees, problems };
}
