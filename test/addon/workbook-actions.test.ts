/**
 * Set-up and overview through the built bundle on the emulated services: what set-up does to a
 * sheet, that it never touches data, that a second run changes nothing, and that service calls do
 * not grow with rows.
 */
import { describe, expect, it } from "vitest";
import type { Overview } from "../../addon/rpc/workbook-actions.ts";
import { describeWorkbook, EmulatedWorkbook } from "../../local/emulator/index.ts";
import { createAddonRuntime } from "../../local/runtime/addon-runtime.ts";
import { FACTS } from "../../shared/schema/conference-facts.ts";
import { ROSTER_TAB } from "../../shared/schema/tabs.ts";

function runtimeOn(workbook: EmulatedWorkbook) {
  return createAddonRuntime({ workbook, uiAvailable: false });
}

function rosterRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    `Người ${i + 1}`,
    "Tổ trưởng TDP",
    `Tổ ${i + 1}`,
    `090${String(i).padStart(7, "0")}`,
  ]);
}

describe("set-up", () => {
  it("creates tabs with bold frozen protected headers, text formats, dropdowns and checkboxes", () => {
    const workbook = EmulatedWorkbook.create({ sheetNames: [] });
    const result = runtimeOn(workbook).call("setupWorkbook");
    expect(result.ok).toBe(true);
    const roster = workbook.sheetByName("Đại biểu");
    if (!roster) throw new Error("no roster tab");
    const headers = ROSTER_TAB.columns.map((c) => c.header);
    expect(roster.values()[0]).toEqual(headers);
    expect(roster.frozenRows).toBe(1);
    expect(roster.cellAt(1, 1).bold).toBe(true);
    const col = (header: string) => headers.indexOf(header) + 1;
    expect(roster.cellAt(2, col("Điện thoại")).numberFormat).toBe("@");
    expect(roster.cellAt(500, col("Điện thoại")).numberFormat).toBe("@");
    expect(roster.cellAt(2, col("Có mặt")).validation?.criteria).toBe("CHECKBOX");
    expect(roster.cellAt(2, col("Danh xưng")).validation?.list).toEqual(["Ông", "Bà", "Đồng chí"]);
    const category = roster.cellAt(2, col("Thành phần")).validation;
    expect(category?.criteria).toBe("VALUE_IN_RANGE");
    expect(category?.range?.sheetId).toBe(workbook.sheetByName("Thành phần")?.sheetId);
    expect(roster.protections).toEqual([
      expect.objectContaining({
        row: 1,
        numRows: 1,
        warningOnly: true,
        description: "Đối thoại: dòng tiêu đề",
      }),
    ]);
  });

  it("keeps existing data and staff's own columns, appends only what is missing, and is idempotent", () => {
    const workbook = EmulatedWorkbook.fromData({
      sheets: [
        {
          name: "ĐẠI BIỂU",
          values: [
            ["Họ tên", "Cột của văn phòng", "Điện thoại"],
            ["Nguyễn Văn A", "ghi chú riêng", "0905123456"],
          ],
          numberFormats: "@",
        },
      ],
    });
    const runtime = runtimeOn(workbook);
    const first = runtime.call("setupWorkbook") as {
      ok: true;
      value: { createdTabs: string[]; addedColumns: unknown[] };
    };
    expect(first.value.createdTabs).toHaveLength(5);
    const roster = workbook.sheetByName("ĐẠI BIỂU");
    expect(roster?.values()[1]?.slice(0, 3)).toEqual(["Nguyễn Văn A", "ghi chú riêng", "0905123456"]);
    expect(roster?.values()[0]?.slice(0, 4)).toEqual([
      "Họ tên",
      "Cột của văn phòng",
      "Điện thoại",
      "Mã đại biểu",
    ]);
    // The row typed before set-up has its id now.
    expect(roster?.values()[1]?.[3]).toBe("DB-001");
    // The tab was found by folded name: no second roster tab.
    expect(workbook.sheetByName("Đại biểu")).toBeUndefined();

    const before = JSON.stringify(describeWorkbook(workbook));
    const second = runtime.call("setupWorkbook");
    expect(second).toEqual({ ok: true, value: { createdTabs: [], addedColumns: [], addedFacts: [] } });
    expect(JSON.stringify(describeWorkbook(workbook))).toBe(before);
  });

  it("makes the same number of service calls whatever the number of rows", () => {
    const counts = [10, 3000].map((n) => {
      const workbook = EmulatedWorkbook.fromData({
        sheets: [
          {
            name: "Đại biểu",
            values: [["Họ và tên", "Chức vụ", "TDP", "Điện thoại"], ...rosterRows(n)],
            numberFormats: "@",
          },
        ],
      });
      const runtime = runtimeOn(workbook);
      expect(runtime.call("setupWorkbook").ok).toBe(true);
      const setup = runtime.lastCounter.total;
      const overview = runtime.call("getOverview");
      expect(overview.ok && (overview.value as Overview).counts.invitees).toBe(n);
      return { setup, overview: runtime.lastCounter.total };
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe("set-up of the Hội nghị items", () => {
  it("writes every item with its hint and the Cấp dropdown, so a clerk fills values top to bottom", () => {
    const workbook = EmulatedWorkbook.create({ sheetNames: [] });
    const runtime = runtimeOn(workbook);
    const result = runtime.call("setupWorkbook") as { ok: true; value: { addedFacts: string[] } };
    expect(result.value.addedFacts).toEqual(FACTS.map((f) => f.label));
    const tab = workbook.sheetByName("Hội nghị");
    if (!tab) throw new Error("no Hội nghị tab");
    const rows = tab.values();
    expect(rows.slice(1).map((r) => r[0])).toEqual(FACTS.map((f) => f.label));
    expect(rows.slice(1).every((r) => r[1] === "" && r[2] === "" && String(r[3]).length > 10)).toBe(true);
    const chair = rows.find((r) => r[0] === "Chủ trì");
    expect(chair?.[3]).toContain("Ví dụ: Nguyễn Văn A; Chi tiết: Bí thư Đảng ủy phường.");
    const level = rows.findIndex((r) => r[0] === "Cấp") + 1;
    expect(tab.cellAt(level, 2).validation?.list).toEqual(["phường", "xã", "đặc khu"]);
    const overview = runtime.call("getOverview") as { ok: true; value: Overview };
    expect(overview.value.facts).toEqual({
      items: FACTS.length,
      filled: 0,
      next: { label: "Cơ quan chủ quản", row: 2 },
    });
  });

  it("keeps a clerk's rows (spelling variants included) and adds only the items missing, once", () => {
    const workbook = EmulatedWorkbook.fromData({
      sheets: [
        {
          name: "Hội nghị",
          values: [
            ["Mục", "Giá trị", "Chi tiết", "Ghi chú"],
            ["  THƯ KÍ ", "Trần Thị B", "Văn phòng", "của tôi"],
            ["Trich yeu", "Tổ chức hội nghị đối thoại", "", ""],
            ["Mục riêng của phường", "x", "", ""],
          ],
          numberFormats: "@",
        },
      ],
    });
    const runtime = runtimeOn(workbook);
    const first = runtime.call("setupWorkbook") as { ok: true; value: { addedFacts: string[] } };
    expect(first.value.addedFacts).toHaveLength(FACTS.length - 2);
    expect(first.value.addedFacts).not.toContain("Thư ký");
    const rows = workbook.sheetByName("Hội nghị")?.values() ?? [];
    expect(rows.slice(1, 4)).toEqual([
      ["  THƯ KÍ ", "Trần Thị B", "Văn phòng", "của tôi"],
      ["Trich yeu", "Tổ chức hội nghị đối thoại", "", ""],
      ["Mục riêng của phường", "x", "", ""],
    ]);
    expect(rows[4]?.[0]).toBe("Cơ quan chủ quản");
    const before = JSON.stringify(describeWorkbook(workbook));
    const second = runtime.call("setupWorkbook") as { ok: true; value: { addedFacts: string[] } };
    expect(second.value.addedFacts).toEqual([]);
    expect(JSON.stringify(describeWorkbook(workbook))).toBe(before);
    const overview = runtime.call("getOverview") as { ok: true; value: Overview };
    expect(overview.value.conference?.secretary).toEqual({ name: "Trần Thị B", title: "Văn phòng" });
    expect(overview.value.problems).toEqual([
      {
        key: "workbook.unknownFact",
        params: { tab: "Hội nghị", row: 4, label: "Mục riêng của phường" },
      },
    ]);
  });

  it("writes the items in the same number of service calls whatever the tab already holds", () => {
    const totals = [0, 200].map((n) => {
      const workbook = EmulatedWorkbook.fromData({
        sheets: [
          {
            name: "Hội nghị",
            values: [
              ["Mục", "Giá trị", "Chi tiết", "Ghi chú"],
              ...Array.from({ length: n }, (_, i) => ["Căn cứ", `Căn cứ số ${i}`, "", ""]),
            ],
            numberFormats: "@",
          },
        ],
      });
      const runtime = runtimeOn(workbook);
      expect(runtime.call("setupWorkbook").ok).toBe(true);
      return runtime.lastCounter.total;
    });
    expect(totals[1]).toBe(totals[0]);
  });
});

describe("overview", () => {
  it("counts invitees (not open places) and check-ins and lists missing tabs", () => {
    const rows = rosterRows(5);
    const workbook = EmulatedWorkbook.fromData({
      sheets: [
        {
          name: "Đại biểu",
          values: [
            ["Họ và tên", "Chức vụ", "TDP", "Điện thoại", "Có mặt"],
            ...rows.map((r, i) => [...r, i < 3]),
            // An open place of the refresh (a role in a TDP nobody holds yet) is not an invitee.
            ["", "Tổ trưởng", "Tổ 9", "", false],
          ],
        },
      ],
    });
    const result = runtimeOn(workbook).call("getOverview") as {
      ok: true;
      value: { counts: { invitees: number; present: number }; missingTabs: string[]; conference: unknown };
    };
    expect(result.value.counts.invitees).toBe(5);
    expect(result.value.counts.present).toBe(3);
    expect(result.value.conference).toBeNull();
    expect(result.value.missingTabs).toEqual(["Hội nghị", "Thành phần", "Danh mục", "Dân cư", "Ý kiến"]);
  });
});
