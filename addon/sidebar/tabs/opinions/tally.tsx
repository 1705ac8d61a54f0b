/**
 * Tallies by channel, field, competent level, status and answering unit, each as a small SVG drawn
 * by Preact (no chart library): one bar per value, its name and count as text nodes, so what the
 * chart says can be read, selected and tested.
 */
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import type { Tally } from "../../../../shared/opinions/tally.ts";
import type { OpinionTallyResult } from "../../../rpc/opinion-actions.ts";
import { tr } from "../../locale.ts";
import { opinions } from "./state.ts";

type Dimension = "byChannel" | "byField" | "byLevel" | "byStatus" | "byAnswerer";

const DIMENSIONS: [Dimension, MessageKey][] = [
  ["byChannel", "opinions.ui.by.channel"],
  ["byField", "opinions.ui.by.field"],
  ["byLevel", "opinions.ui.by.level"],
  ["byStatus", "opinions.ui.by.status"],
  ["byAnswerer", "opinions.ui.by.answerer"],
];

const WIDTH = 280;
const ROW = 28;
const NUMBER = 30;

export function TallyChart({ tallies, dimension }: { tallies: readonly Tally[]; dimension: Dimension }) {
  const most = Math.max(1, ...tallies.map((t) => t.count));
  const scale = (n: number) => ((WIDTH - NUMBER) * n) / most;
  const height = Math.max(ROW, tallies.length * ROW);
  return (
    <figure style="margin:6px 0" data-testid="opinion-chart" data-dimension={dimension}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={tr(DIMENSIONS.find(([d]) => d === dimension)?.[1] ?? "opinions.ui.tallies")}
        style="display:block;font-family:inherit"
      >
        {tallies.map((t, i) => {
          const y = i * ROW;
          return (
            <g key={`${t.label}-${i}`} data-label={t.label} data-count={t.count}>
              <text x={0} y={y + 10} font-size="11" fill="#333">
                {t.label || tr("opinions.ui.unclassified")}
              </text>
              <rect x={0} y={y + 14} height={10} width={scale(t.count)} fill="#1a73e8" />
              <text x={WIDTH} y={y + 23} font-size="11" text-anchor="end" fill="#333">
                {String(t.count)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function Tallies() {
  const t: OpinionTallyResult | null = opinions.tally;
  if (!t) return <p class="muted">{tr("opinions.ui.loading")}</p>;
  return (
    <section data-testid="opinion-tallies">
      <p data-testid="opinion-total">
        {tr("opinions.ui.total", { total: t.total, atMeeting: t.answeredAtMeeting, overdue: t.overdue })}
      </p>
      {DIMENSIONS.map(([dimension, label]) => (
        <div key={dimension}>
          <h3 style="margin:10px 0 2px">{tr(label)}</h3>
          <TallyChart tallies={t[dimension]} dimension={dimension} />
        </div>
      ))}
    </section>
  );
}
