/**
 * Invented Vietnamese people for sample workbooks: names (NFC, the old tone-mark placement offices
 * still use: Hòa, Thủy), birth dates, ID numbers shaped like the real ones, mobile numbers. Generic:
 * the ward-specific parts (province code, streets) come from the example's own config.
 */
import type { Random } from "./random.ts";

export type Gender = "Nam" | "Nữ";

const SURNAMES: readonly (readonly [string, number])[] = [
  ["Nguyễn", 30],
  ["Trần", 10],
  ["Lê", 9],
  ["Phạm", 5],
  ["Huỳnh", 6],
  ["Võ", 6],
  ["Phan", 5],
  ["Hồ", 4],
  ["Đặng", 3],
  ["Bùi", 3],
  ["Ngô", 3],
  ["Trương", 3],
  ["Đỗ", 2],
  ["Dương", 2],
  ["Đoàn", 2],
  ["Đinh", 2],
  ["Mai", 2],
  ["Lương", 1],
  ["Lý", 1],
  ["Tô", 1],
  ["Hà", 1],
  ["Châu", 1],
  ["Thái", 1],
  ["Cao", 1],
  ["Lâm", 1],
];

const MIDDLE: Record<Gender, readonly (readonly [string, number])[]> = {
  Nam: [
    ["Văn", 10],
    ["Đức", 2],
    ["Minh", 2],
    ["Quốc", 2],
    ["Hữu", 2],
    ["Công", 2],
    ["Thanh", 2],
    ["Ngọc", 1],
    ["Tấn", 2],
    ["Xuân", 1],
    ["Quang", 1],
    ["Đình", 1],
  ],
  Nữ: [
    ["Thị", 12],
    ["Ngọc", 2],
    ["Thu", 2],
    ["Thanh", 1],
    ["Kim", 1],
    ["Mỹ", 1],
    ["Bích", 1],
    ["Thùy", 1],
    ["Hoài", 1],
  ],
};

/** A second middle name, as in "Nguyễn Thị Thu Hà". */
const SECOND_MIDDLE: Record<Gender, readonly string[]> = {
  Nam: ["Minh", "Quốc", "Thanh", "Anh", "Hoàng"],
  Nữ: ["Thu", "Ngọc", "Kim", "Mỹ", "Thanh", "Bảo", "Diệu", "Phương"],
};

const GIVEN: Record<Gender, readonly string[]> = {
  Nam: [
    "Hùng",
    "Dũng",
    "Tuấn",
    "Minh",
    "Nam",
    "Long",
    "Phúc",
    "Thành",
    "Sơn",
    "Trung",
    "Hiếu",
    "Khoa",
    "Quân",
    "Vinh",
    "Tâm",
    "Đạt",
    "Lợi",
    "Tài",
    "Thắng",
    "Bảo",
    "Nhân",
    "Hòa",
    "Tú",
    "Phước",
    "Thịnh",
    "Toàn",
    "Huy",
    "Trí",
    "Khánh",
    "Hưng",
    "Đông",
    "Tín",
    "Lâm",
    "Quang",
    "Nghĩa",
    "Thuận",
    "Bình",
    "An",
    "Hoàng",
    "Kiên",
  ],
  Nữ: [
    "Lan",
    "Hoa",
    "Hương",
    "Mai",
    "Thảo",
    "Trang",
    "Hạnh",
    "Nga",
    "Hằng",
    "Linh",
    "Nhung",
    "Phương",
    "Thủy",
    "Yến",
    "Vân",
    "Hiền",
    "Loan",
    "Oanh",
    "Ngân",
    "Trâm",
    "Tuyết",
    "Liên",
    "Nhi",
    "Quyên",
    "Hà",
    "Dung",
    "Huệ",
    "Thu",
    "Lý",
    "Ánh",
    "Châu",
    "Hồng",
    "Xuân",
    "Cúc",
    "Hậu",
    "Vy",
  ],
};

export function randomGender(rng: Random): Gender {
  return rng.chance(0.52) ? "Nữ" : "Nam";
}

/** A full name for the gender; never one of `avoid` (real names the sample already uses). */
export function randomName(rng: Random, gender: Gender, avoid: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const parts = [rng.weighted(SURNAMES), rng.weighted(MIDDLE[gender])];
    // "Nguyễn Thị Thu Hà" is common, two middle names for men much less, "Văn Quốc Tuấn" rare.
    const second =
      gender === "Nữ" ? parts[1] === "Thị" && rng.chance(0.25) : parts[1] !== "Văn" && rng.chance(0.08);
    if (second) parts.push(rng.pick(SECOND_MIDDLE[gender]));
    const given = rng.pick(GIVEN[gender]);
    if (new Set([...parts, given]).size !== parts.length + 1) continue;
    const name = [...parts, given].join(" ").normalize("NFC");
    if (!avoid.has(name)) return name;
  }
}

export interface BirthDate {
  year: number;
  /** dd/mm/yyyy, or the year alone as some registers hold it. */
  text: string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** An adult's birth date in `referenceYear`, ages `minAge`..`maxAge`, weighted to middle age. */
export function randomBirthDate(
  rng: Random,
  referenceYear: number,
  minAge: number,
  maxAge: number,
  yearOnlyShare: number,
): BirthDate {
  const age = minAge + Math.floor(((rng.next() + rng.next()) / 2) * (maxAge - minAge + 1));
  const year = referenceYear - age;
  if (rng.chance(yearOnlyShare)) return { year, text: String(year) };
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return { year, text: `${pad2(day)}/${pad2(month)}/${year}` };
}

/**
 * A 12-digit CCCD shaped like the real number: province code (3), century-and-gender digit
 * (0/1 for men/women born in the 1900s, 2/3 in the 2000s), last two digits of the birth year, 6 more.
 */
export function randomCccd(rng: Random, provinceCode: string, gender: Gender, birthYear: number): string {
  const century = (birthYear >= 2000 ? 2 : 0) + (gender === "Nữ" ? 1 : 0);
  return `${provinceCode}${century}${String(birthYear % 100).padStart(2, "0")}${rng.digits(6)}`;
}

/** An old 9-digit CMND with the province's prefix. */
export function randomCmnd(rng: Random, prefix: string): string {
  return `${prefix}${rng.digits(9 - prefix.length)}`;
}

/** Vietnamese mobile prefixes (Viettel, Vinaphone, Mobifone, Vietnamobile) since 2018. */
const MOBILE_PREFIXES = [
  "086",
  "096",
  "097",
  "098",
  "032",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "039",
  "091",
  "094",
  "081",
  "082",
  "083",
  "084",
  "085",
  "088",
  "090",
  "093",
  "070",
  "076",
  "077",
  "078",
  "079",
  "089",
  "092",
  "056",
  "058",
] as const;

/** A 10-digit mobile number as text, unique among `used` (which it extends). */
export function randomPhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = `${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

/** A house address on one of the area's streets: "118 X", "K25/7 X", "K25/7/3 X" (kiệt = lane). */
export function randomAddress(rng: Random, street: string): string {
  const lane = rng.int(2, 160);
  const roll = rng.next();
  if (roll < 0.35) return `${rng.int(1, 420)} ${street}`;
  if (roll < 0.85) return `K${lane}/${rng.int(1, 40)} ${street}`;
  return `K${lane}/${rng.int(1, 30)}/${rng.int(1, 15)} ${street}`;
}
