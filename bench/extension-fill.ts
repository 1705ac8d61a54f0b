/**
 * The extension page filling an office template: a workbook with 40,000 `Dân cư` rows and 300
 * opinions, and a template whose one table row loops over `Ý kiến` (300 rows out). Timed on the
 * page's own code path (extension/app/load-file.ts, then extension/app/outputs.ts templateDocx,
 * i.e. shared/templates), with exceljs's Node build standing in for its browser build. Reading the
 * workbook alone is timed beside it. Goal: filling costs at most half of reading.
 */
import ExcelJS from "exceljs";
import { loadWorkbookFile } from "../extension/app/load-file.ts";
import { templateDocx } from "../extension/app/outputs.ts";
import { randomGender, randomName } from "../local/examples/people.ts";
import { Random } from "../local/examples/random.ts";
import {
  docxParagraphs,
  templateDocx as makeTemplate,
  row,
  runs,
  table,
} from "../test/shared/templates/docx-fixtures.ts";

const RESIDENTS = 40_000;
const OPINIONS = 300;
const RUNS = 3;

async function workbookBytes(): Promise<ArrayBuffer> {
  const rng = new Random(7);
  const wb = new ExcelJS.Workbook();
  const facts = wb.addWorksheet("Hội nghị");
  facts.addRows([
    ["Mục", "Giá trị", "Chi tiết"],
    ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ"],
    ["Tên cơ quan trong văn bản", "UBND phường An Phú"],
    ["Trích yếu", "Tổ chức hội nghị đối thoại năm 2031"],
    ["Ngày hội nghị", "12/3/2031"],
    ["Giờ bắt đầu", "07:30"],
    ["Địa điểm", "Hội trường UBND phường"],
  ]);
  const residents = wb.addWorksheet("Dân cư");
  residents.addRow([
    "Mã dân cư",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Số định danh",
    "Điện thoại",
    "Địa chỉ",
    "Tổ dân phố",
    "Khu dân cư",
  ]);
  for (let i = 0; i < RESIDENTS; i++) {
    const gender = randomGender(rng);
    residents.addRow([
      `DC-${String(i + 1).padStart(6, "0")}`,
      randomName(rng, gender),
      `${1 + (i % 28)}/${1 + (i % 12)}/${1940 + (i % 70)}`,
      gender,
      String(48_000_000_000 + i).padStart(12, "0"),
      `09${String(i).padStart(8, "0")}`,
      `${i % 300} Đường số ${i % 40}`,
      `Tổ ${1 + (i % 57)}`,
      `KDC số ${1 + (i % 17)}`,
    ]);
  }
  const opinions = wb.addWorksheet("Ý kiến");
  opinions.addRow([
    "Mã ý kiến",
    "Hội nghị ngày",
    "Hình thức",
    "Người nêu",
    "Nội dung",
    "Người trả lời",
    "Nội dung trả lời",
  ]);
  for (let i = 0; i < OPINIONS; i++) {
    opinions.addRow([
      `YK-${String(i + 1).padStart(3, "0")}`,
      "12/3/2031",
      i % 3 === 0 ? "Trực tiếp" : "Phiếu",
      randomName(rng, randomGender(rng)),
      `Đề nghị số ${i + 1}: sửa chữa kiệt, nạo vét mương, lắp đèn đường ở tổ ${1 + (i % 57)}.`,
      "Chủ tịch UBND phường",
      "UBND phường tiếp thu và giao bộ phận chuyên môn kiểm tra, trả lời trong tháng.",
    ]);
  }
  const bytes = await wb.xlsx.writeBuffer();
  return bytes as ArrayBuffer;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchExtensionFill(): Promise<void> {
  const bytes = await workbookBytes();
  const template = await makeTemplate([
    runs("BIÊN BẢN {Trích yếu} – {Địa điểm}, {Thứ} {Ngày hội nghị}"),
    table(row(["{#Ý kiến}{Mã ý kiến}"], ["{Người nêu}"], ["{Nội dung}"], ["{Nội dung trả lời}{/Ý kiến}"])),
  ]);
  const file = { name: "bench.xlsx", size: bytes.byteLength, arrayBuffer: async () => bytes.slice(0) };
  const reads: number[] = [];
  const fills: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const loaded = await loadWorkbookFile(file, ExcelJS as never);
    const t1 = performance.now();
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    const made = templateDocx("Biên bản", template, loaded.snapshot);
    const t2 = performance.now();
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    reads.push(t1 - t0);
    fills.push(t2 - t1);
    rows = (await docxParagraphs(made.file.bytes)).filter((l) => /^YK-\d{3}$/.test(l)).length;
  }
  const read = median(reads);
  const fill = median(fills);
  console.log(
    `extension-fill: ${RESIDENTS} Dân cư rows, ${OPINIONS} opinions -> ${rows}-row table (median of ${RUNS})`,
  );
  console.log(`  read workbook (load-file.ts, exceljs)   ${read.toFixed(0)} ms`);
  console.log(
    `  fill template (outputs.ts, templates)   ${fill.toFixed(0)} ms  = ${((fill / read) * 100).toFixed(1)}% of reading (goal <= 50%)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExtensionFill();
