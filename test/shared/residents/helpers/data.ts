/**
 * Invented residents registers shaped like the exports ward offices receive: title rows, a header
 * with the usual Vietnamese names, STT and columns the import ignores (Dân tộc, Tôn giáo...),
 * addresses with commas (so quoted), dates day first. Deterministic for a seed.
 */
import {
  randomAddress,
  randomBirthDate,
  randomCccd,
  randomGender,
  randomName,
  randomPhone,
} from "../../../../local/examples/people.ts";
import { Random } from "../../../../local/examples/random.ts";

export const TEST_AREAS = {
  kdcs: ["KDC Hòa An", "KDC Phú Lộc", "KDC số 3"],
  tdps: [
    { name: "Tổ 1", kdc: "KDC Hòa An" },
    { name: "Tổ 2", kdc: "KDC Hòa An" },
    { name: "Tổ 5", kdc: "KDC Phú Lộc" },
    { name: "Tổ 6", kdc: "KDC Phú Lộc" },
    { name: "Tổ 12", kdc: "KDC số 3" },
  ],
};

export const TODAY = { year: 2025, month: 6, day: 15 };

export const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Số CCCD",
  "Số điện thoại",
  "Địa chỉ thường trú",
  "Tổ dân phố",
  "Khu dân cư",
  "Dân tộc",
  "Tôn giáo",
  "Quan hệ với chủ hộ",
  "Nghề nghiệp",
  "Ghi chú",
];

export interface Person {
  fullName: string;
  birthDate: string;
  gender: string;
  idNumber: string;
  phone: string;
  address: string;
  tdp: string;
  kdc: string;
}

const STREETS = ["Lê Duẩn", "Hà Huy Tập", "Trường Chinh", "Điện Biên Phủ", "Nguyễn Tri Phương"];

/**
 * People in households, as registers list them: one to five members sharing an address, a TDP and
 * (or not) a KDC, households grouped by TDP.
 */
export function makePeople(count: number, seed = 7): Person[] {
  const rng = new Random(seed);
  const phones = new Set<string>();
  const ids = new Set<string>();
  const households: Person[][] = [];
  let made = 0;
  while (made < count) {
    const size = Math.min(count - made, rng.int(1, 5));
    const tdp = rng.pick(TEST_AREAS.tdps);
    const address = `${randomAddress(rng, rng.pick(STREETS))}, phường Hòa Khê`;
    const kdc = rng.chance(0.5) ? tdp.kdc : "";
    const members: Person[] = [];
    for (let m = 0; m < size; m++) {
      const gender = randomGender(rng);
      const birth = randomBirthDate(rng, 2024, 18, 90, 0.1);
      let idNumber = randomCccd(rng, "048", gender, birth.year);
      while (ids.has(idNumber)) idNumber = randomCccd(rng, "048", gender, birth.year);
      ids.add(idNumber);
      members.push({
        fullName: randomName(rng, gender),
        birthDate: birth.text,
        gender,
        idNumber,
        phone: rng.chance(0.8) ? randomPhone(rng, phones) : "",
        address,
        tdp: tdp.name,
        kdc,
      });
    }
    households.push(members);
    made += size;
  }
  const order = (h: Person[]) => TEST_AREAS.tdps.findIndex((t) => t.name === h[0]?.tdp);
  return households.sort((a, b) => order(a) - order(b)).flat();
}

/** One table row in the file's column order (HEADER). */
export function personRow(person: Person, index: number): string[] {
  return [
    String(index + 1),
    person.fullName,
    person.birthDate,
    person.gender,
    person.idNumber,
    person.phone,
    person.address,
    person.tdp,
    person.kdc,
    "Kinh",
    "Không",
    index % 4 === 0 ? "Chủ hộ" : "Con",
    "Lao động tự do",
    "",
  ];
}

export function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvShape {
  delimiter?: string;
  newline?: string;
  titleRows?: string[];
}

/** A whole CSV text: title rows, a blank line, the header, the people. */
export function residentsCsv(people: readonly Person[], shape: CsvShape = {}): string {
  const delimiter = shape.delimiter ?? ",";
  const newline = shape.newline ?? "\r\n";
  const lines: string[] = [];
  for (const title of shape.titleRows ?? []) lines.push(csvField(title, delimiter));
  if ((shape.titleRows ?? []).length > 0) lines.push("");
  lines.push(HEADER.map((h) => csvField(h, delimiter)).join(delimiter));
  people.forEach((person, i) => {
    lines.push(
      personRow(person, i)
        .map((cell) => csvField(cell, delimiter))
        .join(delimiter),
    );
  });
  return lines.join(newline) + newline;
}
