import type { MessageText } from "../types.ts";

/**
 * Documents: building them (missing facts), the sidebar's `Văn bản` tab and `doi-thoai render`.
 * Document names stay in Vietnamese in both languages: they are the words staff use.
 */
export const documentsMessages = {
  "documents.missing": {
    vi: "Chưa tạo được {document}: còn thiếu {items}.",
    en: "The {document} cannot be made yet; missing: {items}.",
  },
  "documents.wrong": {
    vi: "Chưa tạo được {document}: bảng tính có giá trị sẽ làm văn bản sai, cần sửa trước:",
    en: "The {document} cannot be made yet: the workbook has values that would make it wrong; fix them first:",
  },
  "documents.chairWithoutTitle": {
    vi: "Hội nghị › Chủ trì: chưa ghi chức vụ (cột Chi tiết) của {names}; văn bản gọi người chủ trì theo chức vụ.",
    en: "Hội nghị › Chủ trì: no title (column Chi tiết) for {names}; the documents name the chairs by title.",
  },
  "documents.categoryNoMethod": {
    vi: "{tab}, dòng {row} ({name}): chưa chọn Cách tính (Theo danh sách, Mỗi KDC, Mỗi TDP, Dân cư mỗi KDC).",
    en: "{tab}, row {row} ({name}): no Cách tính chosen (Theo danh sách, Mỗi KDC, Mỗi TDP, Dân cư mỗi KDC).",
  },
  "documents.categoryNoResidents": {
    vi: "{tab}, dòng {row} ({name}): Cách tính “Dân cư mỗi KDC” cần Số người mỗi KDC.",
    en: "{tab}, row {row} ({name}): Cách tính “Dân cư mỗi KDC” needs Số người mỗi KDC.",
  },
  "documents.emptyCategories": {
    vi: "Thành phần chưa có ai trong trang {tab}: {names}. Thêm đại biểu, hoặc xóa thành phần không mời.",
    en: "Categories with nobody in the {tab} sheet: {names}. Add invitees, or remove a category not invited.",
  },
  "documents.kind.plan": { vi: "Kế hoạch", en: "Kế hoạch (plan)" },
  "documents.kind.invitations": { vi: "Giấy mời", en: "Giấy mời (invitations)" },
  "documents.kind.signin": { vi: "Danh sách đại biểu", en: "Danh sách đại biểu (sign-in sheet)" },
  "documents.kind.minutes": { vi: "Biên bản", en: "Biên bản (minutes)" },
  "documents.kind.report": { vi: "Báo cáo kết quả", en: "Báo cáo kết quả (result report)" },
  "documents.intro": {
    vi: "Mỗi lần bấm tạo một Google Docs mới trong thư mục của bảng tính; bản đã tạo và đã sửa trước đó được giữ nguyên.",
    en: "Each click makes a new Google Doc in the spreadsheet's folder; earlier Docs and your edits in them are kept.",
  },
  "documents.invitationMode": { vi: "Chia trang:", en: "Pages:" },
  "documents.invitationMode.invitee": { vi: "mỗi đại biểu một trang", en: "one page per invitee" },
  "documents.invitationMode.category": { vi: "mỗi thành phần một trang", en: "one page per category" },
  "documents.create": { vi: "Tạo Google Docs", en: "Create a Google Doc" },
  "documents.download": { vi: "Tải .docx", en: "Download .docx" },
  "documents.creating": { vi: "Đang tạo…", en: "Creating…" },
  "documents.created": { vi: "Đã tạo “{name}”.", en: "Created “{name}”." },
  "documents.open": { vi: "Mở văn bản", en: "Open the document" },
  "documents.createdList": { vi: "Văn bản vừa tạo", en: "Documents just created" },
  "documents.notInFolder": {
    vi: "Văn bản nằm trong “Drive của tôi” vì tiện ích chưa có quyền đặt vào thư mục của bảng tính; hãy chuyển nó vào thư mục nếu cần.",
    en: "The Doc is in “My Drive”: the add-on may not place files in the spreadsheet's folder; move it there if needed.",
  },
  "documents.previewNote": {
    vi: "Bản chạy thử trên máy: văn bản được tải về dạng .docx (trên Google Sheets, mỗi lần bấm tạo một Google Docs mới).",
    en: "Local preview: documents download as .docx (in Google Sheets, each click makes a new Google Doc).",
  },
  "documents.cli.usage": {
    vi: "Cách dùng: doi-thoai render <bảng-tính.xlsx> <plan|invitations|signin|minutes|report> -o <tệp.docx|tệp.html> [--by-category] [--lang vi|en]",
    en: "Usage: doi-thoai render <workbook.xlsx> <plan|invitations|signin|minutes|report> -o <file.docx|file.html> [--by-category] [--lang vi|en]",
  },
  "documents.cli.badKind": {
    vi: "Loại văn bản “{kind}” không có; chọn một trong: {kinds}.",
    en: "There is no document “{kind}”; choose one of: {kinds}.",
  },
  "documents.cli.badOutput": {
    vi: "Tệp ra “{file}” phải có đuôi .docx hoặc .html.",
    en: "The output “{file}” must end in .docx or .html.",
  },
  "documents.cli.readFailed": {
    vi: "Không đọc được bảng tính “{file}”: {detail}",
    en: "Could not read the workbook “{file}”: {detail}",
  },
  "documents.cli.writeFailed": {
    vi: "Không ghi được tệp “{file}”: {detail}",
    en: "Could not write “{file}”: {detail}",
  },
  "documents.cli.written": { vi: "Đã ghi {document} vào {file}.", en: "Wrote the {document} to {file}." },
} satisfies Record<string, MessageText>;
