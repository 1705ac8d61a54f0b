/** The attendee tab; invitations and check-in grow here in their own issue. */
import { tr } from "../locale.ts";
import type { SidebarTab, TabProps } from "./types.ts";

function RosterPanel({ overview }: TabProps) {
  const counts = overview?.counts;
  return <p>{tr("sidebar.comingRoster", { count: counts?.invitees ?? 0, present: counts?.present ?? 0 })}</p>;
}

export const rosterTab: SidebarTab = { id: "roster", label: "sidebar.tab.roster", Panel: RosterPanel };
