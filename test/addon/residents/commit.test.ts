/**
 * `importResidents` through the built add-on on the emulated services: nothing coerced (IDs and
 * phones keep their zeros, "=..." stays text), one batch recorded for undo, the same file twice
 * changes nothing, a blank never erases, a dry run writes nothing, a stale or forged payload is
 * refused whole, and the service calls do not grow with the rows (100 vs 2,000).
 */
import { describe, expect, it } from "vitest";
import type { ImportOutcome } from "../../../addon/rpc/import-actions.ts";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { HISTORY_HEADERS, HISTORY_TAB, UNDO_HEADERS, UNDO_TAB } from "../../../shared/residents/undo-log.ts";
import { makePeople } from "../../shared/residents/helpers/data.ts";
import {
  catalogueRows,
  col,
  expectOk,
  REGISTER_HEADERS,
  requestFor,
  requestForValues,
  runtimeOn,
  workbookWith,
} from "./helpers.ts";

const base = {
  fullName: "Nguyễn Văn A",
  birthDate: "05/06/1980",
  gender: "Nam",
  idNumber: "001080000001",
  phone: "0905123456",
  address: "12 Lê Lợi",
  tdp: "Tổ 5",
  kdc: "KDC Phú Lộc",
};

describe("importResidents", () => {
  it("writes text that stays text: zeros kept, formulas not run, nothing coerced", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    const values = [
      base,
      { ...base, idNumber: "012345678", fullName: '=HYPERLINK("http://x")', phone: "0236 3821 234" },
      { ...base, idNumber: "001080000003", fullName: "Trần B", address: "+84 nhà số 5", birthDate: "1975" },
      { ...base, idNumber: "001080000004", fullName: "Lê C", address: "-1", phone: "12345" },
      { ...base, idNumber: "001080000005", fullName: "Phạm D", address: "@home" },
    ];
    const outcome = expectOk<ImportOutcome>(runtime.call("importResidents", requestForValues(values)));
    expect(outcome).toMatchObject({ added: 5, updated: 0, unchanged: 0, dryRun: false });
    const sheet = workbook.sheetByName("Dân cư");
    if (!sheet) throw new Error("no register");
    const cell = (row: number, header: string) => sheet.cellAt(row, col(header));
    expect(cell(2, "Số định danh")).toMatchObject({
      value: "001080000001",
      raw: "001080000001",
      numberFormat: "@",
    });
    expect(cell(2, "Điện thoại").value).toBe("0905123456");
    expect(cell(2, "Ngày sinh").value).toBe("05/06/1980");
    expect(cell(3, "Số định danh").value).toBe("012345678");
    expect(cell(3, "Họ và tên")).toMatchObject({
      formula: null,
      value: expect.stringMatching(/^=hyperlink/i),
    });
    expect(cell(3, "Điện thoại").value).toBe("02363821234");
    expect(cell(4, "Địa chỉ")).toMatchObject({ value: "+84 nhà số 5", formula: null });
    expect(cell(4, "Ngày sinh").value).toBe("1975");
    expect(cell(5, "Địa chỉ")).toMatchObject({ value: "-1", formula: null });
    expect(cell(5, "Điện thoại").value).toBe("12345");
    expect(cell(6, "Địa chỉ")).toMatchObject({ value: "@home", formula: null });
    expect(
      sheet
        .values()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["DC-000001", "DC-000002", "DC-000003", "DC-000004", "DC-000005"]);
    expect(
      sheet
        .values()
        .slice(1)
        .every((r) => r[col("Lần nhập") - 1] === outcome.batchId),
    ).toBe(true);
    // The batch is recorded for undo, in the workbook.
    expect(workbook.sheetByName(HISTORY_TAB)?.values()[0]).toEqual([...HISTORY_HEADERS]);
    expect(workbook.sheetByName(HISTORY_TAB)?.values()[1]?.[0]).toBe(outcome.batchId);
    expect(workbook.sheetByName(UNDO_TAB)?.values()).toHaveLength(6);
    // The undo data is kept out of staff's way; the history is theirs to read.
    expect(workbook.sheetByName(UNDO_TAB)?.hidden).toBe(true);
    expect(workbook.sheetByName(HISTORY_TAB)?.hidden).toBe(false);
    expect(workbook.sheetByName(UNDO_TAB)?.values()[0]).toEqual([...UNDO_HEADERS]);
  });

  it("changes nothing the second time, and a dry run writes nothing", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    const people = makePeople(50);
    const dry = expectOk<ImportOutcome>(runtime.call("importResidents", requestFor(people, true)));
    expect(dry).toMatchObject({ batchId: null, added: 50, dryRun: true });
    expect(workbook.sheetByName("Dân cư")?.values()).toHaveLength(1);
    expect(workbook.sheetByName(HISTORY_TAB)).toBeUndefined();
    const first = expectOk<ImportOutcome>(runtime.call("importResidents", requestFor(people)));
    expect(first.added).toBe(50);
    const before = JSON.stringify(workbook.sheetByName("Dân cư")?.values());
    const second = expectOk<ImportOutcome>(runtime.call("importResidents", requestFor(people)));
    expect(second).toEqual({
      conflicts: [],
      batchId: null,
      dryRun: false,
      added: 0,
      updated: 0,
      unchanged: 50,
      repeats: 0,
    });
    expect(JSON.stringify(workbook.sheetByName("Dân cư")?.values())).toBe(before);
    expect(workbook.sheetByName(HISTORY_TAB)?.values()).toHaveLength(2);
  });

  it("updates changed rows in place; a blank never erases; user columns and other rows untouched", () => {
    const existing = [
      [
        "DC-000001",
        "Nguyễn Văn A",
        "05/06/1980",
        "Nam",
        "001080000001",
        "0905123456",
        "12 Lê Lợi",
        "Tổ 5",
        "KDC Phú Lộc",
        "",
      ],
      [
        "DC-000002",
        "Trần Thị B",
        "1975",
        "Nữ",
        "001175000002",
        "",
        "3 Hùng Vương",
        "Tổ 6",
        "KDC Phú Lộc",
        "",
      ],
    ];
    const workbook = EmulatedWorkbook.fromData({
      sheets: [
        { name: "Danh mục", values: catalogueRows() },
        {
          name: "Dân cư",
          values: [[...REGISTER_HEADERS, "Ghi chú của tổ"], ...existing.map((r) => [...r, "giữ nguyên"])],
          numberFormats: "@",
        },
      ],
    });
    const runtime = runtimeOn(workbook);
    const incoming = [
      { ...base, phone: "", address: "99 Lê Lợi" },
      {
        ...base,
        fullName: "Trần Thị B",
        birthDate: "1975",
        gender: "Nữ",
        idNumber: "001175000002",
        phone: "0912000222",
        address: "",
        tdp: "Tổ 6",
      },
    ];
    const outcome = expectOk<ImportOutcome>(runtime.call("importResidents", requestForValues(incoming)));
    expect(outcome).toMatchObject({ added: 0, updated: 2, unchanged: 0 });
    const rows = workbook.sheetByName("Dân cư")?.values() ?? [];
    expect(rows[1]?.slice(5, 7)).toEqual(["0905123456", "99 Lê Lợi"]);
    expect(rows[2]?.slice(5, 7)).toEqual(["0912000222", "3 Hùng Vương"]);
    expect(rows.slice(1).map((r) => r[10])).toEqual(["giữ nguyên", "giữ nguyên"]);
  });

  it("refuses the whole batch when a row is no longer valid (e.g. the Danh mục changed)", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    const result = runtime.call(
      "importResidents",
      requestForValues([base, { ...base, idNumber: "001080000009", tdp: "Tổ 99" }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.messages.map((m) => m.key)).toEqual(["import.rowsRejected", "import.unknownTdp"]);
    expect(workbook.sheetByName("Dân cư")?.values()).toHaveLength(1);
    const forged = runtime.call("importResidents", { ...requestForValues([base]), rows: "DROP TABLE" });
    expect(forged.ok).toBe(false);
    const missing = runtime.call("importResidents", { rows: "" });
    expect(missing.ok).toBe(false);
  });

  it("uses a constant number of service calls for 100 and for 2,000 rows", () => {
    const counts: Record<string, number>[] = [];
    for (const n of [100, 2_000]) {
      // Small grids, so that both sizes have to grow them: the same calls either way.
      const workbook = EmulatedWorkbook.fromData({
        sheets: [
          { name: "Danh mục", values: catalogueRows() },
          { name: "Dân cư", values: [REGISTER_HEADERS], maxRows: 20 },
          { name: HISTORY_TAB, values: [[...HISTORY_HEADERS]], maxRows: 2 },
          { name: UNDO_TAB, values: [[...UNDO_HEADERS]], maxRows: 20 },
        ],
      });
      const runtime = runtimeOn(workbook);
      const outcome = expectOk<ImportOutcome>(runtime.call("importResidents", requestFor(makePeople(n, n))));
      expect(outcome.added + outcome.repeats).toBe(n);
      counts.push(runtime.lastCounter.snapshot());
      const undo = runtime.call("undoImport", {});
      expect(undo.ok).toBe(true);
      counts.push(runtime.lastCounter.snapshot());
      expect(workbook.sheetByName("Dân cư")?.values().length).toBe(1);
    }
    expect(counts[2]).toEqual(counts[0]);
    expect(counts[3]).toEqual(counts[1]);
    expect(counts[0]?.["Range.setValues"]).toBeLessThanOrEqual(4);
  });
});
