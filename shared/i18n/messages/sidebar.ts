import type { MessageText } from "../types.ts";

/** The sidebar's frame and its Hội nghị tab. Feature tabs keep their strings in their own part. */
export const sidebarMessages = {
  "sidebar.tab.conference": { vi: "Hội nghị", en: "Conference" },
  "sidebar.tab.roster": { vi: "Đại biểu", en: "Attendees" },
  "sidebar.tab.opinions": { vi: "Ý kiến", en: "Opinions" },
  "sidebar.tab.import": { vi: "Nhập dân cư", en: "Import residents" },
  "sidebar.tab.documents": { vi: "Văn bản", en: "Documents" },
  "sidebar.loading": { vi: "Đang tải…", en: "Loading…" },
  "sidebar.reload": { vi: "Tải lại", en: "Reload" },
  "sidebar.language": { vi: "English", en: "Tiếng Việt" },
  "sidebar.setup": { vi: "Thiết lập bảng tính", en: "Set up the workbook" },
  "sidebar.setupHint": {
    vi: "Bảng tính còn thiếu: {tabs}. Bấm Thiết lập để tạo các trang và cột còn thiếu (không đụng đến dữ liệu đã có).",
    en: "The workbook lacks: {tabs}. Click Set up to create the missing sheets and columns (existing data is not touched).",
  },
  "sidebar.setupItemsHint": {
    vi: "Trang “Hội nghị” chưa có mục nào. Bấm Thiết lập để ghi sẵn tên các mục kèm hướng dẫn; bạn chỉ cần điền cột Giá trị từ trên xuống.",
    en: "The “Hội nghị” sheet has no items yet. Click Set up to write every item's name with a hint; then fill the Giá trị column top to bottom.",
  },
  "sidebar.factsFilled": {
    vi: "Trang “Hội nghị”: đã điền {filled}/{items} mục.",
    en: "“Hội nghị” sheet: {filled} of {items} items filled.",
  },
  "sidebar.factsNext": {
    vi: "Tiếp theo: “{label}” (dòng {row}).",
    en: "Next: “{label}” (row {row}).",
  },
  "sidebar.noConference": {
    vi: "Chưa có thông tin hội nghị. Hãy điền trang “Hội nghị”.",
    en: "No conference facts yet. Fill in the “Hội nghị” sheet.",
  },
  "sidebar.untitled": { vi: "(chưa có trích yếu)", en: "(no title yet)" },
  "sidebar.fact.issuingBody": { vi: "Cơ quan", en: "Issuing body" },
  "sidebar.fact.start": { vi: "Thời gian", en: "Time" },
  "sidebar.fact.venue": { vi: "Địa điểm", en: "Venue" },
  "sidebar.fact.chairs": { vi: "Chủ trì", en: "Chairs" },
  "sidebar.fact.secretary": { vi: "Thư ký", en: "Secretary" },
  "sidebar.fact.notSet": { vi: "chưa có", en: "not set" },
  "sidebar.counts.title": { vi: "Số liệu", en: "Figures" },
  "sidebar.counts.categories": { vi: "Thành phần", en: "Categories" },
  "sidebar.counts.invitees": { vi: "Đại biểu được mời", en: "Invitees" },
  "sidebar.counts.present": { vi: "Đại biểu có mặt", en: "Present" },
  "sidebar.counts.residents": { vi: "Dân cư trong danh sách", en: "Residents in the register" },
  "sidebar.counts.opinions": { vi: "Ý kiến", en: "Opinions" },
  "sidebar.counts.areas": { vi: "KDC / TDP", en: "Residential areas / groups" },
  "sidebar.problems.title": { vi: "Cần kiểm tra", en: "To check" },
  "sidebar.setupDone": {
    vi: "Đã thiết lập: {tabs} trang tính mới, {columns} cột mới, {facts} mục trên trang “Hội nghị”. Hãy điền cột Giá trị của trang đó từ trên xuống.",
    en: "Set up: {tabs} new sheets, {columns} new columns, {facts} items in the “Hội nghị” sheet. Fill that sheet's Giá trị column top to bottom.",
  },
  "sidebar.comingRoster": {
    vi: "Danh sách đại biểu, gửi giấy mời và điểm danh: đang nhập trên trang “Đại biểu”. {count} đại biểu, {present} có mặt.",
    en: "Attendee list, invitations and check-in: kept in the “Đại biểu” sheet. {count} invitees, {present} present.",
  },
  "sidebar.comingOpinions": {
    vi: "Sổ ý kiến: đang ghi trên trang “Ý kiến”. {count} ý kiến.",
    en: "Opinion log: kept in the “Ý kiến” sheet. {count} opinions.",
  },
  "sidebar.error": { vi: "Không thực hiện được", en: "Could not be done" },
  "sidebar.filter.placeholder": {
    vi: "Lọc: họ tên, số dòng, tên cột…",
    en: "Filter: name, row number, column…",
  },
  "sidebar.filter.errors": { vi: "Hiện lỗi", en: "Show errors" },
  "sidebar.filter.warnings": { vi: "Hiện cảnh báo", en: "Show warnings" },
  "sidebar.filter.none": { vi: "Không có dòng nào khớp “{text}”.", en: "Nothing matches “{text}”." },
  "sidebar.filter.more": {
    vi: "… và {count} dòng nữa (gõ vào ô lọc để tìm).",
    en: "… and {count} more (type in the filter to find them).",
  },
  // The import tab's confirmation and "nothing to change" (its other strings are in import.ts).
  "sidebar.import.confirmUndo": {
    vi: "Hoàn tác lần nhập {batch}? Sẽ xóa {added} dòng đã thêm và trả lại {updated} dòng đã sửa trên trang “Dân cư” ({rows} dòng).",
    en: "Undo import {batch}? This removes the {added} rows it added and restores the {updated} rows it changed in the “Dân cư” sheet ({rows} rows).",
  },
  "sidebar.import.confirmUndoYes": { vi: "Hoàn tác {rows} dòng", en: "Undo {rows} rows" },
  "sidebar.import.cancel": { vi: "Thôi", en: "Cancel" },
  "sidebar.import.unchanged": {
    vi: "Không có gì để thay đổi: {unchanged} dòng của tệp đã có trong trang “Dân cư”, giống hệt.",
    en: "Nothing to change: the file's {unchanged} rows are already in the “Dân cư” sheet, identical.",
  },
  "sidebar.import.conflictsTitle": {
    vi: "Trùng số định danh nhưng khác họ tên hoặc ngày sinh ({count})",
    en: "Same ID number, another name or birth date ({count})",
  },
  "sidebar.import.conflict": {
    vi: "Dòng {row}, mã dân cư {residentId}, số định danh {id}: trang “Dân cư” ghi {existing}; tệp ghi {incoming}.",
    en: "Row {row}, resident code {residentId}, ID number {id}: the “Dân cư” sheet has {existing}; the file has {incoming}.",
  },
  "sidebar.import.acceptConflicts": { vi: "Cập nhật cả những dòng này", en: "Update these rows too" },
  "sidebar.import.commit": { vi: "Nhập {count} dòng thay đổi", en: "Import {count} changed rows" },
  "sidebar.xlsxReaderFailed": {
    vi: "Không tải được phần đọc tệp .xlsx ({detail}). Hãy đóng và mở lại thanh bên, rồi chọn tệp lại.",
    en: "The .xlsx reader could not be loaded ({detail}). Close and reopen the sidebar, then pick the file again.",
  },
} satisfies Record<string, MessageText>;
