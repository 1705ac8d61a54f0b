/** Tab `Danh mục`: the ward's own lists (KDC and TDP, fields, answerers, levels). */
import type { TableTabSpec } from "../types.ts";

export const CATALOGUE_TAB = {
  key: "catalogue",
  kind: "table",
  name: "Danh mục",
  note: "Các danh mục của phường: KDC và TDP (mỗi dòng một TDP với KDC của nó), lĩnh vực, người trả lời, cấp thẩm quyền. Mỗi cột là một danh sách riêng.",
  columns: [
    {
      key: "kdc",
      header: "Khu dân cư",
      aliases: ["KDC"],
      type: "text",
      note: "Tên KDC; dòng nào có TDP thì TDP đó thuộc KDC này.",
      width: 150,
    },
    {
      key: "tdp",
      header: "Tổ dân phố",
      aliases: ["TDP"],
      type: "text",
      note: "Tên TDP (ví dụ Tổ 5).",
      width: 120,
    },
    { key: "field", header: "Lĩnh vực", type: "text", note: "Lĩnh vực của ý kiến.", width: 180 },
    {
      key: "answerer",
      header: "Người trả lời",
      type: "text",
      note: "Lãnh đạo, đơn vị tiếp thu, giải trình.",
      width: 220,
    },
    {
      key: "level",
      header: "Cấp thẩm quyền",
      type: "text",
      note: "Cấp giải quyết, ví dụ phường, thành phố.",
      width: 130,
    },
  ],
} as const satisfies TableTabSpec;
