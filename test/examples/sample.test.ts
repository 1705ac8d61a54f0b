/**
 * The Thanh Khê Tây sample (issue 2, "The sample") against the schema and against itself: headers,
 * typed reads, the ward's 17 KDC and 57 TDP, the seed plan's 9 categories, text hygiene.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { matchArea } from "../../shared/catalogue/area-match.ts";
import { pad2 } from "../../shared/dates/civil.ts";
import {
  CATALOGUE_TAB,
  CATEGORIES_TAB,
  CATEGORY_PLACEHOLDERS,
  COUNT_METHODS,
  TABS,
} from "../../shared/schema/index.ts";
import { locateColumns } from "../../shared/workbook/header.ts";
import { textValue } from "../../shared/workbook/table.ts";
import { loadSampleTables, type Sample, TABLE_TABS } from "./sample-data.ts";

let sample: Sample;
beforeAll(async () => {
  sample = await loadSampleTables();
});

const read = (name: string) => {
  const r = sample.reads.get(name);
  if (!r) throw new Error(`no tab ${name}`);
  return r;
};

describe("manifest", () => {
  it("lists the six schema tabs in schema order, Hội nghị in hoi-nghi.tsv", () => {
    expect([...sample.manifest.tabs.keys()]).toEqual(TABS.map((t) => t.name));
    expect(sample.manifest.tabs.get("Hội nghị")).toBe("hoi-nghi.tsv");
    expect(sample.manifest.tabs.get("Đại biểu")).toBe("dai-bieu.tsv");
    expect(sample.manifest.name).toContain("Thanh Khê Tây");
  });
});

describe.each(TABLE_TABS.map((tab) => [tab.name, tab] as const))("tab %s", (name, tab) => {
  it("has the schema's headers, all of them, in schema order", () => {
    const header = sample.grids.get(name)?.[0] ?? [];
    expect(header).toEqual(tab.columns.map((c) => c.header));
    const layout = locateColumns(tab, header);
    expect(layout.missing).toEqual([]);
    expect(layout.extra).toEqual([]);
    expect(layout.problems).toEqual([]);
  });

  it("reads without problems, every required value present", () => {
    const { records, problems } = read(name);
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(0);
    for (const column of tab.columns.filter((c) => c.required))
      for (const record of records) expect(textValue(record, column.key), `row ${record.row}`).not.toBe("");
  });

  it("holds clean text: NFC, trimmed, no double spaces, nothing a sheet would take as a formula", () => {
    for (const [r, row] of (sample.grids.get(name) ?? []).entries())
      for (const cell of row) {
        const where = `${name} line ${r + 1}: “${cell}”`;
        expect(cell.normalize("NFC"), where).toBe(cell);
        expect(cell.trim(), where).toBe(cell);
        expect(cell, where).not.toMatch(/ {2}|\u00a0/);
        expect(cell, where).not.toMatch(/^[=+\-@]/);
      }
  });
});

describe("Danh mục", () => {
  it("has the ward's 17 KDC and 57 TDP, each TDP in a catalogue KDC, 3 or 4 per KDC", () => {
    const { kdcs, tdps } = sample.catalogue;
    expect(kdcs).toHaveLength(17);
    expect(tdps).toHaveLength(57);
    expect(new Set(tdps.map((t) => t.name)).size).toBe(57);
    for (const tdp of tdps) expect(matchArea(tdp.kdc, kdcs), tdp.name).toBe(tdp.kdc);
    for (const kdc of kdcs) expect([3, 4]).toContain(tdps.filter((t) => t.kdc === kdc).length);
    // Area names must not collide once folded ("Tổ 5" = "TDP 05").
    for (const tdp of tdps)
      expect(
        matchArea(
          tdp.name,
          tdps.map((t) => t.name),
        ),
      ).toBe(tdp.name);
  });

  it("lists fields, answerers and the two competent levels", () => {
    const { fields, answerers, levels } = sample.catalogue;
    expect(fields).toEqual(expect.arrayContaining(["Đất đai", "Xây dựng", "Môi trường", "An ninh trật tự"]));
    expect(answerers).toEqual(
      expect.arrayContaining(["Chủ tịch UBND phường", "Công an phường", "Công chức Địa chính - Xây dựng"]),
    );
    expect(levels).toEqual(["Phường", "Thành phố"]);
  });

  it("has no KDC cell without a TDP (each row pairs them)", () => {
    for (const record of read(CATALOGUE_TAB.name).records)
      if (textValue(record, "kdc") !== "") expect(textValue(record, "tdp")).not.toBe("");
  });
});

describe("Thành phần", () => {
  // The seed plan's section II.3, line for line (without "- " and the final ";" or ".").
  const SEED_LINES = [
    "Đại diện Tổ trưởng các Tổ đại biểu HĐND thành phố trên địa bàn quận",
    "Thường trực Đảng ủy phường",
    "Chủ tịch, các Phó Chủ tịch UBND phường",
    "Đại diện Ban Thường trực UBMTTQVN và các tổ chức chính trị - xã hội phường",
    "Cán bộ, công chức chuyên môn thuộc phường",
    "Đại diện BCH Công an, Quân sự phường",
    "Bí thư Chi bộ, Trưởng ban CTMT 17 khu dân cư",
    "Tổ trưởng 57 Tổ dân phố",
    "Nhân dân trên địa bàn phường (Mỗi Chi bộ KDC mời 02 người)",
  ];

  it("reproduces the seed's 9 lines once the placeholders are filled from Danh mục", () => {
    const { kdcs, tdps } = sample.catalogue;
    const lines = read(CATEGORIES_TAB.name).records.map((record) => {
      const perKdc = record.values.perKdc;
      return textValue(record, "wording")
        .replace(CATEGORY_PLACEHOLDERS.kdcCount, String(kdcs.length))
        .replace(CATEGORY_PLACEHOLDERS.tdpCount, String(tdps.length))
        .replace(CATEGORY_PLACEHOLDERS.perKdc, typeof perKdc === "number" ? pad2(perKdc) : "?");
    });
    expect(lines).toEqual(SEED_LINES);
  });

  it("counts per KDC, per TDP and residents per KDC as the plan does", () => {
    const records = read(CATEGORIES_TAB.name).records;
    expect(records.map((r) => textValue(r, "method"))).toEqual([
      ...Array(6).fill(COUNT_METHODS.listed),
      COUNT_METHODS.perKdc,
      COUNT_METHODS.perTdp,
      COUNT_METHODS.residentsPerKdc,
    ]);
    expect(records.map((r) => textValue(r, "roles"))).toEqual([
      ...Array(6).fill(""),
      "Bí thư Chi bộ; Trưởng ban CTMT",
      "Tổ trưởng",
      "",
    ]);
    expect(records.map((r) => r.values.perKdc)).toEqual([...Array(8).fill(null), 2]);
    expect(new Set(records.map((r) => textValue(r, "name"))).size).toBe(9);
  });
});
