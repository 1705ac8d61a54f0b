/**
 * The check-in desk: search-as-you-type over the roster (in the page, no server call per key),
 * Enter or a click marks the first match present, the input keeps its focus and empties for the
 * next person; the last check-in can be undone; a walk-in is name + category; live counts.
 */
import { useLayoutEffect, useRef } from "preact/hooks";
import type { DeskPerson } from "../../../../shared/roster/index.ts";
import { tr } from "../../locale.ts";
import type { SidebarApp } from "../types.ts";
import { AttendanceChart } from "./chart.tsx";
import { addWalkIn, checkIn, roster, rosterChanges, setClerk, undo } from "./state.ts";

const SHOWN = 8;

function area(p: DeskPerson): string {
  return [p.tdp, p.kdc].filter(Boolean).join(", ");
}

function Match({ app, person, first }: { app: SidebarApp; person: DeskPerson; first: boolean }) {
  return (
    <li
      data-person={person.id}
      style={`padding:4px 0;border-bottom:1px solid #eee;${first ? "background:#f1f6fe" : ""}`}
    >
      <div style="display:flex;gap:6px;align-items:center">
        <div style="flex:1;min-width:0">
          <strong>{person.name}</strong>
          <div class="muted" style="font-size:12px">
            {[person.category, area(person)].filter(Boolean).join(" · ")}
          </div>
        </div>
        {person.present ? (
          <button type="button" class="link" data-action="undo" onClick={() => void undo(app, person.id)}>
            {`✓ ${person.arrivedAt} · ${tr("roster.ui.undo")}`}
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-action="check-in"
            onClick={() => void checkIn(app, person.id)}
          >
            {tr("roster.ui.checkIn")}
          </button>
        )}
      </div>
    </li>
  );
}

export function Desk({ app }: { app: SidebarApp }) {
  const input = useRef<HTMLInputElement>(null);
  const desk = roster.desk;
  const matches = desk ? roster.index.search(roster.query, SHOWN) : [];
  const firstAbsent = matches.find((p) => !p.present);
  // After a check-in the list is drawn again; the clerk's cursor stays in the search box.
  useLayoutEffect(() => {
    if (roster.view === "desk" && document.activeElement === document.body) input.current?.focus();
  });
  if (!desk) return <p class="muted">{tr("roster.ui.loading")}</p>;
  const last = roster.last;
  return (
    <div data-testid="desk">
      <label style="display:block;font-size:12px">
        {tr("roster.ui.clerk")}{" "}
        <input
          data-testid="clerk"
          value={roster.clerk}
          style="width:50%"
          onInput={(e) => setClerk(e.currentTarget.value)}
        />
      </label>
      <p data-testid="present-total" style="margin:6px 0;font-weight:bold">
        {tr("roster.ui.present", { present: desk.summary.present, invited: desk.summary.invited })}
      </p>
      <input
        ref={input}
        type="search"
        data-testid="desk-search"
        placeholder={tr("roster.ui.deskSearch")}
        aria-label={tr("roster.ui.deskSearch")}
        value={roster.query}
        style="width:100%;box-sizing:border-box;font-size:15px;padding:6px"
        onInput={(e) => {
          roster.query = e.currentTarget.value;
          rosterChanges.notify();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && firstAbsent) {
            e.preventDefault();
            void checkIn(app, firstAbsent.id);
          }
        }}
      />
      {last ? (
        <div class="notice ok" data-testid="last-check-in" style="display:flex;gap:6px;align-items:center">
          <span style="flex:1">
            {tr(last.already ? "roster.ui.alreadyIn" : "roster.ui.checkedIn", {
              name: last.name,
              time: last.time,
            })}
          </span>
          <button type="button" class="link" data-action="undo-last" onClick={() => void undo(app, last.id)}>
            {tr("roster.ui.undo")}
          </button>
        </div>
      ) : null}
      <ul data-testid="desk-matches" style="list-style:none;margin:4px 0;padding:0">
        {matches.map((person) => (
          <Match key={person.id} app={app} person={person} first={person === firstAbsent} />
        ))}
      </ul>
      {roster.query.trim() !== "" && matches.length === 0 ? (
        <p class="muted">{tr("roster.ui.noResults")}</p>
      ) : null}
      <WalkIn app={app} />
      <AttendanceChart summary={desk.summary} />
    </div>
  );
}

function WalkIn({ app }: { app: SidebarApp }) {
  const categories = roster.desk?.summary.categories ?? [];
  return (
    <fieldset style="border:1px solid #ddd;margin:8px 0;padding:6px" data-testid="walk-in">
      <legend>{tr("roster.ui.walkIn")}</legend>
      <input
        data-testid="walk-in-name"
        placeholder={tr("roster.ui.walkInName")}
        aria-label={tr("roster.ui.walkInName")}
        value={roster.walkInName}
        style="width:100%;box-sizing:border-box"
        onInput={(e) => {
          roster.walkInName = e.currentTarget.value;
        }}
      />
      <select
        data-testid="walk-in-category"
        aria-label={tr("roster.ui.categories")}
        style="width:100%;margin:4px 0"
        value={roster.walkInCategory || categories[0]?.name}
        onChange={(e) => {
          roster.walkInCategory = e.currentTarget.value;
        }}
      >
        {categories.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" class="primary" data-action="walk-in" onClick={() => void addWalkIn(app)}>
        {tr("roster.ui.walkInAdd")}
      </button>
    </fieldset>
  );
}
