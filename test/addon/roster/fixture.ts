/**
 * Workbooks for the roster's tests on the emulation: the sample (from its TSV files) and a second
 * conference written here (a commune: named hamlets instead of numbered KDC, other categories,
 * three residents per hamlet), each run through handlers as one execution per call.
 */
import path from "node:path";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { loadExample } from "../../../local/examples/tsv.ts";
import { CATALOGUE_TAB, CATEGORIES_TAB, RESIDENTS_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import type { TableTabSpec } from "../../../shared/schema/types.ts";
import { execution, headersOf } from "../table/context.ts";

export const SAMPLE_DIR = path.join(import.meta.dirname, "..", "..", "..", "examples", "thanh-khe-tay-2022");

type Rows = unknown[][];

function sheetOf(name: string, values: Rows) {
  return { name, values, maxRows: values.length + 400, frozenRows: 1 };
}

/** The sample; `roster` filters its `Đại biểu` rows (header kept). */
export async function sampleWorkbook(
  roster?: (row: Record<string, string>) => boolean,
): Promise<EmulatedWorkbook> {
  const example = await loadExample(SAMPLE_DIR);
  const sheets = [...example.tabs].map(([name, rows]) => {
    if (name !== ROSTER_TAB.name || !roster) return sheetOf(name, rows);
    const [header = [], ...records] = rows;
    const kept = records.filter((r) => roster(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))));
    return sheetOf(name, [header, ...kept]);
  });
  return EmulatedWorkbook.fromData({ name: example.name, sheets });
}

/** A row of `spec` from values by header. */
function row(spec: TableTabSpec, values: Record<string, unknown>): unknown[] {
  return spec.columns.map((c) => values[c.header] ?? (c.type === "yesno" ? false : ""));
}

export const HAMLETS = ["Thôn Phú Sơn", "Thôn Hòa Khê", "Thôn An Ngãi", "Thôn Trung Nghĩa"];
/** Three TDP ("tổ tự quản") per hamlet, numbered across the commune. */
export const GROUPS = HAMLETS.flatMap((h, i) => [1, 2, 3].map((n) => ({ name: `Tổ ${i * 3 + n}`, kdc: h })));

export const OTHER_CATEGORIES = [
  ["Thường trực Đảng ủy xã", "Thường trực Đảng ủy xã", "Theo danh sách", "", ""],
  ["Trưởng thôn", "Trưởng {số KDC} thôn", "Mỗi KDC", "Trưởng thôn", ""],
  ["Tổ trưởng tự quản", "Tổ trưởng {số TDP} tổ tự quản", "Mỗi TDP", "Tổ trưởng; Tổ phó", ""],
  ["Nhân dân", "Nhân dân (mỗi thôn {số người} người)", "Dân cư mỗi KDC", "", 3],
];

/** A commune: four named hamlets, twelve groups, two listed leaders, 30 residents. */
export function otherWorkbook(rosterRows: Record<string, unknown>[] = []): EmulatedWorkbook {
  const listed = [
    {
      "Danh xưng": "Đồng chí",
      "Họ và tên": "Phạm Quốc Bảo",
      "Chức vụ": "Bí thư Đảng ủy xã",
      "Thành phần": "Thường trực Đảng ủy xã",
    },
    {
      "Danh xưng": "Đồng chí",
      "Họ và tên": "Lò Thị Mai",
      "Chức vụ": "Phó Bí thư Đảng ủy xã",
      "Thành phần": "Thường trực Đảng ủy xã",
    },
  ];
  const residents = Array.from({ length: 30 }, (_, i) => {
    const group = GROUPS[i % GROUPS.length] as (typeof GROUPS)[number];
    const names = ["Hoàng Văn Tùng", "Đinh Thị Ngọc", "Nguyễn Văn An", "Võ Thị Hồng", "Trịnh Minh Đức"];
    return row(RESIDENTS_TAB, {
      "Mã dân cư": `DC-${String(i + 1).padStart(6, "0")}`,
      "Họ và tên": `${names[i % names.length]} ${String.fromCharCode(65 + (i % 26))}`,
      "Ngày sinh": String(1950 + i),
      "Giới tính": i % 2 === 0 ? "Nam" : "Nữ",
      "Điện thoại": `09123450${String(i).padStart(2, "0")}`,
      TDP: group.name,
      KDC: group.kdc,
    });
  });
  return EmulatedWorkbook.fromData({
    name: "Đối thoại xã Hòa Phong 2025",
    sheets: [
      sheetOf(CATEGORIES_TAB.name, [headersOf(CATEGORIES_TAB), ...OTHER_CATEGORIES]),
      sheetOf(CATALOGUE_TAB.name, [
        headersOf(CATALOGUE_TAB),
        ...GROUPS.map((g) => [g.kdc, g.name, "", "", ""]),
      ]),
      sheetOf(ROSTER_TAB.name, [
        headersOf(ROSTER_TAB),
        ...[...listed, ...rosterRows].map((r) => row(ROSTER_TAB, r)),
      ]),
      sheetOf(RESIDENTS_TAB.name, [headersOf(RESIDENTS_TAB), ...residents]),
    ],
  });
}

/** Runs one action as its own execution (own call counter, own lock holder). */
export function run<T>(
  workbook: EmulatedWorkbook,
  work: (ctx: ReturnType<typeof execution>["ctx"]) => T,
  now?: Date,
) {
  const exec = execution(workbook, now);
  try {
    return { value: work(exec.ctx), calls: exec.counter.total, counter: exec.counter };
  } finally {
    exec.end();
  }
}

/** The roster's rows as records by header (sheet values, as staff see them). */
export function rosterRecords(workbook: EmulatedWorkbook): Record<string, unknown>[] {
  const [header = [], ...rows] = workbook.sheetByName(ROSTER_TAB.name)?.values() ?? [];
  return rows
    .filter((r) => r.some((v) => v !== "" && v !== false && v !== null))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
