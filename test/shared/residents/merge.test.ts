/**
 * Repeats inside a file, and the merge plan against the register: unchanged, updated (a blank never
 * erases), added with new `Mã dân cư`; the same rows twice plan nothing. And the undo plan.
 */
import { describe, expect, it } from "vitest";
import {
  type PackedRow,
  planMerge,
  planUndo,
  previewDelimited,
  type ResidentValues,
} from "../../../shared/residents/index.ts";
import { RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { locateColumns } from "../../../shared/workbook/header.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

const HEADER = RESIDENTS_TAB.columns.map((c) => c.header);
const columns = locateColumns(RESIDENTS_TAB, HEADER).indexByKey;

function person(overrides: Partial<ResidentValues>): ResidentValues {
  return {
    fullName: "Nguyễn Văn A",
    birthDate: "05/06/1980",
    gender: "Nam",
    idNumber: "048080000001",
    phone: "0905123456",
    address: "12 Lê Lợi",
    tdp: "Tổ 5",
    kdc: "KDC Phú Lộc",
    ...overrides,
  };
}

function registerRow(id: string, v: ResidentValues, batch = ""): string[] {
  return [id, v.fullName, v.birthDate, v.gender, v.idNumber, v.phone, v.address, v.tdp, v.kdc, batch];
}

const packed = (values: ResidentValues[]): PackedRow[] => values.map((v, i) => ({ row: i + 2, values: v }));

describe("repeats inside a file", () => {
  it("keys by ID number, else folded name + birth date + TDP; counts repeats and keeps the first", () => {
    const text = [
      "Họ và tên,Ngày sinh,Số CCCD,Tổ",
      "Nguyễn Văn A,05/06/1980,048080000001,5",
      "NGUYEN VAN B,1975,,6",
      "Nguyễn Văn A (bản 2),1980,048080000001,5",
      "nguyễn văn b,1975,,Tổ 6",
      "Nguyễn Văn B,1976,,6",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.duplicates).toBe(2);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 6]);
    expect(
      preview.warnings
        .filter((w) => w.message.key === "import.duplicateRow")
        .map((w) => [w.row, w.message.params?.first]),
    ).toEqual([
      [4, 2],
      [5, 3],
    ]);
  });
});

describe("merge plan", () => {
  const existing = person({});
  const grid: Grid = [HEADER, registerRow("DC-000007", existing, "old")];

  it("adds new residents with the next Mã dân cư", () => {
    const plan = planMerge(
      grid,
      columns,
      packed([person({ idNumber: "048080000002", fullName: "Trần B" })]),
      "B1",
      TODAY,
    );
    expect(plan.added).toEqual([expect.objectContaining({ residentId: "DC-000008" })]);
    expect(plan.updated).toEqual([]);
  });

  it("holds back a known ID with another name or birth date as a conflict, unless accepted", () => {
    const other = person({ fullName: "Lê Thị Hoa", birthDate: "01/01/1990", phone: "0911111111" });
    const plan = planMerge(grid, columns, packed([other]), "B1", TODAY);
    expect(plan.updated).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        residentId: "DC-000007",
        existing: { fullName: "Nguyễn Văn A", birthDate: "05/06/1980" },
        incoming: { fullName: "Lê Thị Hoa", birthDate: "01/01/1990" },
        applied: false,
      }),
    ]);
    const accepted = planMerge(grid, columns, packed([other]), "B1", TODAY, true);
    expect(accepted.conflicts[0]?.applied).toBe(true);
    expect(accepted.updated[0]?.changes.map((c) => c.key)).toContain("fullName");
  });

  it("is no conflict when only case, accents or a bare year differ", () => {
    const same = person({ fullName: "NGUYEN VAN A", birthDate: "1980", phone: "0911111111" });
    const plan = planMerge(grid, columns, packed([same]), "B1", TODAY);
    expect(plan.conflicts).toEqual([]);
    expect(plan.updated).toHaveLength(1);
  });

  it("leaves identical rows unchanged: the same rows twice plan nothing", () => {
    const plan = planMerge(grid, columns, packed([existing]), "B1", TODAY);
    expect(plan).toEqual({ conflicts: [], added: [], updated: [], unchanged: 1, repeats: 0 });
  });

  it("updates what differs, and a blank never erases", () => {
    const incoming = person({ phone: "0912000111", address: "", gender: "" });
    const plan = planMerge(grid, columns, packed([incoming]), "B1", TODAY);
    expect(plan.updated).toHaveLength(1);
    expect(plan.updated[0]?.changes.map((c) => [c.key, c.old, c.value])).toEqual([
      ["phone", "0905123456", "0912000111"],
      ["importBatch", "old", "B1"],
    ]);
  });

  it("matches a register row typed without ID by name, birth date and TDP, filling the ID in", () => {
    const noId = person({ idNumber: "", fullName: "NGUYỄN  VĂN A" });
    const typed: Grid = [HEADER, registerRow("", noId)];
    const plan = planMerge(typed, columns, packed([person({})]), "B1", TODAY);
    expect(plan.added).toEqual([]);
    const keys = plan.updated[0]?.changes.map((c) => c.key);
    expect(keys).toEqual(["fullName", "idNumber", "residentId", "importBatch"]);
  });

  it("reads register cells the sheet coerced (a number ID, a Date birth date) for what they mean", () => {
    const coerced: Grid = [
      HEADER,
      [
        "DC-000001",
        "Nguyễn Văn A",
        new Date(1980, 5, 5),
        "Nam",
        48080000001,
        905123456,
        "12 Lê Lợi",
        "Tổ 5",
        "KDC Phú Lộc",
        "",
      ],
    ];
    const plan = planMerge(coerced, columns, packed([existing]), "B1", TODAY);
    expect(plan.added).toEqual([]);
    // The number lost its zeros: it is written back as text.
    expect(plan.updated[0]?.changes.map((c) => c.key)).toEqual(["idNumber", "phone", "importBatch"]);
  });
});

describe("undo plan", () => {
  it("deletes the batch's additions and restores its updates unless edited since", () => {
    const grid: Grid = [
      HEADER,
      registerRow("DC-000001", person({ phone: "0912000111" }), "B1"),
      registerRow("DC-000002", person({ idNumber: "048080000002" }), "B0"),
      registerRow("DC-000003", person({ idNumber: "048080000003" }), "B1"),
    ];
    const plan = planUndo(grid, columns, "B1", {
      added: ["DC-000003", "DC-000099"],
      updated: [
        {
          residentId: "DC-000001",
          changes: {
            phone: ["0905123456", "0912000111"],
            importBatch: ["B0", "B1"],
            address: ["x", "edited since"],
          },
        },
      ],
    });
    expect(plan.deleteIndexes).toEqual([3]);
    expect(plan.missing).toBe(1);
    expect(plan.kept).toBe(1);
    expect(plan.restores).toEqual([
      { gridIndex: 1, column: 5, value: "0905123456" },
      { gridIndex: 1, column: 9, value: "B0" },
    ]);
  });
});
