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
  "extension.sheet.button": { vi: "Đọc bảng tính Google đang mở", en: "Read the open Google Sheet" },
  "extension.sheet.hint": {
    vi: "Lần đầu bấm, trình duyệt hỏi quyền truy cập docs.google.com và googleusercontent.com: chỉ để tải bảng tính về dạng .xlsx bằng chính phiên đăng nhập của bạn.",
    en: "On the first click the browser asks for access to docs.google.com and googleusercontent.com: only to download the sheet as .xlsx with your own session.",
  },
  "extension.sheet.reading": {
    vi: "Đang tải bảng tính từ Google…",
    en: "Downloading the sheet from Google…",
  },
  "extension.sheet.fileName": { vi: "Google Trang tính “{title}”", en: "Google Sheet “{title}”" },
  "extension.sheet.denied": {
    vi: "Chưa được cấp quyền truy cập docs.google.com nên không tải được bảng tính. Bấm lại và chọn Cho phép, hoặc tải tệp .xlsx về (Tệp › Tải xuống) rồi chọn tệp.",
    en: "Access to docs.google.com was not granted, so the sheet cannot be downloaded. Click again and allow it, or download the .xlsx (File › Download) and choose the file.",
  },
  "extension.sheet.noTab": {
    vi: "Không thấy thẻ Google Trang tính nào đang mở. Hãy mở bảng tính hội nghị trong một thẻ rồi bấm lại.",
    en: "No Google Sheets tab is open. Open the conference workbook in a tab and click again.",
  },
  "extension.sheet.signedOut": {
    vi: "Google trả về trang đăng nhập thay cho bảng tính: trình duyệt này chưa đăng nhập tài khoản Google có quyền xem bảng tính. Hãy đăng nhập rồi bấm lại.",
    en: "Google answered with its sign-in page instead of the sheet: this browser is not signed in to a Google account that can see it. Sign in and click again.",
  },
  "extension.sheet.noAccess": {
    vi: "Google không cho tải bảng tính (mã {status}): tài khoản đang đăng nhập không có quyền xem, hoặc chủ bảng tính đã tắt việc tải xuống.",
    en: "Google refused the download (status {status}): the signed-in account cannot see the sheet, or its owner disabled downloads.",
  },
  "extension.sheet.network": {
    vi: "Không kết nối được tới Google ({detail}). Kiểm tra mạng rồi bấm lại.",
    en: "Could not reach Google ({detail}). Check the network and click again.",
  },
  "extension.sheet.notDoiThoai": {
    vi: "Bảng tính đang mở không phải bảng tính Đối thoại: không có trang tính “{tab}”. Mở bảng tính hội nghị (Tiện ích mở rộng › Đối thoại › Thiết lập bảng tính) rồi bấm lại.",
    en: "The open sheet is not a Đối thoại workbook: it has no “{tab}” sheet. Open the conference workbook (Extensions › Đối thoại › Set up the workbook) and click again.",
  },
  "extension.drop.hint": { vi: "Hoặc kéo thả tệp vào trang này.", en: "Or drop the file on this page." },

  "extension.docs.heading": { vi: "Văn bản", en: "Documents" },
  "extension.docs.builtIn": {
    vi: "Văn bản theo mẫu có sẵn (Nghị định 30/2020)",
    en: "Built-in documents (decree 30/2020)",
  },
  "extension.docs.preview": { vi: "Xem trước để in", en: "Print preview" },
  "extension.docs.print": { vi: "In", en: "Print" },
  "extension.docs.closePreview": { vi: "Đóng", en: "Close" },
  "extension.docs.sheets": { vi: "Bảng tính để in (.xlsx)", en: "Print-ready spreadsheets (.xlsx)" },
  "extension.docs.rosterXlsx": { vi: "Danh sách đại biểu (.xlsx)", en: "Roster (.xlsx)" },
  "extension.docs.signinXlsx": { vi: "Danh sách ký tên (.xlsx)", en: "Sign-in sheet (.xlsx)" },
  "extension.docs.custom": { vi: "Mẫu Word của đơn vị", en: "The office's own Word templates" },
  "extension.docs.noTemplates": {
    vi: "Chưa có mẫu nào. Thêm mẫu Word (.docx) ở trang Quản lý mẫu.",
    en: "No templates yet. Add a Word template (.docx) on the template page.",
  },
  "extension.docs.fill": { vi: "Điền mẫu, tải .docx", en: "Fill, download .docx" },
  "extension.docs.manage": { vi: "Quản lý mẫu", en: "Manage templates" },
  "extension.docs.working": { vi: "Đang tạo “{document}”…", en: "Making “{document}”…" },
  "extension.docs.done": { vi: "Đã tạo “{file}”.", en: "Made “{file}”." },
  "extension.docs.failed": { vi: "Chưa tạo được “{document}”", en: "“{document}” was not made" },
  "extension.docs.warnings": { vi: "Lưu ý", en: "Note" },
  "extension.docs.noRows": {
    vi: "Trang tính “{tab}” chưa có dòng nào.",
    en: "The “{tab}” sheet has no rows yet.",
  },

  "extension.options.title": { vi: "Mẫu văn bản của đơn vị", en: "The office's document templates" },
  "extension.options.intro": {
    vi: "Mẫu là tệp Word (.docx) của đơn vị, trong đó chỗ cần điền ghi tên mục trong ngoặc nhọn, đúng như trong bảng tính: {Địa điểm}, {Ngày hội nghị}, {Thứ}; bảng lặp theo trang tính: {#Ý kiến}{Mã ý kiến} {Nội dung}{/Ý kiến}. Mẫu được lưu trong trình duyệt này.",
    en: "A template is the office's own Word file (.docx) with the workbook's words in braces where values go: {Địa điểm}, {Ngày hội nghị}, {Thứ}; a table row repeats per sheet row: {#Ý kiến}{Mã ý kiến} {Nội dung}{/Ý kiến}. Templates are kept in this browser.",
  },
  "extension.options.add": { vi: "Thêm mẫu (.docx)", en: "Add a template (.docx)" },
  "extension.options.import": { vi: "Nhập bộ mẫu (.json)", en: "Import templates (.json)" },
  "extension.options.exportAll": { vi: "Xuất bộ mẫu (.json)", en: "Export all templates (.json)" },
  "extension.options.empty": { vi: "Chưa có mẫu nào.", en: "No templates yet." },
  "extension.options.name": { vi: "Tên mẫu", en: "Template name" },
  "extension.options.rename": { vi: "Đổi tên", en: "Rename" },
  "extension.options.remove": { vi: "Xóa", en: "Remove" },
  "extension.options.export": { vi: "Tải tệp .docx", en: "Download .docx" },
  "extension.options.size": { vi: "{size} KB, thêm ngày {date}", en: "{size} KB, added {date}" },
  "extension.options.added": { vi: "Đã thêm mẫu “{name}”.", en: "Added template “{name}”." },
  "extension.options.renamed": { vi: "Đã đổi tên thành “{name}”.", en: "Renamed to “{name}”." },
  "extension.options.removed": { vi: "Đã xóa mẫu “{name}”.", en: "Removed template “{name}”." },
  "extension.options.imported": { vi: "Đã nhập {count} mẫu.", en: "Imported {count} templates." },
  "extension.options.checked": {
    vi: "Mẫu “{name}” đã lưu nhưng có chỗ cần sửa trước khi điền:",
    en: "Template “{name}” is saved but needs fixing before it can be filled:",
  },
  "extension.options.badImport": {
    vi: "Tệp “{file}” không phải bộ mẫu do Đối thoại xuất ra.",
    en: "“{file}” is not a template set exported by Đối thoại.",
  },
  "extension.options.emptyName": { vi: "Tên mẫu không được để trống.", en: "A template needs a name." },
  "extension.options.storageFailed": {
    vi: "Không lưu được vào bộ nhớ của tiện ích ({detail}).",
    en: "Could not save to the extension's storage ({detail}).",
  },

  "templates.notDocx": {
    vi: "Tệp mẫu không phải tệp Word .docx (tệp .doc cũ: mở bằng Word và lưu lại dạng .docx).",
    en: "The template is not a Word .docx file (an old .doc: open it in Word and save it as .docx).",
  },
  "templates.noConference": {
    vi: "Bảng tính không có trang tính “{tab}” nên không có gì để điền.",
    en: "The workbook has no “{tab}” sheet, so there is nothing to fill in.",
  },
  "templates.unknownField": {
    vi: "Không có trường “{field}”: tên trong ngoặc nhọn phải là một mục của Hội nghị, một trường tính sẵn, hoặc một cột bên trong vòng lặp (xem danh sách trường).",
    en: "There is no field “{field}”: a name in braces must be a Hội nghị item, a computed field, or a column inside a loop (see the field list).",
  },
  "templates.columnOutsideLoop": {
    vi: "“{field}” là tên cột: chỉ dùng được bên trong vòng lặp của trang tính có cột đó, ví dụ {#Ý kiến}{{field}}{/Ý kiến}.",
    en: "“{field}” is a column: it works only inside a loop over a sheet with that column, e.g. {#Ý kiến}{{field}}{/Ý kiến}.",
  },
  "templates.missingTab": {
    vi: "Mẫu lặp theo trang tính “{tab}” nhưng bảng tính không có trang này.",
    en: "The template loops over the “{tab}” sheet, which the workbook lacks.",
  },
  "templates.unclosedTag": {
    vi: "Thẻ “{{tag}” thiếu dấu đóng ngoặc }.",
    en: "Tag “{{tag}” lacks its closing brace }.",
  },
  "templates.unopenedTag": {
    vi: "Thẻ “{tag}}” thiếu dấu mở ngoặc {.",
    en: "Tag “{tag}}” lacks its opening brace {.",
  },
  "templates.unclosedLoop": {
    vi: "Vòng lặp {#{tag}} chưa có thẻ đóng {/{tag}}.",
    en: "Loop {#{tag}} has no closing {/{tag}}.",
  },
  "templates.unopenedLoop": {
    vi: "Thẻ đóng {/{tag}} không có thẻ mở {#{tag}} tương ứng.",
    en: "Closing {/{tag}} has no matching opening {#{tag}}.",
  },
  "templates.mismatchedLoop": {
    vi: "Vòng lặp mở bằng {#{open}} nhưng đóng bằng {/{close}}: thẻ đóng phải cùng tên với thẻ mở.",
    en: "A loop opened with {#{open}} is closed with {/{close}}: both must name the same thing.",
  },
  "templates.doubleOpen": {
    vi: "Thẻ “{tag}” có hai dấu mở ngoặc {{.",
    en: "Tag “{tag}” has two opening braces {{.",
  },
  "templates.doubleClose": {
    vi: "Thẻ “{tag}” có hai dấu đóng ngoặc }}.",
    en: "Tag “{tag}” has two closing braces }}.",
  },
  "templates.emptyTag": {
    vi: "Có cặp ngoặc nhọn {} trống, không ghi tên trường.",
    en: "An empty pair of braces {} names no field.",
  },
  "templates.malformed": {
    vi: "Thẻ “{tag}” viết sai ({detail}).",
    en: "Tag “{tag}” is malformed ({detail}).",
  },
  "templates.place.paragraph": { vi: "ở đoạn: “{text}”", en: "in the paragraph: “{text}”" },
  "templates.place.cell": { vi: "ở ô bảng: “{text}”", en: "in the table cell: “{text}”" },
  "templates.place.header": { vi: "ở đầu trang: “{text}”", en: "in the page header: “{text}”" },
  "templates.place.footer": { vi: "ở chân trang: “{text}”", en: "in the page footer: “{text}”" },
  "templates.cli.usage": {
    vi: "Cách dùng: doi-thoai fill <bảng tính.xlsx> <mẫu.docx> -o <tệp.docx>",
    en: "Usage: doi-thoai fill <workbook.xlsx> <template.docx> -o <file.docx>",
  },
  "templates.cli.written": { vi: "Đã ghi {file}.", en: "Wrote {file}." },
  "templates.cli.readFailed": {
    vi: "Không đọc được tệp mẫu {file} ({detail}).",
    en: "Could not read the template {file} ({detail}).",
  },
} satisfies Record<string, MessageText>;
