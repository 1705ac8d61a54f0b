/**
 * Small workbooks of an invented ward (not the sample's), written with exceljs in Node the way
 * Excel or a Google Sheets download stores them: real date and time cells, rich text, formulas.
 */
import ExcelJS from "exceljs";

/** A calendar day as exceljs writes it: the wall clock stored as UTC. */
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
/** A time of day as a spreadsheet stores it: on 1899-12-30, the serial day 0. */
const clock = (hour: number, minute: number): Date => new Date(Date.UTC(1899, 11, 30, hour, minute));

export const WARD = {
  issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG SEN HỒNG",
  title: "Tổ chức Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân phường với Nhân dân năm 2031",
  venue: "Hội trường UBND phường Sen Hồng",
  chairs: ["Trần Thị Ngọc Ánh, Chủ tịch UBND phường", "Lê Đức Hưng, Phó Chủ tịch UBND phường"],
  secretary: "Phạm Minh Thư, Công chức Văn phòng - Thống kê",
  plan: "Số 12, ngày 02 tháng 3 năm 2031",
  start: "07 giờ 30, thứ Tư ngày 12/3/2031",
  signer: "CHỦ TỊCH Trần Thị Ngọc Ánh",
  reportDeadline: "20/3/2031",
} as const;

type Row = ExcelJS.CellValue[];

export function addConferenceSheet(workbook: ExcelJS.Workbook, name = "Hội nghị"): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  const rows: Row[] = [
    ["Mục", "Giá trị", "Chi tiết", "Ghi chú"],
    ["Cơ quan ban hành", WARD.issuingBody],
    ["Địa danh", "Sen Hồng"],
    ["Số kế hoạch", "12"],
    ["Ngày kế hoạch", day(2031, 3, 2)],
    ["Trích yếu", WARD.title],
    ["Chủ trì", "Trần Thị Ngọc Ánh", "Chủ tịch UBND phường"],
    ["Chủ trì", "Lê Đức Hưng", "Phó Chủ tịch UBND phường"],
    ["Thư ký", "Phạm Minh Thư", "Công chức Văn phòng - Thống kê"],
    ["Ngày hội nghị", day(2031, 3, 12)],
    ["Giờ bắt đầu", clock(7, 30)],
    [
      "Địa điểm",
      { richText: [{ text: "Hội trường " }, { text: "UBND phường Sen Hồng", font: { bold: true } }] },
    ],
    ["Chức vụ người ký", "CHỦ TỊCH"],
    ["Người ký", { formula: 'B7&""', result: "Trần Thị Ngọc Ánh" }],
    ["Hạn báo cáo", "20/3/2031"],
    ["Mục lạ", "không rõ"],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(2).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = cell.value.getUTCFullYear() < 1900 ? "hh:mm" : "dd/mm/yyyy";
  });
  return sheet;
}

export function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Row[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
}

/** The conference, 3 invitees, 2 opinions; no residents register. */
export async function wardWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addConferenceSheet(workbook);
  addTable(
    workbook,
    "Đại biểu",
    ["Danh xưng", "Họ và tên", "Chức vụ", "Thành phần"],
    [
      ["Bà", "Trần Thị Ngọc Ánh", "Chủ tịch UBND phường", "Lãnh đạo phường"],
      ["Ông", "Lê Đức Hưng", "Phó Chủ tịch UBND phường", "Lãnh đạo phường"],
      [],
      ["Ông", "Võ Văn Khải", "Tổ trưởng", "Tổ trưởng TDP"],
    ],
  );
  addTable(
    workbook,
    "Ý kiến",
    ["Hình thức", "Nội dung"],
    [
      ["Phiếu", "Đề nghị sửa đèn đường kiệt 4"],
      ["Trực tiếp", "Đề nghị nạo vét mương thoát nước"],
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook without a `Hội nghị` tab. */
export async function workbookWithoutConference(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTable(workbook, "Trang tính1", ["A"], [["1"]]);
  addTable(workbook, "Đại biểu", ["Họ và tên"], [["Võ Văn Khải"]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
