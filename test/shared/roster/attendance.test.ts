import { describe, expect, it } from "vitest";
import { countAttendance } from "../../../shared/roster/attendance.ts";
import {
  categoryWording,
  countText,
  expectedCount,
  fillAreaPlaceholders,
  readCategories,
} from "../../../shared/roster/categories.ts";
import { readRoster } from "../../../shared/roster/roster.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";

const CATEGORIES: Grid = [
  ["Thành phần", "Cách ghi trong kế hoạch", "Cách tính", "Vai trò", "Số người mỗi KDC"],
  ["Lãnh đạo", "", "Theo danh sách", "", ""],
  ["Bí thư, Trưởng ban", "Bí thư, Trưởng ban {số KDC} khu", "mỗi kdc", "Bí thư; Trưởng ban", ""],
  ["Tổ trưởng", "Tổ trưởng {Số TDP} tổ", "Mỗi TDP", "", ""],
  ["Dân", "Nhân dân ({so nguoi} người mỗi khu)", "Dân cư mỗi KDC", "", "2"],
];

describe("categories", () => {
  const { categories, problems } = readCategories(CATEGORIES);
  const areas = { kdc: 8, tdp: 31 };

  it("reads methods (folded), roles and numbers", () => {
    expect(problems).toEqual([]);
    expect(categories.map((c) => c.method)).toEqual(["listed", "perKdc", "perTdp", "residentsPerKdc"]);
    expect(categories[1]?.roles).toEqual(["Bí thư", "Trưởng ban"]);
    expect(categories[3]?.perKdc).toBe(2);
  });

  it("expects a role per KDC, one per TDP, N residents per KDC", () => {
    expect(categories.map((c) => expectedCount(c, areas))).toEqual([null, 16, 31, 16]);
  });

  it("fills placeholders whatever their case or accents, padding counts under 10", () => {
    expect(categories.map((c) => categoryWording(c, areas))).toEqual([
      "Lãnh đạo",
      "Bí thư, Trưởng ban 08 khu",
      "Tổ trưởng 31 tổ",
      "Nhân dân (02 người mỗi khu)",
    ]);
    expect(fillAreaPlaceholders("{số người} / {khác}", areas)).toBe("{số người} / {khác}");
    expect(countText(0)).toBe("00");
    expect(countText(10)).toBe("10");
  });
});

describe("attendance", () => {
  const roster: Grid = [
    ["Họ và tên", "Thành phần", "Có mặt", "Giờ đến", "Đã gửi giấy mời"],
    ["A", "lãnh đạo", "TRUE", "07:45", "TRUE"],
    ["B", "Lãnh đạo", "", "", "x"],
    ["C", "Tổ trưởng", "có", "08:01", ""],
    ["D", "Khách mời", "TRUE", "", ""],
  ];

  it("reads check-in and counts present / invited by category, unknown categories after", () => {
    const { invitees, problems } = readRoster(roster);
    expect(problems).toEqual([]);
    expect(invitees[0]?.arrivedAt).toEqual({ hour: 7, minute: 45 });
    expect(invitees[1]?.invitationSent).toBe(true);
    const { categories } = readCategories(CATEGORIES);
    const attendance = countAttendance(categories, invitees, { kdc: 2, tdp: 3 });
    expect(attendance.groups.map((g) => [g.name, g.present, g.invited, g.expected])).toEqual([
      ["Lãnh đạo", 1, 2, null],
      ["Bí thư, Trưởng ban", 0, 0, 4],
      ["Tổ trưởng", 1, 1, 3],
      ["Dân", 0, 0, 4],
      ["Khách mời", 1, 1, null],
    ]);
    expect([attendance.present, attendance.invited]).toEqual([3, 4]);
  });
});
