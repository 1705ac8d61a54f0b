/**
 * roster.refresh on the emulation: the sample's categories give 17 chi-bộ secretaries, 17 front
 * heads, 57 group leaders and 34 resident places; a second refresh writes nothing; staff edits,
 * a sort and hand-typed rows survive a refresh; another conference (named hamlets, two roles per
 * group, three residents per hamlet) builds its own list.
 */
import { describe, expect, it } from "vitest";
import { addResident } from "../../../addon/server/roster/add-resident.ts";
import { refreshRoster, rosterState } from "../../../addon/server/roster/refresh.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { HAMLETS, otherWorkbook, rosterRecords, run, sampleWorkbook } from "./fixture.ts";

const LISTED = new Set([
  "Tổ đại biểu HĐND thành phố",
  "Thường trực Đảng ủy",
  "Lãnh đạo UBND phường",
  "UBMTTQVN và các đoàn thể",
  "Cán bộ, công chức phường",
  "Công an, Quân sự phường",
]);

const count = (rows: Record<string, unknown>[], test: (r: Record<string, unknown>) => boolean) =>
  rows.filter(test).length;

describe("roster.refresh", () => {
  it("finds every place of the sample already held: nothing added, the counts the plan implies", async () => {
    const workbook = await sampleWorkbook();
    const before = rosterRecords(workbook).length;
    const { value } = run(workbook, (ctx) => refreshRoster(ctx));
    expect(value.added).toBe(0);
    expect(rosterRecords(workbook)).toHaveLength(before);
    const state = Object.fromEntries(value.categories.map((c) => [c.name, c]));
    expect(state["Bí thư Chi bộ, Trưởng ban CTMT KDC"]).toMatchObject({
      expected: 34,
      invited: 34,
      missing: 0,
    });
    expect(state["Tổ trưởng TDP"]).toMatchObject({ expected: 57, invited: 57, missing: 0, missingAreas: [] });
    expect(state["Đại diện Nhân dân"]).toMatchObject({ expected: 34, invited: 34, missing: 0 });
    expect(state["Thường trực Đảng ủy"]?.expected).toBeNull();
  });

  it("builds the places from Thành phần and Danh mục, then a second refresh writes nothing", async () => {
    const workbook = await sampleWorkbook((r) => LISTED.has(r["Thành phần"] ?? ""));
    const first = run(workbook, (ctx) => refreshRoster(ctx));
    expect(first.value.added).toBe(17 + 17 + 57 + 34);
    const rows = rosterRecords(workbook);
    expect(count(rows, (r) => r["Vai trò"] === "Bí thư Chi bộ")).toBe(17);
    expect(count(rows, (r) => r["Vai trò"] === "Trưởng ban CTMT")).toBe(17);
    expect(count(rows, (r) => r["Vai trò"] === "Tổ trưởng")).toBe(57);
    expect(count(rows, (r) => r["Thành phần"] === "Đại diện Nhân dân" && r["Họ và tên"] === "")).toBe(34);
    const people = first.value.categories.find((c) => c.name === "Đại diện Nhân dân");
    expect(people).toMatchObject({ expected: 34, invited: 0, missing: 34 });
    expect(people?.missingAreas).toHaveLength(17);
    // Each open place has its id, so the sidebar can fill it by id.
    expect(rows.every((r) => /^DB-\d{3}$/.test(String(r["Mã đại biểu"])))).toBe(true);

    const snapshot = JSON.stringify(rosterRecords(workbook));
    const second = run(workbook, (ctx) => refreshRoster(ctx));
    expect(second.value.added).toBe(0);
    expect(second.counter.of("Range.setValues")).toBe(0);
    expect(JSON.stringify(rosterRecords(workbook))).toBe(snapshot);
  });

  it("keeps every staff edit, sort and hand-typed row through a refresh", async () => {
    const workbook = await sampleWorkbook((r) => LISTED.has(r["Thành phần"] ?? ""));
    run(workbook, (ctx) => refreshRoster(ctx));
    const sheet = workbook.sheetByName(ROSTER_TAB.name);
    if (!sheet) throw new Error("no roster");
    const [header = [], ...rows] = sheet.values();
    const col = (name: string) => header.indexOf(name);
    // A clerk names a secretary (title rewritten, role cleared), fills a resident place, adds two
    // people by hand (no id), then sorts the tab by name.
    const edited = rows.map((r) => [...r]);
    const secretary = edited.find(
      (r) => r[col("Vai trò")] === "Bí thư Chi bộ" && r[col("KDC")] === "KDC số 4",
    );
    if (!secretary) throw new Error("no secretary place");
    secretary[col("Vai trò")] = "";
    secretary[col("Chức vụ")] = "Bí thư Chi bộ KDC số 4";
    secretary[col("Họ và tên")] = "Lê Thị Bích";
    const resident = edited.find(
      (r) => r[col("Thành phần")] === "Đại diện Nhân dân" && r[col("KDC")] === "KDC số 9",
    );
    if (!resident) throw new Error("no resident place");
    resident[col("Họ và tên")] = "Trần Văn Tâm";
    resident[col("Ghi chú")] = "Hội người cao tuổi";
    const typed = (name: string, kdc: string) =>
      header.map((h) =>
        h === "Họ và tên"
          ? name
          : h === "Thành phần"
            ? "Đại diện Nhân dân"
            : h === "KDC"
              ? kdc
              : h === "Có mặt"
                ? false
                : "",
      );
    edited.push(typed("Phan Thị Yến", "KDC số 15"), typed("Ngô Văn Hùng", "KDC số 15"));
    edited.sort((a, b) => String(a[col("Họ và tên")]).localeCompare(String(b[col("Họ và tên")])));
    run(workbook, (ctx) => {
      ctx.spreadsheet
        .getSheetByName(ROSTER_TAB.name)
        ?.getRange(2, 1, edited.length, header.length)
        .setValues(edited);
    });

    const outcome = run(workbook, (ctx) => refreshRoster(ctx));
    // The hand-typed rows took the two places of KDC 15; nothing was added.
    expect(outcome.value.added).toBe(0);
    const after = rosterRecords(workbook);
    expect(after).toHaveLength(edited.length);
    const byName = (name: string) => after.filter((r) => r["Họ và tên"] === name);
    expect(byName("Lê Thị Bích")).toHaveLength(1);
    expect(byName("Lê Thị Bích")[0]?.["Chức vụ"]).toBe("Bí thư Chi bộ KDC số 4");
    expect(byName("Trần Văn Tâm")[0]?.["Ghi chú"]).toBe("Hội người cao tuổi");
    expect(byName("Phan Thị Yến")[0]?.["Mã đại biểu"]).toMatch(/^DB-\d{3}$/);
    const people = outcome.value.categories.find((c) => c.name === "Đại diện Nhân dân");
    expect(people).toMatchObject({ expected: 34, invited: 3, missing: 31 });
    expect(people?.missingAreas).toContain("KDC số 9");
    expect(people?.missingAreas).not.toContain("KDC số 15");
    const secretaries = outcome.value.categories.find((c) => c.name === "Bí thư Chi bộ, Trưởng ban CTMT KDC");
    expect(secretaries?.missing).toBe(33);
  });
});

describe("another conference", () => {
  it("builds named hamlets' places, two roles per group, three residents per hamlet", () => {
    const workbook = otherWorkbook();
    const { value } = run(workbook, (ctx) => refreshRoster(ctx));
    expect(value.added).toBe(4 + 12 * 2 + 4 * 3);
    const rows = rosterRecords(workbook);
    expect(
      count(rows, (r) => r["Vai trò"] === "Tổ phó" && r.TDP === "Tổ 12" && r.KDC === "Thôn Trung Nghĩa"),
    ).toBe(1);
    expect(value.categories.map((c) => [c.name, c.expected, c.missing])).toEqual([
      ["Thường trực Đảng ủy xã", null, 0],
      ["Trưởng thôn", 4, 4],
      ["Tổ trưởng tự quản", 24, 24],
      ["Nhân dân", 12, 12],
    ]);
    expect(run(workbook, (ctx) => refreshRoster(ctx)).value.added).toBe(0);
  });

  it("fills a hamlet's open place with a resident, then adds a row once the places are taken", () => {
    const workbook = otherWorkbook();
    run(workbook, (ctx) => refreshRoster(ctx));
    const before = rosterRecords(workbook).length;
    const first = run(workbook, (ctx) => addResident(ctx, { residentId: "DC-000001" }));
    expect(first.value.filledSlot).toBe(true);
    expect(rosterRecords(workbook)).toHaveLength(before);
    const people = first.value.categories.find((c) => c.name === "Nhân dân");
    expect(people).toMatchObject({ invited: 1, missing: 11 });
    expect(people?.missingAreas).toEqual(HAMLETS);
    // Residents 1, 5, 9 live in Thôn Phú Sơn's groups (Tổ 1..3); the fourth goes beyond the places.
    for (const id of ["DC-000002", "DC-000003"])
      run(workbook, (ctx) => addResident(ctx, { residentId: id, kdc: "Thôn Phú Sơn" }));
    const state = run(workbook, (ctx) => rosterState(ctx)).value.categories.find(
      (c) => c.name === "Nhân dân",
    );
    expect(state?.missingAreas).toEqual(HAMLETS.slice(1));
    const extra = run(workbook, (ctx) => addResident(ctx, { residentId: "DC-000004", kdc: "thon phu son" }));
    expect(extra.value.filledSlot).toBe(false);
    expect(rosterRecords(workbook)).toHaveLength(before + 1);
    expect(() => run(workbook, (ctx) => addResident(ctx, { residentId: "DC-000004" }))).toThrow();
  });
});
