/**
 * Search-as-you-type: diacritics optional, words as prefixes in order, areas, phone digits, birth
 * year; best match first.
 */
import { describe, expect, it } from "vitest";
import { compactAreas } from "../../../shared/roster/refresh.ts";
import { birthYearOf, PeopleIndex } from "../../../shared/roster/search.ts";

const people = [
  { id: "1", name: "Nguyễn Văn Anh", tdp: "Tổ 12", kdc: "KDC số 4", phone: "0905123456", birthYear: 1961 },
  { id: "2", name: "Nguyễn Văn A", tdp: "Tổ 5", kdc: "KDC số 2", phone: "0912000777", birthYear: 1975 },
  { id: "3", name: "Trần Thị Lan", tdp: "Tổ 5", kdc: "KDC số 2", phone: "", birthYear: 1980 },
  { id: "4", name: "Ngô Văn Ánh", tdp: "Tổ 40", kdc: "KDC số 12", phone: "0388999456", birthYear: null },
  { id: "5", name: "Tô Thị Vân", tdp: "Tổ 1", kdc: "KDC số 1", phone: "0388111222", birthYear: 1990 },
];
const index = new PeopleIndex(people);
const ids = (query: string) => index.search(query).map((p) => p.id);

describe("PeopleIndex", () => {
  it("finds Nguyễn Văn A by 'nguyen van a' and 'ng v a', the exact name first", () => {
    expect(ids("nguyen van a")).toEqual(["2", "1"]);
    expect(ids("ng v a")[0]).toBe("2");
    expect(ids("ng v a")).toContain("4");
    expect(ids("Nguyễn Văn A")[0]).toBe("2");
  });

  it("finds by a later word alone, and not out of order", () => {
    expect(ids("lan")).toEqual(["3"]);
    expect(ids("van nguyen")).toEqual([]);
  });

  it("narrows by TDP, KDC, a bare number, phone digits and birth year", () => {
    expect(ids("tổ 5")).toEqual(["2", "3"]);
    expect(ids("to5 lan")).toEqual(["3"]);
    expect(ids("kdc 12")).toEqual(["4"]);
    expect(ids("nguyen 12")).toEqual(["1"]);
    expect(ids("456")).toEqual(["1", "4"]);
    expect(ids("1975")).toEqual(["2"]);
    // "tô" alone is a name, not an area.
    expect(ids("to thi")).toEqual(["5"]);
  });

  it("finds nothing for an empty query, and keeps the limit", () => {
    expect(ids("  ")).toEqual([]);
    expect(index.search("n", 1)).toHaveLength(1);
  });

  it("reads a birth year from a date or a year", () => {
    expect(birthYearOf("24/03/1946")).toBe(1946);
    expect(birthYearOf("1958")).toBe(1958);
    expect(birthYearOf("")).toBeNull();
  });
});

describe("compactAreas", () => {
  it("says numbered areas briefly and named ones as they are", () => {
    expect(compactAreas(["KDC số 4", "KDC số 9", "KDC số 15"])).toBe("KDC số 4, 9, 15");
    expect(compactAreas(["Thôn Phú Sơn", "Thôn Hòa Khê"])).toBe("Thôn Phú Sơn, Thôn Hòa Khê");
    expect(compactAreas(["Tổ 3"])).toBe("Tổ 3");
  });
});
