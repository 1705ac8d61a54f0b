import type { MessageText } from "../types.ts";

/**
 * Messages about the workbook's shape: tabs, headers, cells. A message that names a Sheets menu
 * has a `.cli` twin naming the command instead, which the CLI prints (local/cli/messages.ts).
 */
export const workbookMessages = {
  "workbook.missingTab": {
    vi: "Không tìm thấy trang tính “{tab}”. Hãy chạy Đối thoại › Thiết lập bảng tính.",
    en: "Sheet “{tab}” was not found. Run Đối thoại › Set up the workbook.",
  },
  "workbook.missingColumn": {
    vi: "Trang tính “{tab}” thiếu cột “{column}”. Hãy chạy Đối thoại › Thiết lập bảng tính.",
    en: "Sheet “{tab}” has no column “{column}”. Run Đối thoại › Set up the workbook.",
  },
  "workbook.missingTab.cli": {
    vi: "Không tìm thấy trang tính “{tab}”. Hãy chạy: doi-thoai call <tệp.xlsx> setupWorkbook",
    en: "Sheet “{tab}” was not found. Run: doi-thoai call <file.xlsx> setupWorkbook",
  },
  "workbook.missingColumn.cli": {
    vi: "Trang tính “{tab}” thiếu cột “{column}”. Hãy chạy: doi-thoai call <tệp.xlsx> setupWorkbook",
    en: "Sheet “{tab}” has no column “{column}”. Run: doi-thoai call <file.xlsx> setupWorkbook",
  },
  "workbook.duplicateColumn": {
    vi: "Trang tính “{tab}” có hai cột cùng là “{column}” (cột {first} và cột {second}).",
    en: "Sheet “{tab}” has two “{column}” columns ({first} and {second}).",
  },
  "workbook.badDate": {
    vi: "Trang tính “{tab}”, dòng {row}, cột “{column}”: “{value}” không phải ngày hợp lệ (ngày/tháng/năm).",
    en: "Sheet “{tab}”, row {row}, column “{column}”: “{value}” is not a valid date (day/month/year).",
  },
  "workbook.badTime": {
    vi: "Trang tính “{tab}”, dòng {row}, cột “{column}”: “{value}” không phải giờ hợp lệ (giờ:phút).",
    en: "Sheet “{tab}”, row {row}, column “{column}”: “{value}” is not a valid time (hours:minutes).",
  },
  "workbook.badNumber": {
    vi: "Trang tính “{tab}”, dòng {row}, cột “{column}”: “{value}” không phải số.",
    en: "Sheet “{tab}”, row {row}, column “{column}”: “{value}” is not a number.",
  },
  "workbook.badChoice": {
    vi: "Trang tính “{tab}”, dòng {row}, cột “{column}”: “{value}” không có trong danh sách ({choices}).",
    en: "Sheet “{tab}”, row {row}, column “{column}”: “{value}” is not one of the choices ({choices}).",
  },
  "workbook.badYesNo": {
    vi: "Trang tính “{tab}”, dòng {row}, cột “{column}”: “{value}” phải là Có/Không (ô đánh dấu).",
    en: "Sheet “{tab}”, row {row}, column “{column}”: “{value}” must be yes/no (a checkbox).",
  },
  "workbook.unknownFact": {
    vi: "Trang tính “{tab}”, dòng {row}: mục “{label}” không được nhận ra nên bị bỏ qua.",
    en: "Sheet “{tab}”, row {row}: the item “{label}” is not recognised and is ignored.",
  },
  "workbook.repeatedFact": {
    vi: "Trang tính “{tab}”, dòng {row}: mục “{label}” chỉ có một giá trị; dòng này bị bỏ qua.",
    en: "Sheet “{tab}”, row {row}: “{label}” takes one value; this row is ignored.",
  },
  "workbook.missingFact": {
    vi: "Trang tính “{tab}” chưa có “{label}”.",
    en: "Sheet “{tab}” has no “{label}” yet.",
  },
  "workbook.setupDone": {
    vi: "Đã thiết lập bảng tính: {tabs} trang tính mới, {columns} cột mới, {facts} mục mới trên trang “Hội nghị” (điền cột Giá trị từ trên xuống).",
    en: "Workbook set up: {tabs} new sheets, {columns} new columns, {facts} new items in the “Hội nghị” sheet (fill the Giá trị column top to bottom).",
  },
  "workbook.setupNothing": {
    vi: "Bảng tính đã đủ các trang và cột; không có gì thay đổi.",
    en: "The workbook already has every sheet and column; nothing changed.",
  },
} satisfies Record<string, MessageText>;
