/**
 * The table layer on the emulation: the filling of hand-typed ids (one row in 40 has none), a
 * check-in style update of 3 scattered rows and one append (a walk-in), for growing rosters.
 * Service calls are bounded whatever the size (at most 4 bands of rows per run of columns, so
 * they stop growing once the changed rows spread over 4 bands); time is for reference.
 */
import { withTable } from "../addon/server/table/open-table.ts";
import { createDocumentServices } from "../local/emulator/document/index.ts";
import { createServices, EmulatedWorkbook } from "../local/emulator/index.ts";
import { ROSTER_TAB } from "../shared/schema/tabs.ts";
import { formatId } from "../shared/table/ids.ts";

function roster(rows: number): EmulatedWorkbook {
  const headers = ROSTER_TAB.columns.map((c) => c.header);
  const row = (i: number) =>
    ROSTER_TAB.columns.map((c) => {
      if (c.key === "rosterId") return i % 40 === 7 ? "" : formatId(ROSTER_TAB.id, i + 1);
      if (c.key === "fullName") return `Người thứ ${i + 1}`;
      if (c.key === "category") return "Nhân dân";
      return c.type === "yesno" ? false : "";
    });
  return EmulatedWorkbook.fromData({
    sheets: [
      {
        name: ROSTER_TAB.name,
        values: [headers, ...Array.from({ length: rows }, (_, i) => row(i))],
        maxRows: rows + 100,
      },
    ],
  });
}

function run(workbook: EmulatedWorkbook, rows: number): { calls: number; ms: number } {
  const sheets = createServices({ workbook, uiAvailable: false });
  const docs = createDocumentServices({});
  const ctx = {
    services: { ...sheets.globals(), DocumentApp: docs.DocumentApp, DriveApp: docs.DriveApp },
    spreadsheet: sheets.SpreadsheetApp.getActiveSpreadsheet(),
    now: () => new Date(),
  };
  const started = performance.now();
  withTable(ctx, ROSTER_TAB, (table) => {
    table.update(
      [1, Math.floor(rows / 2), rows - 1].map((i) => ({
        id: formatId(ROSTER_TAB.id, i + 1),
        values: { present: true, arrivedAt: { hour: 8, minute: i % 60 } },
      })),
    );
    table.append([{ fullName: "Khách vãng lai", category: "Nhân dân", present: true }]);
  });
  return { calls: sheets.counter.total, ms: performance.now() - started };
}

export async function benchTable(): Promise<void> {
  console.log("\n## Table layer: fill missing ids, update 3 rows, append 1 (server code on the emulation)");
  console.log("rows\tservice calls\tms");
  for (const rows of [100, 2_000, 40_000]) {
    const { calls, ms } = run(roster(rows), rows);
    console.log(`${rows}\t${calls}\t${ms.toFixed(0)}`);
  }
}
