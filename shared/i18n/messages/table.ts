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
} satisfies Record<string, MessageText>;
