/**
 * The first tab: the conference's key facts, the figures, what set-up would add, and problems.
 */
import { useState } from "preact/hooks";
import type { Overview } from "../../rpc/workbook-actions.ts";
import { tr, trMessage } from "../locale.ts";
import { call } from "../rpc-client.ts";
import type { SidebarApp, SidebarTab, TabProps } from "./types.ts";

/** One labelled fact; several values (the chairs) go one per line. */
function Fact({ label, value }: { label: string; value: string | readonly string[] | null }) {
  const lines = value === null ? [] : typeof value === "string" ? [value] : value;
  return (
    <div class="fact">
      <dt>{label}</dt>
      {lines.length === 0 ? (
        <dd class="muted">{tr("sidebar.fact.notSet")}</dd>
      ) : (
        <dd>
          {lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </dd>
      )}
    </div>
  );
}

function SetupBox({ overview, app }: { overview: Overview; app: SidebarApp }) {
  const [busy, setBusy] = useState(false);
  // A tab set up before items were written holds only its header: set-up writes them.
  const noItems = overview.facts?.items === 0;
  if (overview.missingTabs.length === 0 && !noItems) return null;
  const setUp = async () => {
    setBusy(true);
    try {
      const report = await call("setupWorkbook");
      app.showNotice(
        tr("sidebar.setupDone", {
          tabs: report.createdTabs.length,
          columns: report.addedColumns.length,
          facts: report.addedFacts.length,
        }),
      );
      await app.reloadOverview();
    } catch (error) {
      app.showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="callout">
      <p>
        {overview.missingTabs.length > 0
          ? tr("sidebar.setupHint", { tabs: overview.missingTabs.join(", ") })
          : tr("sidebar.setupItemsHint")}
      </p>
      <button type="button" class="primary" data-action="setup" disabled={busy} onClick={setUp}>
        {tr("sidebar.setup")}
      </button>
    </section>
  );
}

/** How many `Hội nghị` items are filled and which row is next, top to bottom. */
function FactsProgress({ overview }: { overview: Overview }) {
  const facts = overview.facts;
  if (!facts || facts.items === 0) return null;
  return (
    <p class="muted" data-testid="facts-progress">
      {tr("sidebar.factsFilled", { filled: facts.filled, items: facts.items })}{" "}
      {facts.next ? tr("sidebar.factsNext", { label: facts.next.label, row: facts.next.row }) : null}
    </p>
  );
}

function ConferenceBox({ overview }: { overview: Overview }) {
  const c = overview.conference;
  if (!c) return <p class="muted">{tr("sidebar.noConference")}</p>;
  const chairs = c.chairs.map((p) => (p.title ? `${p.name} – ${p.title}` : p.name));
  const secretary = c.secretary ? [c.secretary.name, c.secretary.title].filter(Boolean).join(" – ") : null;
  return (
    <section class="conference">
      <h2 data-testid="conference-title">{c.title || tr("sidebar.untitled")}</h2>
      <dl>
        <Fact label={tr("sidebar.fact.issuingBody")} value={c.issuingBody || null} />
        <Fact label={tr("sidebar.fact.start")} value={c.startMoment} />
        <Fact label={tr("sidebar.fact.venue")} value={c.venue || null} />
        <Fact label={tr("sidebar.fact.chairs")} value={chairs} />
        <Fact label={tr("sidebar.fact.secretary")} value={secretary} />
      </dl>
    </section>
  );
}

function CountsBox({ overview }: { overview: Overview }) {
  const n = overview.counts;
  const rows: [string, string][] = [
    [tr("sidebar.counts.categories"), String(n.categories)],
    [tr("sidebar.counts.invitees"), String(n.invitees)],
    [tr("sidebar.counts.present"), String(n.present)],
    [tr("sidebar.counts.areas"), `${n.kdc} / ${n.tdp}`],
    [tr("sidebar.counts.residents"), String(n.residents)],
    [tr("sidebar.counts.opinions"), String(n.opinions)],
  ];
  return (
    <section>
      <h3>{tr("sidebar.counts.title")}</h3>
      <table class="counts">
        <tbody>
          {rows.map(([label, value], i) => (
            <tr key={i}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ProblemsBox({ overview }: { overview: Overview }) {
  if (overview.problems.length === 0) return null;
  return (
    <section class="problems">
      <h3>{tr("sidebar.problems.title")}</h3>
      <ul>
        {overview.problems.slice(0, 50).map((m, i) => (
          <li key={i}>{trMessage(m)}</li>
        ))}
      </ul>
    </section>
  );
}

function ConferencePanel({ app, overview }: TabProps) {
  if (!overview) return <p class="muted">{tr("sidebar.loading")}</p>;
  return (
    <>
      <SetupBox overview={overview} app={app} />
      <ConferenceBox overview={overview} />
      <FactsProgress overview={overview} />
      <CountsBox overview={overview} />
      <ProblemsBox overview={overview} />
    </>
  );
}

export const conferenceTab: SidebarTab = {
  id: "conference",
  label: "sidebar.tab.conference",
  Panel: ConferencePanel,
};
