/**
 * Builds a sample's residents register (`Dân cư`) and invitee roster (`Đại biểu`) from its
 * categories, its catalogue of KDC/TDP and its people.json, deterministically. Rows come out as
 * text exactly as staff would type them, in the schema's column order.
 */
import type { Catalogue } from "../../shared/catalogue/catalogue.ts";
import { COUNT_METHODS, type CountMethod } from "../../shared/schema/choices.ts";
import { CATEGORIES_TAB, RESIDENTS_TAB, ROSTER_TAB } from "../../shared/schema/tabs.ts";
import type { TableTabSpec } from "../../shared/schema/types.ts";
import { formatId } from "../../shared/table/ids.ts";
import { foldKey } from "../../shared/text/fold.ts";
import type { Grid } from "../../shared/workbook/cells.ts";
import { readTable, textValue } from "../../shared/workbook/table.ts";
import {
  type Gender,
  randomAddress,
  randomBirthDate,
  randomCccd,
  randomCmnd,
  randomGender,
  randomName,
  randomPhone,
} from "./people.ts";
import type { Random } from "./random.ts";
import type { SamplePeopleConfig } from "./sample-people-config.ts";

export interface ResidentRow {
  residentId: string;
  fullName: string;
  birthDate: string;
  birthYear: number;
  gender: Gender;
  idNumber: string;
  phone: string;
  address: string;
  tdp: string;
  kdc: string;
}

type RosterRow = Record<string, string>;

/** Rows as text in the tab's column order, header first. */
export function toRows(tab: TableTabSpec, records: readonly Record<string, string>[]): string[][] {
  return [tab.columns.map((c) => c.header), ...records.map((r) => tab.columns.map((c) => r[c.key] ?? ""))];
}

/** Splits `total` over `n` parts with some spread, summing exactly to `total`. */
function spread(rng: Random, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.7 + 0.6 * rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function buildRegister(
  config: SamplePeopleConfig,
  catalogue: Catalogue,
  rng: Random,
  phones: Set<string>,
  avoid: ReadonlySet<string>,
): ResidentRow[] {
  const counts = spread(rng, config.residents, catalogue.tdps.length);
  const ids = new Set<string>();
  const rows: ResidentRow[] = [];
  const streets = config.streets;
  catalogue.tdps.forEach((tdp, index) => {
    // Neighbouring TDP share streets, as they do on the ground.
    const own = [
      streets[Math.floor(index / 3) % streets.length],
      streets[(Math.floor(index / 3) + 1) % streets.length],
    ];
    for (let i = 0; i < (counts[index] ?? 0); i++) {
      const gender = randomGender(rng);
      const birth = randomBirthDate(rng, config.referenceYear, 18, 92, config.register.yearOnlyShare);
      let idNumber = "";
      const roll = rng.next();
      const { cmndShare, noIdShare } = config.register;
      for (;;) {
        if (roll < noIdShare) break;
        idNumber =
          roll < noIdShare + cmndShare
            ? randomCmnd(rng, config.cmndPrefix)
            : randomCccd(rng, config.cccdProvinceCode, gender, birth.year);
        if (!ids.has(idNumber)) break;
      }
      if (idNumber !== "") ids.add(idNumber);
      rows.push({
        residentId: `DC-${String(rows.length + 1).padStart(6, "0")}`,
        fullName: randomName(rng, gender, avoid),
        birthDate: birth.text,
        birthYear: birth.year,
        gender,
        idNumber,
        phone: rng.chance(config.register.noPhoneShare) ? "" : randomPhone(rng, phones),
        address: randomAddress(rng, rng.pick(own.filter((s): s is string => s !== undefined))),
        tdp: tdp.name,
        kdc: tdp.kdc,
      });
    }
  });
  return rows;
}

export function registerRows(rows: readonly ResidentRow[]): string[][] {
  return toRows(
    RESIDENTS_TAB,
    rows.map((r) => ({ ...r, birthYear: String(r.birthYear), importBatch: "" })),
  );
}

function methodKey(text: string): CountMethod {
  const found = (Object.keys(COUNT_METHODS) as CountMethod[]).find((k) => COUNT_METHODS[k] === text);
  if (!found) throw new Error(`Unknown counting method “${text}”`);
  return found;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function buildRoster(
  config: SamplePeopleConfig,
  categoriesGrid: Grid,
  catalogue: Catalogue,
  register: readonly ResidentRow[],
  rng: Random,
  phones: Set<string>,
  avoid: ReadonlySet<string>,
): RosterRow[] {
  const { records, problems } = readTable(CATEGORIES_TAB, categoriesGrid);
  if (problems.length > 0) throw new Error(`Thành phần: ${JSON.stringify(problems)}`);
  const known = new Set(records.map((r) => foldKey(textValue(r, "name"))));
  for (const person of config.listed)
    if (!known.has(foldKey(person.category)))
      throw new Error(`people.json: ${person.fullName}'s category “${person.category}” is not in Thành phần`);

  const rows: RosterRow[] = [];
  const forced = new Set<RosterRow>();
  const listed = new Set<RosterRow>();
  const person = (category: string, role: string, extra: RosterRow): RosterRow => {
    const gender = randomGender(rng);
    return {
      salutation: config.roleSalutation[role] ?? (gender === "Nam" ? "Ông" : "Bà"),
      fullName: randomName(rng, gender, avoid),
      title: role,
      role,
      category,
      phone: randomPhone(rng, phones),
      ...extra,
    };
  };
  for (const record of records) {
    const category = textValue(record, "name");
    const roles = textValue(record, "roles")
      .split(";")
      .map((r) => r.trim())
      .filter((r) => r !== "");
    switch (methodKey(textValue(record, "method"))) {
      case "listed":
        for (const p of config.listed.filter((l) => foldKey(l.category) === foldKey(category))) {
          const { present, noInvitation, ...fields } = p;
          const row: RosterRow = { ...fields, category, phone: randomPhone(rng, phones) };
          if (noInvitation) row.noInvitation = "TRUE";
          rows.push(row);
          listed.add(row);
          if (present) forced.add(row);
        }
        break;
      case "perKdc":
        for (const kdc of catalogue.kdcs)
          for (const role of roles) rows.push(person(category, role, { kdc }));
        break;
      case "perTdp":
        for (const tdp of catalogue.tdps)
          for (const role of roles) rows.push(person(category, role, { kdc: tdp.kdc, tdp: tdp.name }));
        break;
      case "residentsPerKdc": {
        const perKdc = record.values.perKdc;
        if (typeof perKdc !== "number") throw new Error(`Thành phần “${category}”: no Số người mỗi KDC`);
        for (const kdc of catalogue.kdcs) {
          const age = (r: ResidentRow) => config.referenceYear - r.birthYear;
          const candidates = register.filter(
            (r) => r.kdc === kdc && r.phone !== "" && age(r) >= 25 && age(r) <= 75,
          );
          const chosen = rng.shuffle(candidates).slice(0, perKdc);
          if (chosen.length < perKdc) throw new Error(`Too few residents to invite in ${kdc}`);
          for (const r of chosen)
            rows.push({
              salutation: r.gender === "Nam" ? "Ông" : "Bà",
              fullName: r.fullName,
              category,
              kdc: r.kdc,
              tdp: r.tdp,
              phone: r.phone,
              residentId: r.residentId,
            });
        }
        break;
      }
    }
  }
  markAttendance(config, rows, forced, listed, rng);
  return rows;
}

/** Exactly the configured shares present and invited; absentees are the ones left uninvited. */
function markAttendance(
  config: SamplePeopleConfig,
  rows: RosterRow[],
  forced: ReadonlySet<RosterRow>,
  listed: ReadonlySet<RosterRow>,
  rng: Random,
): void {
  const presentCount = Math.round(config.presentShare * rows.length);
  const others = rng.shuffle(rows.filter((r) => !forced.has(r)));
  const present = new Set([...forced, ...others.slice(0, Math.max(0, presentCount - forced.size))]);
  const absent = rng.shuffle(rows.filter((r) => !present.has(r) && !listed.has(r)));
  const uninvited = new Set(absent.slice(0, Math.round((1 - config.invitedShare) * rows.length)));
  const from = minutes(config.arrival.from);
  const to = minutes(config.arrival.to);
  for (const row of rows) {
    // Whoever gets no invitation (the chairs, the signer) is not among those sent one.
    row.invited = uninvited.has(row) || row.noInvitation === "TRUE" ? "FALSE" : "TRUE";
    row.invitationMethod = row.invited === "TRUE" ? (row.residentId ? "Điện thoại" : "Giấy mời") : "";
    row.present = present.has(row) ? "TRUE" : "FALSE";
    row.arrivedAt = present.has(row) ? hhmm(rng.int(from, to)) : "";
  }
}

export function rosterRows(rows: readonly RosterRow[]): string[][] {
  return toRows(
    ROSTER_TAB,
    rows.map((row, i) => ({ rosterId: formatId(ROSTER_TAB.id, i + 1), ...row })),
  );
}
