/** Tab `Hội nghị`: the conference's facts as label/value rows (facts listed in conference-facts.ts). */
import type { FactsTabSpec } from "../types.ts";

export const CONFERENCE_TAB: FactsTabSpec = {
  key: "conference",
  kind: "facts",
  name: "Hội nghị",
  note: "Thông tin của hội nghị, mỗi dòng một mục; mục có nhiều giá trị thì mỗi giá trị một dòng, theo thứ tự.",
  columns: [
    {
      key: "label",
      header: "Mục",
      type: "text",
      required: true,
      note: "Tên mục (xem danh sách mục).",
      width: 200,
    },
    { key: "value", header: "Giá trị", type: "text", note: "Giá trị của mục.", width: 420 },
    {
      key: "detail",
      header: "Chi tiết",
      type: "text",
      note: "Phần thứ hai của mục nếu có (chức vụ của người chủ trì, nội dung nhiệm vụ của đơn vị...).",
      width: 320,
    },
    { key: "hint", header: "Ghi chú", type: "text", note: "Hướng dẫn, không đưa vào văn bản.", width: 240 },
  ],
};
