/**
 * `undoImport` through the built add-on: exactly the batch's additions removed and its updates
 * restored, also after the register was sorted; hand edits since the import kept; a batch that a
 * later one built upon refused until that one is undone.
 */
import { describe, expect, it } from "vitest";
import type { ImportContext, ImportOutcome, UndoOutcome } from "../../../addon/rpc/import-actions.ts";
import { createServices, type EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { HISTORY_TAB } from "../../../shared/residents/undo-log.ts";
import { col, expectOk, person, requestForValues, runtimeOn, workbookWith } from "./helpers.ts";

function register(workbook: EmulatedWorkbook): unknown[][] {
  return workbook.sheetByName("Dân cư")?.values() ?? [];
}

/** Rewrites the register's data rows in another order, as a clerk sorting the sheet would. */
function sortRegister(workbook: EmulatedWorkbook, order: (rows: unknown[][]) => unknown[][]): void {
  const services = createServices({ workbook });
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Dân cư");
  if (!sheet) throw new Error("no register");
  const rows = register(workbook).slice(1);
  const range = sheet.getRange(2, 1, rows.length, rows[0]?.length ?? 1);
  range.setNumberFormat("@");
  range.setValues(order(rows));
}

describe("undoImport", () => {
  it("removes the batch's additions and restores its updates", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(2)])));
    const before = JSON.stringify(register(workbook));
    const second = expectOk<ImportOutcome>(
      runtime.call(
        "importResidents",
        requestForValues([person(1, { phone: "0912000111" }), person(3), person(4)]),
      ),
    );
    expect(second).toMatchObject({ added: 2, updated: 1 });
    expect(register(workbook)).toHaveLength(5);
    const undone = expectOk<UndoOutcome>(runtime.call("undoImport", {}));
    expect(undone).toEqual({ batchId: second.batchId, removed: 2, restored: 2, kept: 0, missing: 0 });
    expect(JSON.stringify(register(workbook))).toBe(before);
    const context = expectOk<ImportContext>(runtime.call("getImportContext"));
    expect(context.batches.map((b) => b.undone)).toEqual([false, true]);
    expect(workbook.sheetByName(HISTORY_TAB)?.values()[2]?.[9]).toMatch(/^Đã hoàn tác /);
    const again = runtime.call("undoImport", { batchId: second.batchId });
    expect(again.ok ? null : again.messages[0]?.key).toBe("import.undoAlreadyDone");
  });

  it("removes scattered additions after the register was sorted, keeping every other row", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(3), person(5)])));
    expectOk(runtime.call("importResidents", requestForValues([person(2), person(4), person(6)])));
    const byName = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    sortRegister(workbook, byName);
    expect(
      register(workbook)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Người Thứ ${n}`));
    const undone = expectOk<UndoOutcome>(runtime.call("undoImport", {}));
    expect(undone.removed).toBe(3);
    const rows = register(workbook);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["Người Thứ 1", "Người Thứ 3", "Người Thứ 5"]);
    expect(rows.slice(1).map((r) => r[col("Số định danh") - 1])).toEqual([
      "001080000001",
      "001080000003",
      "001080000005",
    ]);
    expect(workbook.sheetByName("Dân cư")?.cellAt(2, col("Số định danh")).numberFormat).toBe("@");
  });

  it("never gives an undone import's ids to other people", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1), person(2)])));
    expectOk(runtime.call("undoImport", {}));
    expectOk(runtime.call("importResidents", requestForValues([person(3), person(4)])));
    const ids = register(workbook)
      .slice(1)
      .map((row) => row[col("Mã dân cư") - 1]);
    // A roster row may still name DC-000001 (chosen before the undo): it must not become person 3.
    expect(ids).toEqual(["DC-000003", "DC-000004"]);
  });

  it("keeps what was edited by hand since the import", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    expectOk(runtime.call("importResidents", requestForValues([person(1)])));
    expectOk(
      runtime.call(
        "importResidents",
        requestForValues([person(1, { phone: "0912000111", address: "9 Hùng Vương" })]),
      ),
    );
    const services = createServices({ workbook });
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Dân cư");
    sheet?.getRange(2, col("Địa chỉ"), 1, 1).setValues([["sửa tay"]]);
    const undone = expectOk<UndoOutcome>(runtime.call("undoImport", {}));
    expect(undone).toMatchObject({ restored: 2, kept: 1 });
    const row = register(workbook)[1] ?? [];
    expect([row[col("Điện thoại") - 1], row[col("Địa chỉ") - 1]]).toEqual(["0905123401", "sửa tay"]);
  });

  it("refuses to undo a batch a later one built upon, until that one is undone", () => {
    const workbook = workbookWith();
    const runtime = runtimeOn(workbook);
    const first = expectOk<ImportOutcome>(runtime.call("importResidents", requestForValues([person(1)])));
    const second = expectOk<ImportOutcome>(
      runtime.call("importResidents", requestForValues([person(1, { phone: "0912000111" })])),
    );
    const blocked = runtime.call("undoImport", { batchId: first.batchId });
    expect(blocked.ok ? null : blocked.messages[0]).toMatchObject({
      key: "import.undoBlocked",
      params: { later: second.batchId },
    });
    expectOk(runtime.call("undoImport", { batchId: second.batchId }));
    expect(expectOk<UndoOutcome>(runtime.call("undoImport", { batchId: first.batchId })).removed).toBe(1);
    expect(register(workbook)).toHaveLength(1);
    const nothing = runtime.call("undoImport", null);
    expect(nothing.ok ? null : nothing.messages[0]?.key).toBe("import.undoNothing");
  });
});
