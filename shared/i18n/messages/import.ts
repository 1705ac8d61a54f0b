import type { MessageText } from "../types.ts";

/** The residents import (Nhập dân cư): pipeline problems, the sidebar tab, the CLI. */
export const importMessages = {
  // Values in a row.
  "import.missingName": { vi: "Thiếu họ tên.", en: "The name is missing." },
  "import.nameDigits": {
    vi: "Họ tên “{value}” có chữ số; hãy kiểm tra.",
    en: "The name “{value}” contains digits; please check.",
  },
  "import.badId": {
    vi: "Số định danh “{value}” không đúng (CCCD 12 chữ số, CMND 9 chữ số).",
    en: "ID number “{value}” is malformed (12 digits for a CCCD, 9 for an old CMND).",
  },
  "import.idScientific": {
    vi: "Số định danh “{value}” đã bị Excel đổi thành dạng số mũ và mất chữ số; hãy định dạng cột là Văn bản rồi xuất lại.",
    en: "ID number “{value}” was turned into scientific notation by Excel and lost digits; format the column as Text and export again.",
  },
  "import.idZeroRestored": {
    vi: "Số định danh “{value}” thiếu số 0 đầu (cột dạng số); đã sửa thành {restored}.",
    en: "ID number “{value}” had lost its leading zero (a number column); restored as {restored}.",
  },
  "import.badPhone": {
    vi: "Số điện thoại “{value}” không đúng dạng 0xxxxxxxxx; vẫn nhập như đã ghi.",
    en: "Phone “{value}” is not of the form 0xxxxxxxxx; imported as written.",
  },
  "import.badGender": {
    vi: "Giới tính “{value}” không rõ (Nam/Nữ); để trống.",
    en: "Gender “{value}” is unclear (Nam/Nữ); left blank.",
  },
  "import.badDate": {
    vi: "Ngày sinh “{value}” không đọc được (ngày/tháng/năm, năm/tháng/ngày hoặc năm).",
    en: "Birth date “{value}” cannot be read (day/month/year, year-month-day or a year).",
  },
  "import.impossibleDate": {
    vi: "Ngày sinh “{value}” không có thật.",
    en: "Birth date “{value}” does not exist.",
  },
  "import.futureDate": {
    vi: "Ngày sinh “{value}” ở tương lai.",
    en: "Birth date “{value}” is in the future.",
  },
  "import.partialDate": {
    vi: "Ngày sinh “{value}” không đủ ngày tháng; chỉ giữ năm {kept}.",
    en: "Birth date “{value}” lacks day or month; only the year {kept} is kept.",
  },
  "import.unknownTdp": {
    vi: "Tổ dân phố “{value}” không có trong Danh mục của phường.",
    en: "Neighbourhood group “{value}” is not in the ward's Danh mục.",
  },
  "import.unknownKdc": {
    vi: "Khu dân cư “{value}” không có trong Danh mục của phường.",
    en: "Residential area “{value}” is not in the ward's Danh mục.",
  },
  "import.areaMismatch": {
    vi: "{tdp} thuộc {expected} theo Danh mục, không thuộc “{kdc}”.",
    en: "{tdp} belongs to {expected} in the Danh mục, not to “{kdc}”.",
  },
  "import.duplicateRow": {
    vi: "Trùng với dòng {first} trong tệp; bỏ qua, giữ dòng {first}.",
    en: "Repeats row {first} of the file; skipped, row {first} kept.",
  },
  "import.noteRow": {
    vi: "Dòng chỉ có “{value}” (ghi chú hoặc tiêu đề nhóm); bỏ qua.",
    en: "Row holding only “{value}” (a note or group title); skipped.",
  },
  "import.nameCode": {
    vi: "Họ tên “{value}” có ký tự của công thức hoặc mã trang web; giữ nguyên như đã ghi, hãy kiểm tra.",
    en: "The name “{value}” holds formula or web-page characters; kept exactly as written, please check.",
  },
  "import.nameTooLong": {
    vi: "Họ tên dài {length} ký tự (tối đa {max}); có lẽ cột bị lệch.",
    en: "The name is {length} characters long (at most {max}); a column may be misplaced.",
  },
  "import.valueTooLong": {
    vi: "Giá trị dài {length} ký tự (tối đa {max}); có lẽ cột bị lệch.",
    en: "The value is {length} characters long (at most {max}); a column may be misplaced.",
  },
  "import.idConflict": {
    vi: "Số định danh {id} đã có trong trang Dân cư ({existingId}) với họ tên “{existingName}”, ngày sinh {existingBirth}; tệp ghi “{name}”, ngày sinh {birth}. Không cập nhật trừ khi xác nhận.",
    en: "ID number {id} is already in the Dân cư sheet ({existingId}) as “{existingName}”, born {existingBirth}; the file has “{name}”, born {birth}. Not updated unless confirmed.",
  },
  "import.conflictsHeld": {
    vi: "{count} dòng trùng số định danh nhưng khác họ tên hoặc ngày sinh: chưa cập nhật. Kiểm tra từng dòng; nếu tệp đúng, đánh dấu “Cập nhật cả những dòng này” rồi nhập.",
    en: "{count} rows share an ID number with a different name or birth date: not updated. Check each row; if the file is right, tick “Update these rows too” and import.",
  },
  "import.cli.conflictsHeld": {
    vi: "{count} dòng trùng số định danh nhưng khác họ tên hoặc ngày sinh: chưa cập nhật. Kiểm tra rồi chạy lại với --accept-conflicts nếu tệp đúng.",
    en: "{count} rows share an ID number with a different name or birth date: not updated. Check them, then run again with --accept-conflicts if the file is right.",
  },
  // The file as a whole.
  "import.emptyFile": {
    vi: "Tệp trống: không có dữ liệu nào để nhập.",
    en: "The file is empty: there is nothing to import.",
  },
  "import.notText": {
    vi: "Tệp này không phải bảng dữ liệu dạng văn bản (CSV) hay Excel (.xlsx); có lẽ là tệp PDF, ảnh hoặc tệp nén bị đổi tên. Hãy xuất lại danh sách ra CSV hoặc .xlsx.",
    en: "This file is neither a delimited text table (CSV) nor an Excel workbook (.xlsx); perhaps a PDF, an image or an archive renamed. Export the list again as CSV or .xlsx.",
  },
  "import.rowCountMismatch": {
    vi: "Từ dòng {row}: đọc được {read} dòng nhưng tệp có {expected} dòng; không nhập để khỏi mất dòng. Hãy kiểm tra dấu ngoặc kép và xuống dòng trong tệp.",
    en: "From row {row}: {read} rows read but the file holds {expected} lines; nothing imported so that no row is lost. Check the quotes and line breaks in the file.",
  },
  "import.tooManyRows": {
    vi: "Tệp có khoảng {rows} dòng, nhưng bảng tính chỉ còn chỗ cho {room} dòng dân cư (giới hạn 10 triệu ô của Google Trang tính). Hãy chia tệp theo khu dân cư hoặc tổ dân phố.",
    en: "The file holds about {rows} rows, but the workbook has room for only {room} residents (Google Sheets' limit of 10 million cells). Split the file by neighbourhood or residential group.",
  },
  "import.fileTooLarge": {
    vi: "Tệp nặng {size} MB, quá lớn để bảng tính chứa được (tối đa khoảng {max} MB cho chỗ còn lại). Hãy chia tệp theo khu dân cư hoặc tổ dân phố.",
    en: "The file is {size} MB, too large for the workbook to hold (about {max} MB at most for the room left). Split the file by neighbourhood or residential group.",
  },
  "import.noHeader": {
    vi: "Không tìm thấy dòng tiêu đề (Họ và tên, Ngày sinh, CCCD...). Hãy chọn dòng tiêu đề.",
    en: "No header row found (Họ và tên, Ngày sinh, CCCD...). Please choose the header row.",
  },
  "import.noNameColumn": {
    vi: "Dòng tiêu đề {row} không có cột họ tên. Hãy chọn cột họ tên hoặc dòng tiêu đề khác.",
    en: "Header row {row} has no name column. Choose the name column or another header row.",
  },
  "import.sensitiveColumn": {
    vi: "Cột “{column}” không được nhập: dân tộc, tôn giáo là dữ liệu cá nhân nhạy cảm, không cần cho hội nghị đối thoại (Luật Bảo vệ dữ liệu cá nhân).",
    en: "Column “{column}” is not imported: ethnicity and religion are sensitive personal data a dialogue conference does not need (Personal Data Protection Law).",
  },
  "import.unknownColumns": {
    vi: "Các cột không nhận ra, không nhập: {columns}.",
    en: "Columns not recognised, not imported: {columns}.",
  },
  "import.monthFirstDates": {
    vi: "Ngày sinh trong tệp ghi tháng trước ngày (kiểu Mỹ); đã đọc theo tháng/ngày/năm.",
    en: "Birth dates in the file put the month first (US style); read as month/day/year.",
  },
  "import.numberingRowSkipped": {
    vi: "Dòng {row} là dòng đánh số cột; bỏ qua.",
    en: "Row {row} numbers the columns; skipped.",
  },
  "import.kdcDerived": {
    vi: "{count} dòng không ghi KDC: lấy KDC theo TDP trong Danh mục.",
    en: "{count} rows name no KDC: taken from their TDP in the Danh mục.",
  },
  "import.noAreas": {
    vi: "Danh mục chưa có KDC/TDP nên không kiểm tra được; KDC/TDP nhập như đã ghi.",
    en: "The Danh mục lists no KDC/TDP, so they cannot be checked; imported as written.",
  },
  "import.unclosedQuote": {
    vi: "Dòng {row}: dấu ngoặc kép mở mà không đóng; phần sau có thể bị gộp vào một ô.",
    en: "Row {row}: a quote is opened and never closed; what follows may have merged into one cell.",
  },
  "import.rowBrokenQuotes": {
    vi: "Dấu ngoặc kép trong dòng này không khớp nên các ô có thể đã bị gộp hoặc lệch (cả những dòng sau nó); dòng không được nhập. Hãy sửa trong tệp rồi nhập lại.",
    en: "The quotes in this row do not match, so its cells (and rows after it) may have merged or shifted; the row is not imported. Fix it in the file and import again.",
  },
  "import.badQuotes": {
    vi: "Dòng {row}: dấu ngoặc kép đặt sai chỗ.",
    en: "Row {row}: a misplaced quote.",
  },
  "import.xlsxUnreadable": {
    vi: "Không đọc được tệp Excel “{file}”: tệp hỏng, có mật khẩu, hoặc không phải .xlsx.",
    en: "The Excel file “{file}” cannot be read: it is damaged, password-protected, or not an .xlsx.",
  },
  "import.xlsxNoSheet": {
    vi: "Tệp Excel “{file}” không có trang tính nào có dữ liệu{sheet}.",
    en: "The Excel file “{file}” has no sheet with data{sheet}.",
  },
  "import.fileUnreadable": {
    vi: "Trình duyệt không đọc được tệp “{file}”. Hãy chọn lại tệp.",
    en: "The browser could not read “{file}”. Pick the file again.",
  },
  "import.xlsxOldFormat": {
    vi: "Tệp .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV.",
    en: ".xls files (Excel 97-2003) are not supported; save as .xlsx or CSV.",
  },
  // Server side.
  "import.badPayload": {
    vi: "Dữ liệu nhập gửi lên không đúng định dạng; hãy chọn lại tệp.",
    en: "The import data sent is malformed; please pick the file again.",
  },
  "import.rowsRejected": {
    vi: "Không nhập gì: {count} dòng không còn hợp lệ với bảng tính hiện tại (có thể Danh mục vừa đổi); hãy xem trước lại. Dòng {row}, cột “{column}”:",
    en: "Nothing imported: {count} rows are no longer valid for the workbook as it is now (the Danh mục may have changed); please preview again. Row {row}, column “{column}”:",
  },
  "import.undoNothing": { vi: "Chưa có lần nhập nào để hoàn tác.", en: "There is no import to undo." },
  "import.undoUnknownBatch": {
    vi: "Không tìm thấy lần nhập {batch}.",
    en: "Import {batch} was not found.",
  },
  "import.undoAlreadyDone": {
    vi: "Lần nhập {batch} đã được hoàn tác.",
    en: "Import {batch} has already been undone.",
  },
  "import.undoBlocked": {
    vi: "Lần nhập {batch} đã được các lần nhập sau sửa tiếp ({later}); hãy hoàn tác các lần đó trước.",
    en: "Import {batch} was built upon by later imports ({later}); undo those first.",
  },
  "import.undoDone": {
    vi: "Đã hoàn tác lần nhập {batch}: xóa {removed} dòng đã thêm, khôi phục {restored} ô đã sửa.",
    en: "Import {batch} undone: {removed} added rows removed, {restored} changed cells restored.",
  },
  "import.undoKept": {
    vi: "{count} ô đã được sửa tay sau lần nhập nên giữ nguyên.",
    en: "{count} cells edited by hand since the import were left as they are.",
  },
  "import.undoMissing": {
    vi: "{count} dòng của lần nhập không còn trong trang Dân cư.",
    en: "{count} rows of the import are no longer in the Dân cư sheet.",
  },
  // Fields, as the sidebar's mapping offers them.
  "import.field.fullName": { vi: "Họ và tên", en: "Full name" },
  "import.field.familyName": { vi: "Họ và tên đệm", en: "Family and middle name" },
  "import.field.givenName": { vi: "Tên", en: "Given name" },
  "import.field.birthDate": { vi: "Ngày sinh", en: "Birth date" },
  "import.field.gender": { vi: "Giới tính", en: "Gender" },
  "import.field.idNumber": { vi: "Số định danh (CCCD/CMND)", en: "ID number (CCCD/CMND)" },
  "import.field.phone": { vi: "Điện thoại", en: "Phone" },
  "import.field.address": { vi: "Địa chỉ", en: "Address" },
  "import.field.tdp": { vi: "Tổ dân phố (TDP)", en: "Neighbourhood group (TDP)" },
  "import.field.kdc": { vi: "Khu dân cư (KDC)", en: "Residential area (KDC)" },
  "import.field.ignore": { vi: "— Không nhập —", en: "— Do not import —" },
  // The sidebar tab.
  "import.ui.intro": {
    vi: "Chọn tệp danh sách dân cư (CSV, TXT hoặc Excel .xlsx). Tệp được đọc ngay trên máy này; chỉ các dòng hợp lệ được ghi vào trang Dân cư.",
    en: "Pick a residents list (CSV, TXT or Excel .xlsx). The file is read on this computer; only valid rows are written to the Dân cư sheet.",
  },
  "import.ui.reading": { vi: "Đang đọc tệp…", en: "Reading the file…" },
  "import.ui.progress": {
    vi: "Đang xử lý: {percent}% tệp, {rows} dòng…",
    en: "Processing: {percent}% of the file, {rows} rows…",
  },
  "import.ui.checking": { vi: "Đang so với trang Dân cư…", en: "Comparing with the Dân cư sheet…" },
  "import.ui.writing": {
    vi: "Đang ghi {count} dòng vào bảng tính…",
    en: "Writing {count} rows to the spreadsheet…",
  },
  "import.ui.settings": { vi: "Cách đọc tệp", en: "How the file is read" },
  "import.ui.encoding": { vi: "Bảng mã", en: "Encoding" },
  "import.ui.font": { vi: "Phông chữ cũ", en: "Legacy font" },
  "import.ui.delimiter": { vi: "Dấu phân cách", en: "Separator" },
  "import.ui.headerRow": { vi: "Dòng tiêu đề", en: "Header row" },
  "import.ui.auto": { vi: "Tự nhận ({value})", en: "Automatic ({value})" },
  "import.ui.reread": { vi: "Đọc lại", en: "Read again" },
  "import.ui.delimiter.comma": { vi: "dấu phẩy (,)", en: "comma (,)" },
  "import.ui.delimiter.semicolon": { vi: "dấu chấm phẩy (;)", en: "semicolon (;)" },
  "import.ui.delimiter.tab": { vi: "tab", en: "tab" },
  "import.ui.delimiter.pipe": { vi: "gạch đứng (|)", en: "vertical bar (|)" },
  "import.ui.font.unicode": { vi: "Unicode", en: "Unicode" },
  "import.ui.columns": { vi: "Các cột", en: "Columns" },
  "import.ui.sensitive": {
    vi: "Không nhập (dữ liệu nhạy cảm)",
    en: "Not imported (sensitive data)",
  },
  "import.ui.sheet": { vi: "Trang tính: {sheet}", en: "Sheet: {sheet}" },
  "import.ui.counts": {
    vi: "{rows} dòng dữ liệu: {valid} hợp lệ, {errors} dòng lỗi, {duplicates} dòng trùng trong tệp.",
    en: "{rows} data rows: {valid} valid, {errors} with errors, {duplicates} repeated in the file.",
  },
  "import.ui.plan": {
    vi: "So với trang Dân cư: thêm {added}, cập nhật {updated}, không đổi {unchanged}.",
    en: "Against the Dân cư sheet: {added} to add, {updated} to update, {unchanged} unchanged.",
  },
  "import.ui.firstRows": { vi: "Các dòng đầu (đã chuẩn hóa)", en: "First rows (normalised)" },
  "import.ui.row": { vi: "Dòng", en: "Row" },
  "import.ui.errors": { vi: "Lỗi ({count})", en: "Errors ({count})" },
  "import.ui.warnings": { vi: "Cảnh báo ({count})", en: "Warnings ({count})" },
  "import.ui.notices": { vi: "Lưu ý", en: "Notes" },
  "import.ui.issue": {
    vi: "Dòng {row}, cột “{column}”: {message}",
    en: "Row {row}, column “{column}”: {message}",
  },
  "import.ui.issueRow": { vi: "Dòng {row}: {message}", en: "Row {row}: {message}" },
  "import.ui.downloadErrors": { vi: "Tải các dòng lỗi (CSV)", en: "Download rows with errors (CSV)" },
  "import.ui.errorsFile": { vi: "dong-loi", en: "rows-with-errors" },
  "import.ui.errorsColumn": { vi: "Lỗi", en: "Errors" },
  "import.ui.commit": { vi: "Nhập {count} dòng", en: "Import {count} rows" },
  "import.ui.nothing": {
    vi: "Không có dòng hợp lệ nào để nhập.",
    en: "There is no valid row to import.",
  },
  "import.ui.done": {
    vi: "Đã nhập (lần nhập {batch}): thêm {added}, cập nhật {updated}, không đổi {unchanged}.",
    en: "Imported (batch {batch}): {added} added, {updated} updated, {unchanged} unchanged.",
  },
  "import.ui.undo": { vi: "Hoàn tác lần nhập", en: "Undo the import" },
  "import.ui.history": { vi: "Các lần nhập", en: "Imports" },
  "import.ui.historyItem": {
    vi: "{batch} – {source}: thêm {added}, cập nhật {updated}",
    en: "{batch} – {source}: {added} added, {updated} updated",
  },
  "import.ui.historyUndone": { vi: "đã hoàn tác", en: "undone" },
  "import.ui.noHistory": { vi: "Chưa có lần nhập nào.", en: "No imports yet." },
  // The CLI.
  "import.cli.usage": {
    vi: "Cách dùng: doi-thoai import-residents <bảng-tính.xlsx> <tệp> [--dry-run] [--json] [--accept-conflicts] [--encoding <bảng mã>] [--font <unicode|tcvn3|vni>] [--delimiter <,|;|tab|pipe>] [--header-row <n>] [--sheet <tên>] [--lang <vi|en>]",
    en: "Usage: doi-thoai import-residents <workbook.xlsx> <file> [--dry-run] [--json] [--accept-conflicts] [--encoding <encoding>] [--font <unicode|tcvn3|vni>] [--delimiter <,|;|tab|pipe>] [--header-row <n>] [--sheet <name>] [--lang <vi|en>]",
  },
  "import.cli.badOption": { vi: "Tùy chọn không hợp lệ: {option}", en: "Invalid option: {option}" },
  "import.cli.read": {
    vi: "Tệp: {file}; bảng mã {encoding}; dấu phân cách {delimiter}; dòng tiêu đề {headerRow}.",
    en: "File: {file}; encoding {encoding}; separator {delimiter}; header row {headerRow}.",
  },
  "import.cli.summary": {
    vi: "{rows} dòng dữ liệu: thêm {added}, cập nhật {updated}, không đổi {unchanged}, trùng trong tệp {duplicates}, xung đột {conflicts}, {errors} dòng lỗi (không nhập), {warnings} dòng có cảnh báo.",
    en: "{rows} data rows: {added} added, {updated} updated, {unchanged} unchanged, {duplicates} repeated in the file, {conflicts} conflicts, {errors} rows with errors (not imported), {warnings} rows with warnings.",
  },
  "import.cli.error": { vi: "Lỗi – {text}", en: "Error – {text}" },
  "import.cli.warning": { vi: "Cảnh báo – {text}", en: "Warning – {text}" },
  "import.cli.dryRun": {
    vi: "Chạy thử: bảng tính không thay đổi.",
    en: "Dry run: the workbook was not changed.",
  },
  "import.cli.saved": { vi: "Đã ghi lần nhập {batch} vào {file}.", en: "Import {batch} saved to {file}." },
} satisfies Record<string, MessageText>;
