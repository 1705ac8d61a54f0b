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
      "  render <tệp.xlsx> <loại> -o <tệp>    xuất văn bản: plan, invitations, signin, minutes, report (.docx hoặc .html)",
      "  import-residents <tệp.xlsx> <tệp>    nhập danh sách dân cư từ CSV/Excel [--dry-run] [--json]",
      "",
      "Thêm --lang en để dùng tiếng Anh.",
    ].join("\n"),
    en: [
      "Usage: doi-thoai <command> [arguments]",
      "",
      "  init <file.xlsx>                      write an empty workbook with the schema",
      "  serve [file.xlsx] [--port N]          start the local sidebar preview (default: the sample workbook)",
      "  call <file.xlsx> <action> ['<json>']  run one sidebar action and print its JSON result",
      "  render <file.xlsx> <kind> -o <file>   render a document: plan, invitations, signin, minutes, report (.docx or .html)",
      "  import-residents <file.xlsx> <file>   import the residents register from CSV/Excel [--dry-run] [--json]",
      "",
      "Add --lang vi for Vietnamese.",
    ].join("\n"),
  },
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
  "preview.listening": {
    vi: "Bản xem trước đang chạy tại {url}  (bảng tính: {file}; Ctrl+C để dừng)",
    en: "Preview running at {url}  (workbook: {file}; Ctrl+C to stop)",
  },
  "preview.sampleCreated": {
    vi: "Đã tạo bảng tính mẫu “{file}” từ {source}.",
    en: "Created the sample workbook “{file}” from {source}.",
  },
} satisfies Record<string, MessageText>;
