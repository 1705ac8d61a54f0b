/**
 * The `Đại biểu` tab: the check-in desk (default: what a clerk at the door needs), and the list's
 * state by category with the tools to complete it (refresh from `Thành phần`, choose residents).
 */
import { useEffect } from "preact/hooks";
import { tr } from "../locale.ts";
import { useChanges } from "../store.ts";
import { Categories } from "./roster/categories.tsx";
import { Desk } from "./roster/desk.tsx";
import { loadCategories, loadDesk, roster, rosterChanges } from "./roster/state.ts";
import type { SidebarTab, TabProps } from "./types.ts";

function RosterPanel({ app, overview }: TabProps) {
  useChanges(rosterChanges);
  // On opening, and on each reload of the sidebar: the other desks' check-ins come in too.
  useEffect(() => {
    void loadDesk(app);
  }, [app, overview]);
  const choose = (view: typeof roster.view) => {
    roster.view = view;
    if (view === "categories" && !roster.categories) void loadCategories(app, false);
    rosterChanges.notify();
  };
  const tab = (view: typeof roster.view, label: "roster.ui.desk" | "roster.ui.categories") => (
    <button
      type="button"
      class="link"
      data-view={view}
      aria-pressed={roster.view === view ? "true" : "false"}
      style={roster.view === view ? "font-weight:bold;text-decoration:underline" : ""}
      onClick={() => choose(view)}
    >
      {tr(label)}
    </button>
  );
  return (
    <div aria-busy={roster.pending > 0 ? "true" : "false"} data-testid="roster-panel">
      <div style="display:flex;gap:12px;margin-bottom:6px">
        {tab("desk", "roster.ui.desk")}
        {tab("categories", "roster.ui.categories")}
      </div>
      {roster.view === "desk" ? <Desk app={app} /> : <Categories app={app} />}
    </div>
  );
}

export const rosterTab: SidebarTab = { id: "roster", label: "sidebar.tab.roster", Panel: RosterPanel };
