import type { MessageText } from "../types.ts";

/**
 * The browser extension: its manifest strings (the build writes them into _locales) and its app page.
 */
export const extensionMessages = {
  "extension.manifest.name": {
    vi: "Đối thoại – hồ sơ hội nghị đối thoại",
    en: "Đối thoại – dialogue conference paperwork",
  },
  "extension.manifest.description": {
    vi: "Đọc bảng tính hội nghị đối thoại của phường, xã ngay trong trình duyệt; tệp không rời khỏi máy.",
    en: "Reads a ward's dialogue conference workbook in the browser; the file never leaves the computer.",
  },
  "extension.manifest.actionTitle": { vi: "Mở Đối thoại", en: "Open Đối thoại" },

  "extension.language": { vi: "English", en: "Tiếng Việt" },
  "extension.version": { vi: "Phiên bản {version}", en: "Version {version}" },
  "extension.pick.label": {
    vi: "Chọn tệp bảng tính (.xlsx, hoặc .csv của một trang tính)",
    en: "Choose a workbook file (.xlsx, or the .csv of one sheet)",
  },
  "extension.pick.hint": {
    vi: "Tệp được đọc ngay trên máy này, không gửi đi đâu. Với Google Trang tính: Tệp › Tải xuống › Microsoft Excel (.xlsx).",
    en: "The file is read on this computer and sent nowhere. From Google Sheets: File › Download › Microsoft Excel (.xlsx).",
  },
  "extension.reading": { vi: "Đang đọc tệp “{file}”…", en: "Reading “{file}”…" },
  "extension.source": {
    vi: "Tệp “{file}”, trang tính “{tab}”.",
    en: "File “{file}”, sheet “{tab}”.",
  },

  "extension.error.title": { vi: "Không đọc được bảng tính", en: "The workbook could not be read" },
  "extension.error.wrongType": {
    vi: "Tệp “{file}” không phải bảng tính. Hãy chọn tệp .xlsx (hoặc .csv của một trang tính).",
    en: "“{file}” is not a workbook. Choose an .xlsx file (or the .csv of one sheet).",
  },
  "extension.error.oldXls": {
    vi: "Tệp “{file}” ở định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    en: "“{file}” is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.",
  },
  "extension.error.notXlsx": {
    vi: "Tệp “{file}” không phải bảng tính Excel (.xlsx) dù có tên như vậy; có thể là trang web hoặc tệp khác bị đổi tên.",
    en: "“{file}” is not an Excel workbook (.xlsx) despite its name; it may be a web page or another file renamed.",
  },
  "extension.error.empty": { vi: "Tệp “{file}” trống.", en: "“{file}” is empty." },
  "extension.error.broken": {
    vi: "Tệp “{file}” bị hỏng hoặc không đúng định dạng nên không đọc được ({detail}).",
    en: "“{file}” is damaged or not in the expected format ({detail}).",
  },
  "extension.error.missingTab": {
    vi: "Bảng tính “{file}” không có trang tính “{tab}”. Các trang tính có trong tệp: {tabs}.",
    en: "Workbook “{file}” has no sheet “{tab}”. Sheets in the file: {tabs}.",
  },
  "extension.error.csvHint": {
    vi: "Tệp .csv chỉ chứa một trang tính; tên trang lấy theo tên tệp, ví dụ “Hội nghị.csv” hoặc “Bảng tính - Hội nghị.csv”.",
    en: "A .csv file holds one sheet, named after the file, e.g. “Hội nghị.csv” or “Workbook - Hội nghị.csv”.",
  },

  "extension.conference.heading": { vi: "Hội nghị", en: "Conference" },
  "extension.conference.untitled": { vi: "(chưa có trích yếu)", en: "(no title yet)" },
  "extension.fact.issuingBody": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "extension.fact.plan": { vi: "Kế hoạch", en: "Plan" },
  "extension.fact.planValue": { vi: "Số {number}, {date}", en: "No. {number}, {date}" },
  "extension.fact.start": { vi: "Thời gian", en: "Time" },
  "extension.fact.venue": { vi: "Địa điểm", en: "Venue" },
  "extension.fact.chairs": { vi: "Chủ trì", en: "Chairs" },
  "extension.fact.secretary": { vi: "Thư ký", en: "Secretary" },
  "extension.fact.signer": { vi: "Người ký", en: "Signer" },
  "extension.fact.reportDeadline": { vi: "Hạn báo cáo", en: "Report deadline" },
  "extension.fact.notSet": { vi: "chưa có", en: "not set" },
  "extension.tabs.heading": { vi: "Các trang tính khác", en: "Other sheets" },
  "extension.tabs.rows": { vi: "{count} dòng", en: "{count} rows" },
  "extension.tabs.missing": { vi: "không có trong tệp", en: "not in the file" },
  "extension.problems.heading": { vi: "Cần kiểm tra", en: "To check" },
} satisfies Record<string, MessageText>;
