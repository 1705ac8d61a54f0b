/**
 * The `Ý kiến` tab: log opinions at the speed of the meeting (the capture form), follow them up
 * (the list and its moves), count them (tallies and a chart) and see what is due.
 */
import { useEffect } from "preact/hooks";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import { tr } from "../locale.ts";
import { useChanges } from "../store.ts";
import { Capture } from "./opinions/capture.tsx";
import { Due } from "./opinions/due.tsx";
import { OpinionList } from "./opinions/list.tsx";
import { load, opinionChanges, opinions, type View } from "./opinions/state.ts";
import { Tallies } from "./opinions/tally.tsx";
import type { SidebarTab, TabProps } from "./types.ts";

const VIEWS: [View, MessageKey][] = [
  ["capture", "opinions.ui.capture"],
  ["list", "opinions.ui.filterAll"],
  ["tally", "opinions.ui.tallies"],
  ["due", "opinions.ui.due"],
];

function OpinionsPanel({ app }: TabProps) {
  useChanges(opinionChanges);
  useEffect(() => {
    if (!opinions.context) void load(app);
  }, [app]);
  const count = opinions.list?.length ?? 0;
  return (
    <div aria-busy={opinions.pending > 0 ? "true" : "false"} data-testid="opinions-panel">
      <div style="display:flex;gap:2px 8px;flex-wrap:wrap;margin-bottom:6px;font-size:12px" role="toolbar">
        {VIEWS.map(([view, label]) => (
          <button
            key={view}
            type="button"
            class="link"
            data-view={view}
            aria-pressed={opinions.view === view ? "true" : "false"}
            style={opinions.view === view ? "font-weight:bold;text-decoration:underline" : ""}
            onClick={() => {
              opinions.view = view;
              opinionChanges.notify();
            }}
          >
            {view === "list" ? tr("opinions.ui.list", { count }) : tr(label)}
          </button>
        ))}
      </div>
      {opinions.view === "capture" ? <Capture app={app} /> : null}
      {opinions.view === "list" ? <OpinionList app={app} /> : null}
      {opinions.view === "tally" ? <Tallies /> : null}
      {opinions.view === "due" ? <Due /> : null}
    </div>
  );
}

export const opinionsTab: SidebarTab = {
  id: "opinions",
  label: "sidebar.tab.opinions",
  Panel: OpinionsPanel,
};
