/** The opinion log tab; logging and follow-up grow here in their own issue. */
import { el } from "../dom.ts";
import { tr } from "../locale.ts";
import type { SidebarTab } from "./types.ts";

export const opinionsTab: SidebarTab = {
  id: "opinions",
  label: "sidebar.tab.opinions",
  render(panel, app) {
    panel.append(el("p", {}, tr("sidebar.comingOpinions", { count: app.overview()?.counts.opinions ?? 0 })));
  },
};
