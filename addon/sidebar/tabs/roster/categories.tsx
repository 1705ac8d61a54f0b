/**
 * Each category's state ("Đại diện Nhân dân: 31/34 — thiếu KDC số 4, 9, 15"), the button that
 * builds or completes the list from `Thành phần`, and choosing residents from `Dân cư` as
 * representatives of their KDC.
 */

import type { CategoryState } from "../../../../shared/roster/index.ts";
import { compactAreas } from "../../../../shared/roster/index.ts";
import { tr } from "../../locale.ts";
import type { SidebarApp } from "../types.ts";
import { inviteResident, loadCategories, roster, searchResidents } from "./state.ts";

function StateLine({ state }: { state: CategoryState }) {
  const complete = state.expected === null || state.missing === 0;
  const count =
    state.expected === null
      ? `${state.invited} · ${tr("roster.ui.listed")}`
      : `${state.expected - state.missing}/${state.expected}`;
  return (
    <li data-category={state.name} style="margin:3px 0">
      <strong>{state.name}</strong>: {count}
      {complete ? (
        state.expected === null ? null : (
          <span class="muted"> — {tr("roster.ui.complete")}</span>
        )
      ) : (
        <span style="color:#b3261e">
          {" "}
          — {tr("roster.ui.lacking", { areas: compactAreas(state.missingAreas) })}
        </span>
      )}
    </li>
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;

export function Categories({ app }: { app: SidebarApp }) {
  const states = roster.categories;
  return (
    <div data-testid="roster-categories">
      <button
        type="button"
        class="primary"
        data-action="refresh"
        disabled={roster.pending > 0}
        onClick={() => void loadCategories(app, true)}
      >
        {tr("roster.ui.refresh")}
      </button>
      {roster.added !== null ? (
        <p class="muted">
          {roster.added > 0 ? tr("roster.ui.added", { count: roster.added }) : tr("roster.ui.upToDate")}
        </p>
      ) : null}
      {states ? (
        <ul style="padding-left:16px">
          {states.map((state) => (
            <StateLine key={state.name} state={state} />
          ))}
        </ul>
      ) : (
        <p class="muted">{tr("roster.ui.loading")}</p>
      )}
      <h3>{tr("roster.ui.residents")}</h3>
      <input
        type="search"
        data-testid="resident-search"
        placeholder={tr("roster.ui.residentsHint")}
        aria-label={tr("roster.ui.residentsHint")}
        value={roster.residentQuery}
        style="width:100%;box-sizing:border-box"
        onInput={(e) => {
          const query = e.currentTarget.value;
          roster.residentQuery = query;
          // The register can be long and is searched on the server: wait for a pause in typing.
          clearTimeout(timer);
          timer = setTimeout(() => void searchResidents(app, query), 250);
        }}
      />
      <ul style="list-style:none;padding:0" data-testid="resident-matches">
        {roster.residents.map((r) => (
          <li
            key={r.id}
            data-resident={r.id}
            style="display:flex;gap:6px;align-items:center;padding:3px 0;border-bottom:1px solid #eee"
          >
            <div style="flex:1;min-width:0">
              {r.name}
              <div class="muted" style="font-size:12px">
                {[r.birth, r.tdp, r.kdc].filter(Boolean).join(" · ")}
              </div>
            </div>
            {r.invited ? (
              <span class="muted">{tr("roster.ui.invitedAlready")}</span>
            ) : (
              <button
                type="button"
                class="link"
                data-action="invite"
                onClick={() => void inviteResident(app, r)}
              >
                {tr("roster.ui.addResident")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
