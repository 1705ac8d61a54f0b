/**
 * The check-in desk on the emulation: one RPC per check-in with the same number of service calls
 * for 100 and 2,000 invitees; several clerks, each its own execution working from the list it
 * loaded (stale), interleaved with a clerk sorting the tab and with the lock held elsewhere, lose
 * no check-in and double nobody.
 */
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../../addon/rpc/envelope.ts";
import {
  attendanceList,
  attendanceSummary,
  checkIn,
  undoCheckIn,
} from "../../../addon/server/roster/desk.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { execution } from "../table/context.ts";
import { otherWorkbook, rosterRecords, run } from "./fixture.ts";

function invitees(n: number): Record<string, unknown>[] {
  const categories = ["Trưởng thôn", "Tổ trưởng tự quản", "Nhân dân"];
  return Array.from({ length: n }, (_, i) => ({
    "Mã đại biểu": `DB-${String(i + 3).padStart(3, "0")}`,
    "Họ và tên": `Người dự ${i + 1}`,
    "Thành phần": categories[i % categories.length],
    "Điện thoại": `0905${String(100000 + i)}`,
  }));
}

/** A small deterministic generator: the same interleaving on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("attendance.checkIn", () => {
  it("checks in, keeps the first time and clerk, undoes, and counts per category", () => {
    const workbook = otherWorkbook(invitees(6));
    const at = (minute: number) => new Date(2025, 0, 9, 7, minute);
    const first = run(workbook, (ctx) => checkIn(ctx, { id: "DB-003", by: "Bàn 1" }), at(41)).value;
    expect(first).toMatchObject({ id: "DB-003", changed: true });
    expect(first.people.find((p) => p.id === "DB-003")).toMatchObject({
      present: true,
      arrivedAt: "07:41",
      checkedInBy: "Bàn 1",
    });
    const again = run(workbook, (ctx) => checkIn(ctx, { id: "DB-003", by: "Bàn 2" }), at(45)).value;
    expect(again.changed).toBe(false);
    expect(again.people.find((p) => p.id === "DB-003")).toMatchObject({
      arrivedAt: "07:41",
      checkedInBy: "Bàn 1",
    });
    const walkIn = run(
      workbook,
      (ctx) => checkIn(ctx, { name: " Hà  Văn Khải ", category: "nhan dan", by: "Bàn 2" }),
      at(50),
    );
    expect(walkIn.value.people.find((p) => p.id === walkIn.value.id)).toMatchObject({
      name: "Hà Văn Khải",
      category: "Nhân dân",
      walkIn: true,
      present: true,
    });
    // The same walk-in sent again is that row; a name differing by its diacritics is someone else.
    const retry = run(workbook, (ctx) => checkIn(ctx, { name: "Hà Văn Khải", category: "Nhân dân" }), at(51));
    expect(retry.value).toMatchObject({ id: walkIn.value.id, changed: false });
    const other = run(workbook, (ctx) => checkIn(ctx, { name: "Hà Văn Khai", category: "Nhân dân" }), at(52));
    expect(other.value.id).not.toBe(walkIn.value.id);
    run(workbook, (ctx) => undoCheckIn(ctx, { id: other.value.id }));
    const summary = run(workbook, (ctx) => attendanceSummary(ctx)).value;
    expect(summary.categories.find((c) => c.name === "Nhân dân")).toEqual({
      name: "Nhân dân",
      invited: 2,
      present: 1,
      walkIns: 2,
    });
    expect([summary.invited, summary.present]).toEqual([8, 2]);
    run(workbook, (ctx) => undoCheckIn(ctx, { id: "DB-003" }));
    const row = rosterRecords(workbook).find((r) => r["Mã đại biểu"] === "DB-003");
    expect(row).toMatchObject({ "Có mặt": false, "Giờ đến": "", "Người điểm danh": "" });
    expect(() => run(workbook, (ctx) => checkIn(ctx, { name: "X", category: "Khách mời" }))).toThrow(
      UserFacingError,
    );
  });

  it("is one RPC with the same service calls for 100 and 2,000 invitees", () => {
    const calls = (size: number) => {
      const workbook = otherWorkbook(invitees(size));
      const id = `DB-${String(Math.floor(size / 2)).padStart(3, "0")}`;
      const checked = run(workbook, (ctx) => checkIn(ctx, { id, by: "Bàn 1" }));
      const walkIn = run(workbook, (ctx) => checkIn(ctx, { name: "Đến Muộn", category: "Nhân dân" }));
      const undo = run(workbook, (ctx) => undoCheckIn(ctx, { id }));
      expect(checked.counter.of("Range.setValues")).toBeGreaterThan(0);
      return [checked.calls, walkIn.calls, undo.calls];
    };
    const small = calls(100);
    expect(calls(2_000)).toEqual(small);
    // Lock, two reads (Đại biểu, Thành phần), the cell writes: a few dozen calls, whatever the size.
    expect(Math.max(...small)).toBeLessThan(60);
  });

  it("loses nothing and doubles nobody when clerks interleave on stale lists", () => {
    const workbook = otherWorkbook(invitees(120));
    const random = lcg(20250109);
    const list = run(workbook, (ctx) => attendanceList(ctx)).value.people;
    // Four desks; every invitee has a desk, some two (both clerks click the same person), and two
    // walk-ins reach two desks each (a retry, a second desk).
    const desks = ["Bàn 1", "Bàn 2", "Bàn 3", "Bàn 4"].map((by) => ({
      by,
      queue: [] as ({ id: string } | { name: string; category: string })[],
    }));
    list.forEach((p, i) => {
      desks[i % 4]?.queue.push({ id: p.id });
      if (i % 7 === 0) desks[(i + 1) % 4]?.queue.push({ id: p.id });
    });
    for (const name of ["Khách Một", "Khách Hai"])
      for (const d of [0, 2]) desks[d]?.queue.push({ name, category: "Nhân dân" });
    const firstBy = new Map<string, string>();
    let busy = 0;
    let minute = 0;
    while (desks.some((d) => d.queue.length > 0)) {
      const desk = desks.filter((d) => d.queue.length > 0)[
        Math.floor(random() * 4) % desks.filter((d) => d.queue.length > 0).length
      ];
      if (!desk) break;
      const roll = random();
      if (roll < 0.05) {
        // A clerk sorts the tab by name (descending) between two check-ins.
        const exec = execution(workbook);
        const sheet = exec.ctx.spreadsheet.getSheetByName(ROSTER_TAB.name);
        const [, ...rows] = workbook.sheetByName(ROSTER_TAB.name)?.values() ?? [];
        const filled = rows.filter((r) => r.some((v) => v !== "" && v !== false));
        filled.sort((a, b) => String(b[2]).localeCompare(String(a[2])));
        sheet?.getRange(2, 1, filled.length, filled[0]?.length ?? 1).setValues(filled);
        exec.end();
        continue;
      }
      const request = desk.queue[0] as { id: string } | { name: string; category: string };
      // Now and then another execution holds the lock: the desk is told "busy" and retries.
      if (roll < 0.15) workbook.documentLock.holdAsOther();
      minute++;
      try {
        const result = run(
          workbook,
          (ctx) => checkIn(ctx, { ...request, by: desk.by }),
          new Date(2025, 0, 9, 7, minute % 60),
        );
        desk.queue.shift();
        const key = "id" in request ? request.id : request.name;
        if (result.value.changed) {
          expect(firstBy.has(key)).toBe(false);
          firstBy.set(key, desk.by);
        }
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        expect(error.messages[0]?.key).toBe("common.busy");
        busy++;
      } finally {
        workbook.documentLock.releaseOther();
      }
    }
    expect(busy).toBeGreaterThan(0);
    const rows = rosterRecords(workbook);
    const ids = rows.map((r) => r["Mã đại biểu"]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows).toHaveLength(2 + 120 + 2);
    for (const p of list) {
      const row = rows.find((r) => r["Mã đại biểu"] === p.id);
      expect(row?.["Có mặt"], p.name).toBe(true);
      expect(row?.["Người điểm danh"]).toBe(firstBy.get(p.id));
    }
    for (const name of ["Khách Một", "Khách Hai"]) {
      const found = rows.filter((r) => r["Họ và tên"] === name);
      expect(found).toHaveLength(1);
      expect(found[0]?.["Đến thêm"]).toBe(true);
    }
    const summary = run(workbook, (ctx) => attendanceSummary(ctx)).value;
    expect(summary.present).toBe(list.length + 2);
  });
});
