/**
 * What is due, soonest first: the announcement (at least 7 days ahead), the results made public
 * (within 10 days), the report deadline, each open opinion's due date; each with its date and the
 * days left, overdue ones marked. The law's numbers are `Hội nghị` rows (shared/opinions/deadlines).
 */
import { tr, trMessage } from "../../locale.ts";
import { opinions } from "./state.ts";

function left(days: number): string {
  if (days === 0) return tr("opinions.due.today");
  return days > 0 ? tr("opinions.due.daysLeft", { n: days }) : tr("opinions.due.daysAgo", { n: -days });
}

export function Due() {
  const due = opinions.due;
  if (!due) return <p class="muted">{tr("opinions.ui.loading")}</p>;
  return (
    <section data-testid="opinion-due">
      {due.problems.map((m, i) => (
        <p key={i} class="muted">
          {trMessage(m)}
        </p>
      ))}
      {due.deadlines.length === 0 ? <p class="muted">{tr("opinions.due.none")}</p> : null}
      <ul style="list-style:none;margin:0;padding:0">
        {due.deadlines.map((d, i) => (
          <li
            key={`${d.kind}-${d.opinionId ?? ""}-${i}`}
            data-kind={d.kind}
            data-overdue={d.overdue ? "true" : "false"}
            style="display:flex;gap:8px;padding:4px 0;border-bottom:1px solid #eee"
          >
            <span style="width:74px;flex:none;font-variant-numeric:tabular-nums">{d.date}</span>
            <span style="flex:1;min-width:0">
              {trMessage(d.label)}
              {d.unit ? <span class="muted">{` · ${d.unit}`}</span> : null}
              <div style={`font-size:12px;color:${d.overdue ? "#c5221f" : "#5f6368"}`}>
                {d.overdue ? `${tr("opinions.due.overdue")} · ${left(d.daysLeft)}` : left(d.daysLeft)}
              </div>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
