import { describe, expect, it } from "vitest";
import { areaKey, matchArea } from "../../shared/catalogue/area-match.ts";
import { readCatalogue } from "../../shared/catalogue/catalogue.ts";
import { CATEGORIES_TAB, OPINIONS_TAB, ROSTER_TAB, TABS } from "../../shared/schema/tabs.ts";
import { columnLetter, locateColumns } from "../../shared/workbook/header.ts";
import { planIsEmpty, planSetup } from "../../shared/workbook/setup-plan.ts";
import { findTabName } from "../../shared/workbook/snapshot.ts";
import { readTable } from "../../shared/workbook/table.ts";

describe("locating columns by header", () => {
  it("finds columns by folded header or alias, whatever their position, and keeps extras", () => {
    const layout = locateColumns(ROSTER_TAB, ["Ghi chú riêng", "HỌ TÊN", "thanh phan", "  Có  mặt "]);
    expect(layout.indexByKey.get("fullName")).toBe(1);
    expect(layout.indexByKey.get("category")).toBe(2);
    expect(layout.indexByKey.get("present")).toBe(3);
    expect(layout.extra).toEqual([{ index: 0, header: "Ghi chú riêng" }]);
    expect(layout.missing.map((c) => c.header)).toContain("Chức vụ");
    expect(layout.width).toBe(4);
  });

  it("reports a column given twice, naming both letters", () => {
    const layout = locateColumns(ROSTER_TAB, ["Họ và tên", "Chức vụ", "Họ tên"]);
    expect(layout.problems).toEqual([
      {
        key: "workbook.duplicateColumn",
        params: { tab: "Đại biểu", column: "Họ và tên", first: "A", second: "C" },
      },
    ]);
    expect(columnLetter(27)).toBe("AB");
  });

  it("finds tabs tolerant of case and diacritics", () => {
    expect(findTabName(["Dan cu", "Y KIEN"], "Ý kiến")).toBe("Y KIEN");
    expect(findTabName(["Dân cư"], "Danh mục")).toBeUndefined();
  });
});

describe("reading a table tab", () => {
  it("types cells by column and names the row and column of bad values", () => {
    const grid = [
      ["Mã ý kiến", "Hình thức", "Nội dung", "Ẩn danh", "Hạn xử lý"],
      ["YK-001", "phiếu", "Đường hẻm ngập nước", true, new Date(2022, 6, 5)],
      ["", "", "", false, ""],
      ["YK-002", "Gọi điện", "Xin cấp sổ", "x", "31/02/2022"],
    ];
    const read = readTable(OPINIONS_TAB, grid);
    expect(read.records).toHaveLength(2);
    expect(read.records[0]?.values.channel).toBe("Phiếu");
    expect(read.records[0]?.values.dueDate).toEqual({ year: 2022, month: 7, day: 5 });
    expect(read.records[1]?.row).toBe(4);
    expect(read.records[1]?.values.anonymous).toBe(true);
    expect(read.problems.map((p) => [p.key, p.params?.row, p.params?.column])).toEqual([
      ["workbook.badChoice", 4, "Hình thức"],
      ["workbook.badDate", 4, "Hạn xử lý"],
    ]);
  });

  it("names required columns that are missing", () => {
    const read = readTable(CATEGORIES_TAB, [["Thành phần"]], ["method"]);
    expect(read.problems).toEqual([
      { key: "workbook.missingColumn", params: { tab: "Thành phần", column: "Cách tính" } },
    ]);
  });
});

describe("the ward's catalogue", () => {
  const grid = [
    ["Khu dân cư", "Tổ dân phố", "Lĩnh vực", "Người trả lời", "Cấp thẩm quyền"],
    ["KDC số 1", "Tổ 1", "Đất đai", "Chủ tịch UBND", "Phường"],
    ["KDC số 1", "Tổ 2", "Môi trường", "", "Thành phố"],
    ["KDC số 2", "Tổ 3", "", "", ""],
  ];

  it("reads independent lists and which TDP belongs to which KDC", () => {
    const { catalogue } = readCatalogue(grid);
    expect(catalogue.kdcs).toEqual(["KDC số 1", "KDC số 2"]);
    expect(catalogue.tdps).toEqual([
      { name: "Tổ 1", kdc: "KDC số 1" },
      { name: "Tổ 2", kdc: "KDC số 1" },
      { name: "Tổ 3", kdc: "KDC số 2" },
    ]);
    expect(catalogue.levels).toEqual(["Phường", "Thành phố"]);
  });

  it("matches the many spellings of one area", () => {
    const tdps = ["Tổ 1", "Tổ 2", "Tổ 12"];
    for (const s of ["Tổ 2", "TDP 02", "tổ dân phố số 2", "2"]) expect(matchArea(s, tdps)).toBe("Tổ 2");
    expect(matchArea("Tổ 21", tdps)).toBeNull();
    expect(areaKey("Khu dân cư Hòa An")).toBe("hoa an");
    // A commune's villages and hamlets: "Phú Sơn" is "Thôn Phú Sơn".
    expect(matchArea("Phú Sơn", ["Thôn Phú Sơn", "Thôn Phú Mỹ"])).toBe("Thôn Phú Sơn");
    expect(matchArea("xóm 3", ["Xóm 3", "Xóm 13"])).toBe("Xóm 3");
  });
});

describe("set-up plan", () => {
  it("creates every tab of an empty workbook", () => {
    const plan = planSetup([]);
    expect(plan.filter((t) => t.create)).toHaveLength(TABS.length);
    // Lists that dropdowns point at are set up first.
    expect(plan[0]?.spec.key).toBe("catalogue");
  });

  it("appends only missing columns after the last header, keeping staff's own columns", () => {
    const plan = planSetup([{ name: "ĐẠI BIỂU", header: ["Họ và tên", "Cột riêng", "Thành phần"] }]);
    const roster = plan.find((t) => t.spec.key === "roster");
    expect(roster?.create).toBe(false);
    expect(roster?.sheetName).toBe("ĐẠI BIỂU");
    expect(roster?.widthBefore).toBe(3);
    expect(roster?.appended.map((c) => c.header)).not.toContain("Họ và tên");
    expect(roster?.columnIndex.get("fullName")).toBe(0);
    expect(roster?.columnIndex.get("rosterId")).toBe(3);
    expect(roster?.columnIndex.get("salutation")).toBe(4);
  });

  it("finds nothing to do once every header is there", () => {
    const existing = TABS.map((tab) => ({ name: tab.name, header: tab.columns.map((c) => c.header) }));
    expect(planIsEmpty(planSetup(existing))).toBe(true);
  });
});
