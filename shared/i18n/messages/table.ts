import type { MessageText } from "../types.ts";

/** The table layer: rows addressed by id (shared/table, addon/server/table). */
export const tableMessages = {
  "table.unknownId": {
    vi: "Trang “{tab}” không còn dòng có mã {id} (dòng đã bị xóa, hoặc mã đã bị sửa tay). Hãy tải lại.",
    en: "Tab “{tab}” no longer has a row with id {id} (the row was deleted or its id edited). Please reload.",
  },
  "table.duplicateId": {
    vi: "Trang “{tab}”: mã {id} có ở nhiều dòng ({rows}), có lẽ do sao chép dòng. Hãy xóa mã ở dòng sao chép để phần mềm cấp mã mới.",
    en: "Tab “{tab}”: id {id} is on several rows ({rows}), probably a copied row. Clear the id of the copy and a new one will be given.",
  },
  "table.refusedByRule": {
    vi: "Trang “{tab}”: quy tắc kiểm tra dữ liệu của một ô không nhận giá trị mới, nên không có gì được ghi. Hãy xem quy tắc của cột (Dữ liệu › Xác thực dữ liệu), hoặc chạy lại “Thiết lập bảng tính”, rồi thử lại.",
    en: "Tab “{tab}”: a cell's data validation rule refused the new value, so nothing was written. Check the column's rule (Data › Data validation), or run “Set up the workbook” again, then retry.",
  },
} satisfies Record<string, MessageText>;
