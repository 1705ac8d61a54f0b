/**
 * Attendance by category as a small SVG drawn by Preact: per category a light bar for the invited
 * (walk-ins included) and a dark one for those present, the numbers beside. Names are text nodes.
 */
import type { AttendanceSummary } from "../../../../shared/roster/index.ts";
import { tr } from "../../locale.ts";

const WIDTH = 280;
const ROW = 30;
const NUMBERS = 56;

export function AttendanceChart({ summary }: { summary: AttendanceSummary }) {
  const groups = summary.categories.filter((c) => c.invited + c.walkIns > 0);
  const most = Math.max(1, ...groups.map((c) => c.invited + c.walkIns));
  const scale = (n: number) => ((WIDTH - NUMBERS) * n) / most;
  const height = groups.length * ROW + 18;
  return (
    <figure style="margin:8px 0" data-testid="attendance-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={tr("roster.ui.chart")}
        style="display:block;font-family:inherit"
      >
        {groups.map((c, i) => {
          const y = i * ROW;
          return (
            <g key={c.name} data-category={c.name}>
              <text x={0} y={y + 10} font-size="11" fill="#333">
                {c.name}
              </text>
              <rect x={0} y={y + 14} height={10} width={scale(c.invited + c.walkIns)} fill="#d7e3f4" />
              <rect
                x={0}
                y={y + 14}
                height={10}
                width={scale(c.present)}
                fill="#1a73e8"
                data-present={c.present}
              />
              <text x={WIDTH} y={y + 23} font-size="11" text-anchor="end" fill="#333">
                {`${c.present}/${c.invited + c.walkIns}`}
              </text>
            </g>
          );
        })}
        <g transform={`translate(0 ${groups.length * ROW + 6})`} font-size="10" fill="#555">
          <rect x={0} y={0} width={10} height={8} fill="#d7e3f4" />
          <text x={14} y={8}>
            {tr("roster.ui.chartInvited")}
          </text>
          <rect x={90} y={0} width={10} height={8} fill="#1a73e8" />
          <text x={104} y={8}>
            {tr("roster.ui.chartPresent")}
          </text>
        </g>
      </svg>
    </figure>
  );
}
