/**
 * The first tab: the conference's key facts, the figures, what set-up would add, and problems.
 */
import type { Overview } from "../../rpc/workbook-actions.ts";
import { el } from "../dom.ts";
import { tr, trMessage } from "../locale.ts";
import { call } from "../rpc-client.ts";
import type { SidebarApp, SidebarTab } from "./types.ts";

/** One labelled fact; several values (the chairs) go one per line. */
function fact(label: string, value: string | readonly string[] | null): HTMLElement {
  const lines = value === null ? [] : typeof value === "string" ? [value] : value;
  const shown =
    lines.length === 0
      ? el("dd", { class: "muted" }, tr("sidebar.fact.notSet"))
      : el("dd", {}, ...lines.map((line) => el("div", {}, line)));
  return el("div", { class: "fact" }, el("dt", {}, label), shown);
}

function setupBox(overview: Overview, app: SidebarApp): HTMLElement | null {
  if (overview.missingTabs.length === 0) return null;
  const button = el(
    "button",
    { type: "button", class: "primary", "data-action": "setup" },
    tr("sidebar.setup"),
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const report = await call("setupWorkbook");
      app.showNotice(
        tr("sidebar.setupDone", { tabs: report.createdTabs.length, columns: report.addedColumns.length }),
      );
      await app.reloadOverview();
    } catch (error) {
      app.showError(error);
    } finally {
      button.disabled = false;
    }
  });
  return el(
    "section",
    { class: "callout" },
    el("p", {}, tr("sidebar.setupHint", { tabs: overview.missingTabs.join(", ") })),
    button,
  );
}

function conferenceBox(overview: Overview): HTMLElement {
  const c = overview.conference;
  if (!c) return el("p", { class: "muted" }, tr("sidebar.noConference"));
  const chairs = c.chairs.map((p) => (p.title ? `${p.name} – ${p.title}` : p.name));
  const secretary = c.secretary ? [c.secretary.name, c.secretary.title].filter(Boolean).join(" – ") : null;
  return el(
    "section",
    { class: "conference" },
    el("h2", { "data-testid": "conference-title" }, c.title || tr("sidebar.untitled")),
    el(
      "dl",
      {},
      fact(tr("sidebar.fact.issuingBody"), c.issuingBody || null),
      fact(tr("sidebar.fact.start"), c.startMoment),
      fact(tr("sidebar.fact.venue"), c.venue || null),
      fact(tr("sidebar.fact.chairs"), chairs),
      fact(tr("sidebar.fact.secretary"), secretary),
    ),
  );
}

function countsBox(overview: Overview): HTMLElement {
  const n = overview.counts;
  const row = (label: string, value: string) => el("tr", {}, el("th", {}, label), el("td", {}, value));
  return el(
    "section",
    {},
    el("h3", {}, tr("sidebar.counts.title")),
    el(
      "table",
      { class: "counts" },
      el(
        "tbody",
        {},
        row(tr("sidebar.counts.categories"), String(n.categories)),
        row(tr("sidebar.counts.invitees"), String(n.invitees)),
        row(tr("sidebar.counts.present"), String(n.present)),
        row(tr("sidebar.counts.areas"), `${n.kdc} / ${n.tdp}`),
        row(tr("sidebar.counts.residents"), String(n.residents)),
        row(tr("sidebar.counts.opinions"), String(n.opinions)),
      ),
    ),
  );
}

function problemsBox(overview: Overview): HTMLElement | null {
  if (overview.problems.length === 0) return null;
  return el(
    "section",
    { class: "problems" },
    el("h3", {}, tr("sidebar.problems.title")),
    el("ul", {}, ...overview.problems.slice(0, 50).map((m) => el("li", {}, trMessage(m)))),
  );
}

export const conferenceTab: SidebarTab = {
  id: "conference",
  label: "sidebar.tab.conference",
  render(panel, app) {
    const overview = app.overview();
    if (!overview) {
      panel.append(el("p", { class: "muted" }, tr("sidebar.loading")));
      return;
    }
    panel.append(
      ...[
        setupBox(overview, app),
        conferenceBox(overview),
        countsBox(overview),
        problemsBox(overview),
      ].filter((node): node is HTMLElement => node !== null),
    );
  },
};
