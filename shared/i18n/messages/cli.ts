import type { MessageText } from "../types.ts";

/** The `doi-thoai` command line and the local preview. */
export const cliMessages = {
  "cli.usage": {
    vi: [
      "Cách dùng: doi-thoai <lệnh> [tham số]",
      "",
      "  init <tệp.xlsx>                      tạo bảng tính trống theo đúng cấu trúc",
      "  serve [tệp.xlsx] [--port N]          mở bản xem trước bảng điều khiển trên máy (mặc định: bảng tính mẫu)",
      "  call <tệp.xlsx> <thao tác> ['<json>'] chạy một thao tác của bảng điều khiển và in kết quả JSON",
      "  render <tệp.xlsx> <loại> -o <tệp>    xuất văn bản (.docx hoặc .html); thêm --by-category để in giấy mời theo thành phần",
      "  fill <tệp.xlsx> <mẫu.docx> -o <tệp>  điền mẫu Word của đơn vị (trường: docs/templates.md)",
      "  import-residents <tệp.xlsx> <tệp>    nhập danh sách dân cư từ CSV/Excel",
    ].join("\n"),
    en: [
      "Usage: doi-thoai <command> [arguments]",
      "",
      "  init <file.xlsx>                      write an empty workbook with the schema",
      "  serve [file.xlsx] [--port N]          start the local sidebar preview (default: the sample workbook)",
      "  call <file.xlsx> <action> ['<json>']  run one sidebar action and print its JSON result",
      "  render <file.xlsx> <kind> -o <file>   render a document (.docx or .html); add --by-category for invitations per category",
      "  fill <file.xlsx> <tpl.docx> -o <file> fill the office's own Word template (fields: docs/templates.md)",
      "  import-residents <file.xlsx> <file>   import the residents register from CSV/Excel",
    ].join("\n"),
  },
  "cli.help.kinds": { vi: "Loại văn bản của render:", en: "Document kinds for render:" },
  "cli.help.actions": {
    vi: "Thao tác của call (dữ liệu JSON tùy thao tác):",
    en: "Actions for call (JSON input where the action takes one):",
  },
  "cli.help.importOptions": { vi: "Tùy chọn của import-residents:", en: "Options of import-residents:" },
  "cli.help.lang": { vi: "Thêm --lang en để dùng tiếng Anh.", en: "Add --lang vi for Vietnamese." },
  "cli.action.getOverview": {
    vi: "tổng quan: hội nghị, số đại biểu, dân cư, ý kiến, trang tính còn thiếu",
    en: "overview: the conference, counts of invitees, residents, opinions, missing tabs",
  },
  "cli.action.setupWorkbook": {
    vi: "tạo các trang tính và cột còn thiếu (chạy lại không sao)",
    en: "create the missing tabs and columns (safe to run again)",
  },
  "cli.action.createDocument": {
    vi: 'tạo văn bản Google Docs bên cạnh bảng tính, ví dụ \'{"kind":"minutes"}\'',
    en: 'create a Google Doc beside the workbook, e.g. \'{"kind":"minutes"}\'',
  },
  "cli.action.getImportContext": {
    vi: "khu dân cư, tổ dân phố và các lần nhập dân cư đã có",
    en: "the neighbourhoods, residential groups and earlier residents imports",
  },
  "cli.action.importResidents": {
    vi: "ghi các dòng dân cư đã đọc (dùng lệnh import-residents thay cho thao tác này)",
    en: "write residents rows already read (use the import-residents command instead)",
  },
  "cli.action.undoImport": {
    vi: 'hoàn tác một lần nhập, ví dụ \'{"batchId":"…"}\' (mặc định: lần gần nhất)',
    en: 'undo one import, e.g. \'{"batchId":"…"}\' (default: the latest)',
  },
  "cli.importOption.dryRun": {
    vi: "chạy thử: đọc và kiểm tra, không ghi vào bảng tính",
    en: "dry run: read and check, write nothing to the workbook",
  },
  "cli.importOption.json": { vi: "in kết quả dạng JSON", en: "print the outcome as JSON" },
  "cli.importOption.encoding": {
    vi: "bảng mã của tệp CSV (mặc định: tự nhận)",
    en: "the CSV file's encoding (default: detected)",
  },
  "cli.importOption.font": {
    vi: "phông chữ cũ của nội dung (mặc định: tự nhận)",
    en: "legacy Vietnamese font of the text (default: detected)",
  },
  "cli.importOption.delimiter": {
    vi: "dấu phân cách cột của tệp CSV (mặc định: tự nhận)",
    en: "the CSV file's column separator (default: detected)",
  },
  "cli.importOption.headerRow": {
    vi: "số thứ tự dòng tiêu đề (mặc định: tự tìm)",
    en: "the header row's number (default: found)",
  },
  "cli.importOption.sheet": {
    vi: "trang tính cần đọc của tệp Excel (mặc định: trang có dòng tiêu đề giống danh sách dân cư nhất)",
    en: "the Excel file's sheet to read (default: the one whose header looks most like a residents list)",
  },
  "cli.placeholder.sheet": { vi: "tên", en: "name" },
  "cli.unknownCommand": { vi: "Không có lệnh “{command}”.", en: "There is no command “{command}”." },
  "cli.missingArgument": { vi: "Thiếu tham số: {name}.", en: "Missing argument: {name}." },
  "cli.badJson": {
    vi: "Dữ liệu JSON của thao tác không đọc được: {detail}",
    en: "The action's JSON input cannot be read: {detail}",
  },
  "cli.fileExists": {
    vi: "Tệp “{file}” đã có; không ghi đè. Hãy chọn tên khác.",
    en: "File “{file}” already exists; not overwriting. Choose another name.",
  },
  "cli.fileMissing": { vi: "Không tìm thấy tệp “{file}”.", en: "File “{file}” was not found." },
  "cli.notXlsx": {
    vi: "Tệp “{file}” không phải bảng tính .xlsx đọc được (tệp hỏng, có mật khẩu, hoặc định dạng khác).",
    en: "File “{file}” is not a readable .xlsx workbook (damaged, password-protected, or another format).",
  },
  "cli.initDone": { vi: "Đã tạo bảng tính trống “{file}”.", en: "Wrote an empty workbook “{file}”." },
  "cli.buildMissing": {
    vi: "Chưa có bản dựng của add-on ({file}). Hãy chạy: npm run build",
    en: "The add-on build is missing ({file}). Run: npm run build",
  },
  "cli.isDirectory": {
    vi: "“{file}” là một thư mục, không phải tệp. Hãy chỉ ra đường dẫn tới tệp.",
    en: "“{file}” is a folder, not a file. Give the path of a file.",
  },
  "cli.folderMissing": {
    vi: "Không có thư mục “{folder}” để tạo tệp trong đó. Hãy tạo thư mục trước hoặc chọn đường dẫn khác.",
    en: "There is no folder “{folder}” to create the file in. Create it first or choose another path.",
  },
  "cli.cannotWrite": {
    vi: "Không ghi được tệp “{file}” (không có quyền ghi hoặc ổ đĩa đầy).",
    en: "Cannot write file “{file}” (no write permission, or the disk is full).",
  },
  "cli.badPort": {
    vi: "Cổng “{port}” không hợp lệ: hãy dùng một số từ 1 đến 65535 (hoặc 0 để chọn cổng trống bất kỳ).",
    en: "Port “{port}” is invalid: use a number from 1 to 65535 (or 0 for any free port).",
  },
  "cli.portInUse": {
    vi: "Cổng {port} đang được một chương trình khác dùng. Hãy dừng chương trình đó hoặc chọn cổng khác với --port.",
    en: "Port {port} is in use by another program. Stop it or choose another port with --port.",
  },
  "cli.workbookBusy": {
    vi: "Bảng tính “{file}” đang được {who} dùng (tiến trình {pid}, từ {since}). Hãy đợi xong hoặc đóng chương trình đó rồi chạy lại.",
    en: "Workbook “{file}” is in use by {who} (process {pid}, since {since}). Wait for it to finish or close it, then run again.",
  },
  "cli.workbookChanged": {
    vi: "Bảng tính “{file}” vừa được một chương trình khác lưu; đã đọc lại bản mới trước khi ghi.",
    en: "Workbook “{file}” was just saved by another program; the new version was read again before writing.",
  },
  "cli.unexpected": {
    vi: "Có lỗi ngoài dự kiến: {detail}. Bảng tính không bị thay đổi. Hãy báo lỗi này kèm lệnh đã chạy.",
    en: "Unexpected error: {detail}. The workbook was not changed. Please report it with the command you ran.",
  },
  "cli.importOption.acceptConflicts": {
    vi: "cập nhật cả những người trùng số định danh nhưng khác họ tên hoặc ngày sinh (sau khi đã kiểm tra)",
    en: "also update people whose ID number matches but whose name or birth date differs (once checked)",
  },
  "preview.listening": {
    vi: "Bản xem trước đang chạy tại {url}  (bảng tính: {file}; Ctrl+C để dừng)",
    en: "Preview running at {url}  (workbook: {file}; Ctrl+C to stop)",
  },
  "preview.sampleCreated": {
    vi: "Đã tạo bảng tính mẫu “{file}” từ {source}.",
    en: "Created the sample workbook “{file}” from {source}.",
  },
} satisfies Record<string, MessageText>;
