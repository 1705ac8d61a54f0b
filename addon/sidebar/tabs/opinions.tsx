/** The opinion log tab; logging and follow-up grow here in their own issue. */
import { tr } from "../locale.ts";
import type { SidebarTab, TabProps } from "./types.ts";

function OpinionsPanel({ overview }: TabProps) {
  return <p>{tr("sidebar.comingOpinions", { count: overview?.counts.opinions ?? 0 })}</p>;
}

export const opinionsTab: SidebarTab = {
  id: "opinions",
  label: "sidebar.tab.opinions",
  Panel: OpinionsPanel,
};
