import type { MessageText } from "../types.ts";

/**
 * Documents: building them (missing facts), the sidebar's `Văn bản` tab and `doi-thoai render`.
 * Document names stay in Vietnamese in both languages: they are the words staff use.
 */
export const documentsMessages = {
  "cli.action.documents.status": {
    vi: "mỗi văn bản: sẵn sàng, hay còn thiếu gì (như lệnh render báo), và chỗ sẽ để trống",
    en: "each document: ready, or what is missing (as render says), and what it would leave blank",
  },
  "cli.action.documents.list": {
    vi: "các văn bản Google Docs đã tạo (trang Văn bản): lúc nào, ai tạo, liên kết",
    en: "the Google Docs made so far (the Văn bản sheet): when, by whom, their links",
  },
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
    vi: "Mỗi lần bấm tạo một Google Docs mới trong “Drive của tôi”, liên kết được ghi vào trang “Văn bản”; bản đã tạo và đã sửa trước đó được giữ nguyên.",
    en: "Each click makes a new Google Doc in My Drive and records its link in the “Văn bản” sheet; earlier Docs and your edits in them are kept.",
  },
  "documents.ready": { vi: "sẵn sàng", en: "ready" },
  "documents.notReady": { vi: "chưa đủ thông tin", en: "not ready" },
  "documents.missingLead": { vi: "Còn thiếu:", en: "Missing:" },
  "documents.missingRows": { vi: "trang “{tab}” chưa có dòng nào", en: "no rows in the “{tab}” sheet" },
  "documents.checking": { vi: "Đang kiểm tra…", en: "Checking…" },
  "documents.blanks": {
    vi: "Sẽ để trống (dấu chấm hoặc chỗ trống): {items}. Điền trước nếu đã có.",
    en: "Will be left blank (dots or gaps): {items}. Fill them first if you have them.",
  },
  "documents.by": { vi: "Người tạo:", en: "Made by:" },
  "documents.logged": { vi: "Văn bản đã tạo (trang “Văn bản”)", en: "Documents made (the “Văn bản” sheet)" },
  "documents.logLine": { vi: "{time} · {by}", en: "{time} · {by}" },
  "documents.downloadFailed": {
    vi: "Không tải được {document}:",
    en: "The {document} could not be downloaded:",
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
    vi: "Văn bản nằm trong “Drive của tôi”; liên kết đã ghi vào trang “Văn bản”. Muốn để cạnh bảng tính thì chuyển nó vào thư mục đó.",
    en: "The Doc is in My Drive; its link is in the “Văn bản” sheet. Move it into the spreadsheet's folder if you want it there.",
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
