/**
 * The typed table layer on the emulated services: rows addressed by id whatever staff did to the
 * sheet in between, hand-typed rows given ids in one write, typed values written with the format
 * their column needs, only the changed cells touched (a clerk's formula or text "=..." beside them
 * survives), and service calls that do not grow with the rows.
 */
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../../addon/rpc/envelope.ts";
import { openTable, withTable } from "../../../addon/server/table/open-table.ts";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { OPINIONS_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { execution, headersOf, rowOf } from "./context.ts";

const ROSTER = "Đại biểu";

/** The roster tab; room for 100 more rows, as a set-up sheet has. */
function rosterWorkbook(rows: readonly Record<string, unknown>[]): EmulatedWorkbook {
  return EmulatedWorkbook.fromData({
    name: "Hội nghị thử",
    sheets: [
      {
        name: ROSTER,
        values: [headersOf(ROSTER_TAB), ...rows.map((row) => rowOf(ROSTER_TAB, row))],
        maxRows: rows.length + 101,
        frozenRows: 1,
      },
    ],
  });
}

function person(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "Mã đại biểu": `DB-${String(n).padStart(3, "0")}`,
    "Họ và tên": `Người số ${n}`,
    "Thành phần": "Nhân dân",
    "Có mặt": false,
    ...extra,
  };
}

function column(header: string): number {
  return headersOf(ROSTER_TAB).indexOf(header) + 1;
}

/** Rewrites the data rows in another order, as a clerk sorting the tab would. */
function sortRows(workbook: EmulatedWorkbook, order: (rows: unknown[][]) => unknown[][]): void {
  const { ctx, end } = execution(workbook);
  const sheet = ctx.spreadsheet.getSheetByName(ROSTER);
  const rows = workbook.sheetByName(ROSTER)?.values().slice(1) ?? [];
  sheet?.getRange(2, 1, rows.length, rows[0]?.length ?? 1).setValues(order(rows));
  end();
}

function caught(work: () => unknown): UserFacingError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error("expected a UserFacingError");
}

describe("table layer", () => {
  it("lands an update on the row it read, after the rows were re-sorted in between", () => {
    const workbook = rosterWorkbook([person(1), person(2), person(3), person(4)]);
    const first = execution(workbook);
    const read = openTable(first.ctx, ROSTER_TAB).rows();
    const target = read.rows.find((row) => row.values.fullName === "Người số 2");
    first.end();
    expect(target?.id).toBe("DB-002");
    sortRows(workbook, (rows) => [...rows].reverse());

    const second = execution(workbook);
    const outcome = withTable(second.ctx, ROSTER_TAB, (table) =>
      table.update([{ id: target?.id ?? "", values: { present: true, arrivedAt: { hour: 7, minute: 45 } } }]),
    );
    second.end();
    expect(outcome).toEqual({ changedRows: 1 });
    const sheet = workbook.sheetByName(ROSTER);
    const names = sheet?.values().map((row) => row[column("Họ và tên") - 1]);
    const at = names?.indexOf("Người số 2") ?? -1;
    expect(at).toBe(3);
    expect(sheet?.cellAt(at + 1, column("Có mặt")).value).toBe(true);
    expect(sheet?.cellAt(at + 1, column("Giờ đến"))).toMatchObject({
      display: "07:45",
      numberFormat: "HH:mm",
    });
    const others = sheet?.values().filter((_, i) => i > 0 && i !== at);
    expect(others?.every((row) => row[column("Có mặt") - 1] === false)).toBe(true);
  });

  it("gives ids to rows typed or pasted by hand, writing only their id cells, above every id seen", () => {
    const typed = { "Họ và tên": "Gõ tay", "Thành phần": "Khách mời" };
    const workbook = rosterWorkbook([person(1), { ...typed, "Họ và tên": "Dán giữa" }, person(7), typed, {}]);
    const { ctx, counter, end } = execution(workbook);
    const given = openTable(ctx, ROSTER_TAB).fillMissingIds();
    end();
    expect(given).toBe(2);
    const ids = workbook
      .sheetByName(ROSTER)
      ?.values()
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(["DB-001", "DB-008", "DB-007", "DB-009"]);
    // Two rows apart: two exact writes of one cell each, nothing else rewritten.
    expect(counter.of("Range.setValues")).toBe(2);
    expect(workbook.sheetByName(ROSTER)?.cellAt(3, 1).numberFormat).toBe("@");
  });

  it("writes typed values with their column's format: text stays text, dates and times stay dates", () => {
    const workbook = EmulatedWorkbook.fromData({
      sheets: [
        { name: "Ý kiến", values: [headersOf(OPINIONS_TAB), rowOf(OPINIONS_TAB, { "Mã ý kiến": "YK-041" })] },
      ],
    });
    const { ctx, end } = execution(workbook);
    const ids = withTable(ctx, OPINIONS_TAB, (table) =>
      table.append([
        {
          channel: "Phiếu",
          askerName: "0905123456",
          content: '=HYPERLINK("http://x","bấm")',
          anonymous: true,
          dueDate: { year: 2027, month: 1, day: 5 },
        },
      ]),
    );
    const reread = openTable(ctx, OPINIONS_TAB).rows();
    end();
    expect(ids).toEqual(["YK-042"]);
    const sheet = workbook.sheetByName("Ý kiến");
    const at = (header: string) => sheet?.cellAt(3, headersOf(OPINIONS_TAB).indexOf(header) + 1);
    expect(at("Người nêu")).toMatchObject({ value: "0905123456", numberFormat: "@" });
    expect(at("Nội dung")).toMatchObject({ formula: null, value: '=HYPERLINK("http://x","bấm")' });
    expect(at("Hạn xử lý")).toMatchObject({ display: "05/01/2027", numberFormat: "dd/mm/yyyy" });
    expect(at("Hạn xử lý")?.value).toBeInstanceOf(Date);
    expect(reread.problems).toEqual([]);
    expect(reread.rows[1]?.values).toMatchObject({
      opinionId: "YK-042",
      anonymous: true,
      dueDate: { year: 2027, month: 1, day: 5 },
      content: '=HYPERLINK("http://x","bấm")',
    });
  });

  it("touches only the changed cells: a clerk's formula and text beside them stay as they were", () => {
    const workbook = rosterWorkbook([person(1), person(2), person(3)]);
    const setup = execution(workbook);
    const sheet = setup.ctx.spreadsheet.getSheetByName(ROSTER);
    // Row 3: a formula typed into `Ghi chú`, and text "=abc" kept as text in a General cell.
    sheet?.getRange(3, column("Ghi chú"), 1, 1).setValues([["=1+1"]]);
    sheet?.getRange(3, column("Mã dân cư"), 1, 1).setValues([["'=abc"]]);
    setup.end();

    const { ctx, end } = execution(workbook);
    withTable(ctx, ROSTER_TAB, (table) =>
      table.update([
        { id: "DB-001", values: { residentId: "DC-000010", note: "đến muộn" } },
        { id: "DB-003", values: { residentId: "DC-000012", note: "" } },
      ]),
    );
    end();
    const cells = workbook.sheetByName(ROSTER);
    expect(cells?.cellAt(3, column("Ghi chú")).formula).toBe("=1+1");
    expect(cells?.cellAt(3, column("Mã dân cư"))).toMatchObject({ value: "=abc", formula: null });
    expect(cells?.cellAt(2, column("Ghi chú")).value).toBe("đến muộn");
    expect(cells?.cellAt(4, column("Mã dân cư")).value).toBe("DC-000012");
  });

  it("rewrites bands for many scattered changes, keeping formulas and text between them", () => {
    const workbook = rosterWorkbook(Array.from({ length: 60 }, (_, i) => person(i + 1)));
    const setup = execution(workbook);
    const sheet = setup.ctx.spreadsheet.getSheetByName(ROSTER);
    sheet?.getRange(5, column("Ghi chú"), 1, 1).setValues([["=1+1"]]);
    sheet?.getRange(5, column("Mã dân cư"), 1, 1).setValues([["'=abc"]]);
    setup.end();
    const { ctx, counter, end } = execution(workbook);
    const even = Array.from({ length: 30 }, (_, i) => `DB-${String(2 * i + 1).padStart(3, "0")}`);
    withTable(ctx, ROSTER_TAB, (table) =>
      table.update(even.map((id) => ({ id, values: { residentId: `DC-${id}`, note: "đã gọi" } }))),
    );
    end();
    expect(counter.of("Range.getFormulas")).toBeGreaterThan(0);
    const cells = workbook.sheetByName(ROSTER);
    expect(cells?.cellAt(5, column("Ghi chú")).formula).toBe("=1+1");
    expect(cells?.cellAt(5, column("Mã dân cư"))).toMatchObject({ value: "=abc", formula: null });
    expect(cells?.cellAt(2, column("Ghi chú")).value).toBe("đã gọi");
    expect(cells?.cellAt(60, column("Mã dân cư")).value).toBe("DC-DB-059");
  });

  it("lands every change when a value between them breaks its column's rule, and names a refused one", () => {
    const workbook = rosterWorkbook(Array.from({ length: 60 }, (_, i) => person(i + 1)));
    const setup = execution(workbook);
    const sheet = setup.ctx.spreadsheet.getSheetByName(ROSTER);
    const strict = setup.ctx.services.SpreadsheetApp.newDataValidation()
      .requireCheckbox()
      .setAllowInvalid(false);
    sheet?.getRange(2, column("Có mặt"), 60, 1).setDataValidation(strict.build());
    // A stale "x" typed before the rule was set: the rule now refuses it.
    const stale = workbook.sheetByName(ROSTER)?.cellFor(5, column("Có mặt"));
    if (stale) stale.value = "x";
    setup.end();
    const odd = Array.from({ length: 30 }, (_, i) => `DB-${String(2 * i + 1).padStart(3, "0")}`);
    const { ctx, end } = execution(workbook);
    withTable(ctx, ROSTER_TAB, (table) => table.update(odd.map((id) => ({ id, values: { present: true } }))));
    end();
    const values = workbook.sheetByName(ROSTER)?.values() ?? [];
    expect(values.filter((row) => row[column("Có mặt") - 1] === true)).toHaveLength(30);
    expect(values[4]?.[column("Có mặt") - 1]).toBe("x");

    const listed = execution(workbook);
    const salutations = listed.ctx.services.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Ông", "Bà"], true)
      .setAllowInvalid(false)
      .build();
    listed.ctx.spreadsheet
      .getSheetByName(ROSTER)
      ?.getRange(2, column("Danh xưng"), 60, 1)
      .setDataValidation(salutations);
    const refused = caught(() =>
      withTable(listed.ctx, ROSTER_TAB, (table) =>
        table.update([{ id: "DB-002", values: { salutation: "Ngài" } }]),
      ),
    );
    listed.end();
    expect(refused.messages).toEqual([{ key: "table.refusedByRule", params: { tab: ROSTER } }]);
  });

  it("never issues an id again once its row is deleted, in a later execution too", () => {
    const workbook = rosterWorkbook([person(1), person(2)]);
    const first = execution(workbook);
    const [added] = withTable(first.ctx, ROSTER_TAB, (table) =>
      table.append([{ fullName: "Mới", category: "Nhân dân" }]),
    );
    first.end();
    expect(added).toBe("DB-003");
    // A clerk deletes the last row by hand.
    workbook.sheetByName(ROSTER)?.deleteRows(4, 1);
    const second = execution(workbook);
    const [next] = withTable(second.ctx, ROSTER_TAB, (table) =>
      table.append([{ fullName: "Sau", category: "Nhân dân" }]),
    );
    second.end();
    expect(next).toBe("DB-004");
  });

  it("refuses an unknown or doubled id whole, writing nothing", () => {
    const workbook = rosterWorkbook([person(1), person(2), { ...person(3), "Mã đại biểu": "DB-002" }]);
    const before = JSON.stringify(workbook.sheetByName(ROSTER)?.values());
    const { ctx, end } = execution(workbook);
    const unknown = caught(() =>
      withTable(ctx, ROSTER_TAB, (table) =>
        table.update([
          { id: "DB-001", values: { present: true } },
          { id: "DB-099", values: { present: true } },
        ]),
      ),
    );
    const doubled = caught(() =>
      withTable(ctx, ROSTER_TAB, (table) => table.update([{ id: "DB-002", values: { present: true } }])),
    );
    end();
    expect(unknown.messages).toEqual([{ key: "table.unknownId", params: { tab: ROSTER, id: "DB-099" } }]);
    expect(doubled.messages[0]).toMatchObject({ key: "table.duplicateId", params: { rows: "3, 4" } });
    expect(JSON.stringify(workbook.sheetByName(ROSTER)?.values())).toBe(before);
  });

  it("uses the same number of service calls for 100 and for 2,000 rows", () => {
    const calls = (size: number) => {
      const rows = Array.from({ length: size }, (_, i) => person(i + 1));
      const workbook = rosterWorkbook(rows);
      const { ctx, counter, end } = execution(workbook);
      const ids = withTable(ctx, ROSTER_TAB, (table) => {
        table.update([
          { id: "DB-002", values: { present: true, arrivedAt: { hour: 8, minute: 1 } } },
          { id: `DB-${String(size / 2).padStart(3, "0")}`, values: { present: true } },
          { id: `DB-${String(size).padStart(3, "0")}`, values: { note: "về sớm" } },
        ]);
        return table.append([{ fullName: "Khách vãng lai", category: "Nhân dân", present: true }]);
      });
      end();
      const values = workbook.sheetByName(ROSTER)?.values() ?? [];
      expect(ids).toEqual([`DB-${String(size + 1).padStart(3, "0")}`]);
      expect(values[size + 1]?.[column("Họ và tên") - 1]).toBe("Khách vãng lai");
      expect(values.filter((row) => row[column("Có mặt") - 1] === true)).toHaveLength(3);
      return counter.total;
    };
    expect(calls(2_000)).toBe(calls(100));
  });

  it("types column keys and values from the schema", () => {
    const workbook = rosterWorkbook([person(1)]);
    const { ctx, end } = execution(workbook);
    const table = openTable(ctx, ROSTER_TAB);
    end();
    const row = table.rows().rows[0];
    expect(row?.values.present).toBe(false);
    // Compile-time checks (npm run typecheck): a misspelt key or a wrong value type fails.
    const typeChecks = () => {
      // @ts-expect-error "presnt" is not a column of `Đại biểu`.
      table.update([{ id: "DB-001", values: { presnt: true } }]);
      // @ts-expect-error `Có mặt` holds yes/no, not text.
      table.update([{ id: "DB-001", values: { present: "có" } }]);
    };
    expect(typeof typeChecks).toBe("function");
  });
});
