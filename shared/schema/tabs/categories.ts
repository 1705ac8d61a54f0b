/** Tab `Thành phần`: invitee categories and how each one's count is formed. */
import { COUNT_METHODS } from "../choices.ts";
import type { TableTabSpec } from "../types.ts";
import { fixed } from "./fixed.ts";

export const CATEGORIES_TAB = {
  key: "categories",
  kind: "table",
  name: "Thành phần",
  note: "Các thành phần được mời, theo thứ tự trong kế hoạch và danh sách đại biểu.",
  columns: [
    {
      key: "name",
      header: "Thành phần",
      type: "text",
      required: true,
      note: "Tên ngắn của thành phần; dùng để chọn trong cột Thành phần của trang Đại biểu.",
      width: 260,
    },
    {
      key: "wording",
      header: "Cách ghi trong kế hoạch",
      type: "text",
      note: "Câu ghi trong mục Thành phần tham dự; có thể dùng {số KDC}, {số TDP}, {số người}. Để trống thì dùng tên.",
      width: 380,
    },
    {
      key: "method",
      header: "Cách tính",
      type: "choice",
      choices: fixed(COUNT_METHODS),
      required: true,
      note: "Theo danh sách; Mỗi KDC (mỗi vai trò một người mỗi KDC); Mỗi TDP; Dân cư mỗi KDC.",
      width: 150,
    },
    {
      key: "roles",
      header: "Vai trò",
      type: "text",
      note: "Với Mỗi KDC / Mỗi TDP: các vai trò được mời, cách nhau bởi dấu chấm phẩy.",
      width: 240,
    },
    {
      key: "perKdc",
      header: "Số người mỗi KDC",
      type: "number",
      note: "Với Dân cư mỗi KDC: số người dân mời ở mỗi KDC.",
      width: 130,
    },
    { key: "note", header: "Ghi chú", type: "text", note: "Ghi chú nội bộ.", width: 200 },
  ],
} as const satisfies TableTabSpec;
