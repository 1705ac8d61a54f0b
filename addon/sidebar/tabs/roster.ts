/** The attendee tab; invitations and check-in grow here in their own issue. */
import { el } from "../dom.ts";
import { tr } from "../locale.ts";
import type { SidebarTab } from "./types.ts";

export const rosterTab: SidebarTab = {
  id: "roster",
  label: "sidebar.tab.roster",
  render(panel, app) {
    const counts = app.overview()?.counts;
    panel.append(
      el(
        "p",
        {},
        tr("sidebar.comingRoster", { count: counts?.invitees ?? 0, present: counts?.present ?? 0 }),
      ),
    );
  },
};
