/**
 * The sample's people and opinions against the categories, the catalogue and each other: the roster
 * has exactly what each category's counting method asks for, invited residents come from the
 * register, IDs and phones are well-formed digit text, opinions use the catalogue's lists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { matchArea } from "../../shared/catalogue/area-match.ts";
import { parseDateText } from "../../shared/dates/civil.ts";
import { COUNT_METHODS, OPINION_STATUSES } from "../../shared/schema/choices.ts";
import { CATEGORIES_TAB, OPINIONS_TAB, RESIDENTS_TAB, ROSTER_TAB } from "../../shared/schema/tabs.ts";
import { type TableRecord, textValue } from "../../shared/workbook/table.ts";
import { loadSampleTables, type Sample } from "./sample-data.ts";

let sample: Sample;
let roster: TableRecord[];
let register: TableRecord[];
let opinions: TableRecord[];
beforeAll(async () => {
  sample = await loadSampleTables();
  const records = (name: string) => sample.reads.get(name)?.records ?? [];
  roster = records(ROSTER_TAB.name);
  register = records(RESIDENTS_TAB.name);
  opinions = records(OPINIONS_TAB.name);
});

const text = textValue;
const isPhone = (v: string) => /^0\d{9}$/.test(v);

function category(method: string) {
  const record = sample.reads.get(CATEGORIES_TAB.name)?.records.find((r) => text(r, "method") === method);
  if (!record) throw new Error(`no category counted ${method}`);
  return record;
}
const inCategory = (name: string) => roster.filter((r) => text(r, "category") === name);

describe("Đại biểu (roster)", () => {
  it("names only categories of Thành phần, and has people in every one", () => {
    const names = (sample.reads.get(CATEGORIES_TAB.name)?.records ?? []).map((r) => text(r, "name"));
    for (const r of roster) expect(names, `row ${r.row}`).toContain(text(r, "category"));
    for (const name of names) expect(inCategory(name).length, name).toBeGreaterThan(0);
  });

  it("has the chairs and the secretary of the seed plan in their categories, present", () => {
    const find = (name: string) => roster.find((r) => text(r, "fullName") === name);
    expect(find("Lê Văn Cương")?.values).toMatchObject({ category: "Thường trực Đảng ủy", present: true });
    expect(find("Lê Thị Nhật Diệu")?.values).toMatchObject({
      category: "Lãnh đạo UBND phường",
      present: true,
    });
    expect(find("Trương Thanh Hải")?.values).toMatchObject({
      category: "Cán bộ, công chức phường",
      unit: "Văn phòng UBND phường",
      present: true,
    });
  });

  it("has each role of a per-KDC category once in every KDC (roles x KDC rows)", () => {
    const cat = category(COUNT_METHODS.perKdc);
    const roles = text(cat, "roles")
      .split(";")
      .map((r) => r.trim());
    const rows = inCategory(text(cat, "name"));
    const { kdcs } = sample.catalogue;
    expect(rows).toHaveLength(roles.length * kdcs.length);
    const pairs = new Set(rows.map((r) => `${text(r, "kdc")}|${text(r, "title")}`));
    for (const kdc of kdcs)
      for (const role of roles) expect(pairs, `${kdc} ${role}`).toContain(`${kdc}|${role}`);
  });

  it("has one Tổ trưởng per TDP, with the TDP's KDC", () => {
    const rows = inCategory(text(category(COUNT_METHODS.perTdp), "name"));
    const { tdps } = sample.catalogue;
    expect(rows).toHaveLength(tdps.length);
    for (const tdp of tdps) {
      const leaders = rows.filter((r) => text(r, "tdp") === tdp.name);
      expect(leaders, tdp.name).toHaveLength(1);
      expect(text(leaders[0] as TableRecord, "kdc")).toBe(tdp.kdc);
      expect(text(leaders[0] as TableRecord, "title")).toBe("Tổ trưởng");
    }
  });

  it("invites 2 residents per KDC, each an existing register row with the same name and area", () => {
    const cat = category(COUNT_METHODS.residentsPerKdc);
    const rows = inCategory(text(cat, "name"));
    const perKdc = cat.values.perKdc;
    expect(perKdc).toBe(2);
    const byId = new Map(register.map((r) => [text(r, "residentId"), r]));
    for (const kdc of sample.catalogue.kdcs)
      expect(rows.filter((r) => text(r, "kdc") === kdc)).toHaveLength(2);
    for (const r of rows) {
      const resident = byId.get(text(r, "residentId"));
      expect(resident, `row ${r.row}`).toBeDefined();
      if (!resident) continue;
      for (const key of ["fullName", "kdc", "tdp", "phone"]) expect(text(r, key)).toBe(text(resident, key));
      expect(text(r, "salutation")).toBe(text(resident, "gender") === "Nam" ? "Ông" : "Bà");
    }
    const ids = roster.map((r) => text(r, "residentId")).filter((id) => id !== "");
    expect(ids).toHaveLength(rows.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("fills KDC/TDP from the catalogue, consistently", () => {
    const { kdcs, tdps } = sample.catalogue;
    for (const r of roster) {
      const kdc = text(r, "kdc");
      const tdp = text(r, "tdp");
      if (kdc !== "") expect(matchArea(kdc, kdcs), `row ${r.row}`).toBe(kdc);
      if (tdp !== "") expect(tdps.find((t) => t.name === tdp)?.kdc, `row ${r.row}`).toBe(kdc);
    }
  });

  it("uses salutations that fit the names, and 10-digit phones", () => {
    for (const r of roster) {
      const name = text(r, "fullName");
      const salutation = text(r, "salutation");
      if (/ Thị /.test(name)) expect(salutation, name).not.toBe("Ông");
      if (/ Văn /.test(name)) expect(salutation, name).not.toBe("Bà");
      expect(isPhone(text(r, "phone")), `row ${r.row}`).toBe(true);
    }
    expect(new Set(roster.map((r) => text(r, "phone"))).size).toBe(roster.length);
  });

  it("checks in about 85% with an arrival time, sends most invitations", () => {
    const present = roster.filter((r) => r.values.present === true);
    expect(present.length / roster.length).toBeGreaterThan(0.8);
    expect(present.length / roster.length).toBeLessThan(0.9);
    for (const r of roster)
      expect(r.values.arrivedAt !== null, `row ${r.row}`).toBe(r.values.present === true);
    const invited = roster.filter((r) => r.values.invited === true).length;
    expect(invited).toBeGreaterThan(roster.length / 2);
    expect(invited).toBeLessThan(roster.length);
  });
});

describe("Dân cư (register)", () => {
  it("has about 600 residents with unique DC- ids, in every TDP of the catalogue", () => {
    expect(register.length).toBeGreaterThanOrEqual(550);
    expect(register.length).toBeLessThanOrEqual(650);
    const ids = register.map((r) => text(r, "residentId"));
    for (const id of ids) expect(id).toMatch(/^DC-\d{6}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const { tdps } = sample.catalogue;
    for (const tdp of tdps)
      expect(
        register.some((r) => text(r, "tdp") === tdp.name),
        tdp.name,
      ).toBe(true);
    for (const r of register) expect(tdps.find((t) => t.name === text(r, "tdp"))?.kdc).toBe(text(r, "kdc"));
  });

  it("holds ID numbers as 12-digit CCCD (048...) or 9-digit CMND or blank, unique", () => {
    const ids = register.map((r) => text(r, "idNumber"));
    for (const id of ids) expect(id).toMatch(/^(048\d{9}|\d{9}|)$/);
    const given = ids.filter((id) => id !== "");
    expect(new Set(given).size).toBe(given.length);
    expect(ids.filter((id) => id.length === 9).length).toBeGreaterThan(0);
    expect(ids.filter((id) => id === "").length).toBeGreaterThan(0);
    expect(ids.filter((id) => id.length === 12).length).toBeGreaterThan(register.length * 0.8);
  });

  it("has birth dates as dd/mm/yyyy or a bare year, genders, phones, addresses; no import batch", () => {
    let yearOnly = 0;
    for (const r of register) {
      const birth = text(r, "birthDate");
      if (/^\d{4}$/.test(birth)) yearOnly++;
      else {
        expect(birth, `row ${r.row}`).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseDateText(birth), `row ${r.row}`).not.toBeNull();
      }
      expect(["Nam", "Nữ"]).toContain(text(r, "gender"));
      const phone = text(r, "phone");
      if (phone !== "") expect(isPhone(phone), `row ${r.row}`).toBe(true);
      expect(text(r, "address")).not.toBe("");
      expect(text(r, "importBatch")).toBe("");
    }
    expect(yearOnly).toBeGreaterThan(0);
  });
});

describe("Ý kiến (opinions)", () => {
  it("has about 20 opinions YK-001... from both channels, 18 for the ward and 2 for the city", () => {
    expect(opinions.map((o) => text(o, "opinionId"))).toEqual(
      opinions.map((_, i) => `YK-${String(i + 1).padStart(3, "0")}`),
    );
    expect(opinions).toHaveLength(20);
    const count = (key: string, value: string) => opinions.filter((o) => text(o, key) === value).length;
    expect(count("channel", "Phiếu") + count("channel", "Trực tiếp")).toBe(20);
    expect(count("channel", "Trực tiếp")).toBeGreaterThan(0);
    expect(count("level", "Phường")).toBe(18);
    expect(count("level", "Thành phố")).toBe(2);
  });

  it("uses the catalogue's fields, levels and answerers", () => {
    const { fields, levels, answerers } = sample.catalogue;
    for (const o of opinions) {
      expect(fields, o.row.toString()).toContain(text(o, "field"));
      expect(levels).toContain(text(o, "level"));
      expect(answerers).toContain(text(o, "answerer"));
      expect(text(o, "answer")).not.toBe("");
    }
  });

  it("names askers who attended (same KDC/TDP), leaves anonymous askers blank", () => {
    expect(opinions.filter((o) => o.values.anonymous === true).length).toBeGreaterThan(0);
    for (const o of opinions) {
      const asker = text(o, "askerName");
      if (o.values.anonymous === true) {
        expect(asker, `row ${o.row}`).toBe("");
        continue;
      }
      const person = roster.find(
        (r) =>
          text(r, "fullName") === asker &&
          text(r, "kdc") === text(o, "kdc") &&
          (text(o, "tdp") === "" || text(r, "tdp") === text(o, "tdp")),
      );
      expect(person?.values.present, `row ${o.row}: ${asker}`).toBe(true);
    }
  });

  it("follows up what was not settled: unit and due date, or where it went and the reference", () => {
    const statuses = opinions.map((o) => text(o, "status"));
    expect(statuses.filter((s) => s === OPINION_STATUSES.answeredAtMeeting).length).toBeGreaterThan(10);
    for (const o of opinions) {
      const status = text(o, "status");
      if (status === OPINION_STATUSES.inProgress) {
        expect(text(o, "assignedUnit")).not.toBe("");
        expect(o.values.dueDate).not.toBeNull();
      }
      if (status === OPINION_STATUSES.forwarded) {
        expect(text(o, "forwardedTo")).not.toBe("");
        expect(text(o, "forwardRef")).not.toBe("");
        expect(text(o, "level")).toBe("Thành phố");
      }
    }
    expect(statuses.filter((s) => s === OPINION_STATUSES.inProgress).length).toBeGreaterThan(1);
    expect(statuses.filter((s) => s === OPINION_STATUSES.forwarded)).toHaveLength(1);
  });
});
