/**
 * The log as a list: this conference's opinions and those carried over from the previous one,
 * each with its code, status and due date (overdue computed), and the moves its status allows.
 * Choosing a move shows only what that step needs (the unit and due date, the authority and its
 * document number, the code merged into...); Enter or the button applies it.
 */
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import type { OpinionStatus } from "../../../../shared/schema/choices.ts";
import type { OpinionItem } from "../../../rpc/opinion-actions.ts";
import { tr } from "../../locale.ts";
import type { SidebarApp } from "../types.ts";
import { applyMove, opinionChanges, opinions } from "./state.ts";

const INPUT = "display:block;width:100%;box-sizing:border-box;font:inherit;padding:3px;margin-top:2px";

/** What each move asks for, in the order staff fill it. */
const MOVE_FIELDS: Record<OpinionStatus, [key: string, label: MessageKey][]> = {
  received: [],
  assigned: [
    ["assignedUnit", "opinions.ui.assignedUnit"],
    ["dueDate", "opinions.ui.dueDate"],
  ],
  answeredAtMeeting: [["answer", "opinions.ui.answer"]],
  inProgress: [
    ["assignedUnit", "opinions.ui.assignedUnit"],
    ["dueDate", "opinions.ui.dueDate"],
  ],
  answered: [["resolution", "opinions.ui.resolution"]],
  forwarded: [
    ["forwardedTo", "opinions.ui.forwardedTo"],
    ["forwardRef", "opinions.ui.forwardRef"],
  ],
  outsideJurisdiction: [["forwardedTo", "opinions.ui.handledBy"]],
  merged: [["mergedInto", "opinions.ui.mergedInto"]],
  withdrawn: [],
};

function labelOf(key: OpinionStatus): string {
  return opinions.context?.statuses.find((s) => s.key === key)?.label ?? key;
}

function prefill(o: OpinionItem, key: string): string {
  const value = (o as unknown as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}

function MovePanel({ app, o }: { app: SidebarApp; o: OpinionItem }) {
  const editing = opinions.editing?.id === o.id ? opinions.editing : null;
  return (
    <fieldset
      style="margin:4px 0 0;padding:0;border:0"
      onKeyDown={(e) => {
        if (e.key === "Enter" && !e.isComposing && editing?.to) {
          e.preventDefault();
          void applyMove(app);
        }
      }}
    >
      <select
        name="move"
        aria-label={tr("opinions.ui.action")}
        style="font:inherit;max-width:100%"
        value={editing?.to ?? ""}
        onChange={(e) => {
          const to = (e.currentTarget as HTMLSelectElement).value as OpinionStatus | "";
          const values: Record<string, string> = {};
          if (to) for (const [key] of MOVE_FIELDS[to]) values[key] = prefill(o, key);
          opinions.editing = to ? { id: o.id, to, values } : null;
          opinionChanges.notify();
        }}
      >
        <option value="">{`${tr("opinions.ui.action")}…`}</option>
        {o.next.map((s) => (
          <option key={s} value={s}>
            {labelOf(s)}
          </option>
        ))}
      </select>
      {editing?.to ? (
        <div>
          {MOVE_FIELDS[editing.to as OpinionStatus].map(([key, label]) => (
            <label key={key} style="display:block;font-size:12px;color:#5f6368;margin-top:4px">
              {tr(label)}
              <input
                name={key}
                style={INPUT}
                value={editing.values[key] ?? ""}
                placeholder={key === "dueDate" ? "dd/mm/yyyy" : ""}
                onInput={(e) => {
                  editing.values[key] = (e.currentTarget as HTMLInputElement).value;
                  opinionChanges.notify();
                }}
              />
            </label>
          ))}
          <div style="display:flex;gap:8px;margin-top:4px">
            <button
              type="button"
              class="primary"
              data-action="apply-move"
              onClick={() => void applyMove(app)}
            >
              {tr("opinions.ui.apply")}
            </button>
            <button
              type="button"
              class="link"
              onClick={() => {
                opinions.editing = null;
                opinionChanges.notify();
              }}
            >
              {tr("opinions.ui.cancel")}
            </button>
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}

function Row({ app, o }: { app: SidebarApp; o: OpinionItem }) {
  const who = o.anonymous ? tr("opinions.ui.anonymousAsker") : o.asker;
  const area = o.tdp || o.kdc;
  return (
    <li
      data-opinion={o.id}
      data-status={o.statusKey ?? ""}
      style="padding:6px 0;border-bottom:1px solid #eee"
    >
      <div style="display:flex;gap:6px;align-items:baseline;flex-wrap:wrap">
        <strong data-testid="opinion-code">{o.id}</strong>
        <span style="font-size:12px;background:#f1f3f4;border-radius:3px;padding:0 4px">{o.status}</span>
        {o.overdue ? (
          <span style="font-size:12px;color:#c5221f;font-weight:600">{tr("opinions.due.overdue")}</span>
        ) : null}
        {o.carriedOver ? (
          <span class="muted" style="font-size:11px">
            {tr("opinions.ui.carried", { date: o.conference })}
          </span>
        ) : null}
      </div>
      <div style="overflow-wrap:anywhere">{o.content}</div>
      <div class="muted" style="font-size:12px">
        {[who, area, o.field, o.dueDate ? `${tr("opinions.ui.dueDate")} ${o.dueDate}` : ""]
          .filter(Boolean)
          .join(" · ")}
      </div>
      {o.next.length > 0 ? <MovePanel app={app} o={o} /> : null}
    </li>
  );
}

export function OpinionList({ app }: { app: SidebarApp }) {
  const list = opinions.list;
  if (!list) return <p class="muted">{tr("opinions.ui.loading")}</p>;
  const shown = list.filter(
    (o) =>
      (opinions.status === "" || o.statusKey === opinions.status) && (!opinions.overdueOnly || o.overdue),
  );
  return (
    <section data-testid="opinion-list">
      <h3>{tr("opinions.ui.list", { count: shown.length })}</h3>
      <div style="display:flex;gap:8px;align-items:center;flex-wrap:wrap">
        <select
          name="status-filter"
          aria-label={tr("opinions.ui.filterStatus")}
          style="font:inherit;max-width:60%"
          value={opinions.status}
          onChange={(e) => {
            opinions.status = (e.currentTarget as HTMLSelectElement).value;
            opinionChanges.notify();
          }}
        >
          <option value="">{tr("opinions.ui.filterAll")}</option>
          {(opinions.context?.statuses ?? []).map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
        <label style="font-size:12px;display:flex;gap:4px;align-items:center">
          <input
            type="checkbox"
            checked={opinions.overdueOnly}
            onChange={(e) => {
              opinions.overdueOnly = (e.currentTarget as HTMLInputElement).checked;
              opinionChanges.notify();
            }}
          />
          {tr("opinions.ui.filterOverdue")}
        </label>
      </div>
      {shown.length === 0 ? <p class="muted">{tr("opinions.ui.empty")}</p> : null}
      <ul style="list-style:none;margin:0;padding:0">
        {shown.map((o) => (
          <Row key={o.id} app={app} o={o} />
        ))}
      </ul>
    </section>
  );
}
