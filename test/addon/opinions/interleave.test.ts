/**
 * Many clerks logging at once: five writers take turns opinion by opinion (each call its own
 * execution, with its own lock holder and counter, as concurrent google.script.run calls are), and
 * one writer meets the lock held by another execution. No opinion is lost, no code is shared.
 */
import { describe, expect, it } from "vitest";
import { execution } from "../table/context.ts";
import { call, column, communeWorkbook, ok } from "./fixture.ts";

describe("five writers at once", () => {
  it("interleaves 5 writers x 100 opinions into 500 rows with 500 distinct codes", () => {
    const workbook = communeWorkbook(0);
    const returned: string[] = [];
    for (let n = 0; n < 100; n++) {
      for (let writer = 1; writer <= 5; writer++) {
        const { id } = ok(
          call<{ id: string }>(workbook, "opinions.add", {
            content: `Ý kiến ${n + 1} của thư ký ${writer}`,
            channel: writer % 2 === 0 ? "Trực tiếp" : "Phiếu",
            field: "Đất đai",
            by: `Thư ký ${writer}`,
          }),
        );
        returned.push(id);
      }
    }
    const codes = column(workbook, "Ý kiến", "Mã ý kiến");
    const contents = column(workbook, "Ý kiến", "Nội dung");
    expect(codes).toHaveLength(500);
    expect(new Set(codes).size).toBe(500);
    expect(new Set(returned)).toEqual(new Set(codes));
    expect(codes.at(-1)).toBe("YK-500");
    for (let writer = 1; writer <= 5; writer++)
      expect(contents.filter((c) => String(c).endsWith(`thư ký ${writer}`))).toHaveLength(100);
    const history = workbook.sheetByName("Lịch sử ý kiến")?.values() ?? [];
    expect(new Set(history.slice(1).map((r) => r[2])).size).toBe(500);
  });

  it("answers busy and writes nothing while another execution holds the lock; the retry lands", () => {
    const workbook = communeWorkbook(2);
    workbook.documentLock.holdAsOther();
    const busy = call(workbook, "opinions.add", { content: "Đèn đường hỏng", channel: "Phiếu" });
    expect(busy.result.ok ? null : busy.result.messages[0]?.key).toBe("common.busy");
    expect(column(workbook, "Ý kiến", "Mã ý kiến")).toEqual(["YK-001", "YK-002"]);
    workbook.documentLock.releaseOther();
    expect(ok(call(workbook, "opinions.add", { content: "Đèn đường hỏng", channel: "Phiếu" }))).toEqual({
      id: "YK-003",
    });
  });

  it("never gives again the code of a row deleted by hand, even the last one", () => {
    const workbook = communeWorkbook(0);
    for (const content of ["Một", "Hai", "Ba"])
      ok(call(workbook, "opinions.add", { content, channel: "Phiếu" }));
    const run = execution(workbook);
    run.ctx.spreadsheet.getSheetByName("Ý kiến")?.deleteRows(4, 1);
    run.end();
    expect(column(workbook, "Ý kiến", "Mã ý kiến")).toEqual(["YK-001", "YK-002"]);
    expect(ok(call(workbook, "opinions.add", { content: "Bốn", channel: "Phiếu" }))).toEqual({
      id: "YK-004",
    });
  });
});
