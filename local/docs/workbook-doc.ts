/**
 * docs/workbook.md is written from the schema, so the two cannot drift apart
 * (`npm run docs` rewrites it; a test fails when it is stale).
 */
import { COUNT_METHODS, FACTS, factHint, TABS } from "../../shared/schema/index.ts";
import type { ColumnSpec, ColumnType } from "../../shared/schema/types.ts";

const TYPE_NAMES: Record<ColumnType, string> = {
  text: "chữ",
  date: "ngày",
  time: "giờ",
  choice: "chọn",
  yesno: "có/không (ô đánh dấu)",
  number: "số",
};

function choiceText(column: ColumnSpec): string {
  const source = column.choices;
  if (!source) return "";
  if (source.kind === "fixed") return source.values.join(" · ");
  if (source.kind === "categories") return "tên trong trang Thành phần";
  const lists = {
    kdc: "Khu dân cư",
    tdp: "Tổ dân phố",
    field: "Lĩnh vực",
    answerer: "Người trả lời",
    level: "Cấp thẩm quyền",
  };
  return `cột ${lists[source.list]} của trang Danh mục`;
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function renderWorkbookDoc(): string {
  const lines: string[] = [
    "# Bảng tính của Đối thoại (workbook schema)",
    "",
    "<!-- Generated from shared/schema by `npm run docs`; edit the schema, not this file. -->",
    "",
    "Mỗi hội nghị là một bảng tính Google (hoặc một tệp .xlsx) với các trang dưới đây. Các cột được nhận ra",
    "theo tên tiêu đề (không phân biệt hoa thường, khoảng trắng, dấu), không theo vị trí; cột do người dùng",
    "tự thêm được giữ nguyên. Thiếu trang hoặc cột thì phần mềm báo rõ tên; “Thiết lập bảng tính” tạo",
    "trang và cột còn thiếu, và ghi sẵn các mục của trang Hội nghị, mà không đụng đến dữ liệu đã có.",
    "",
    "Columns are found by header text (tolerant of case, spacing and diacritics), never by position;",
    "columns a user adds are kept. Text columns (IDs, phones) are formatted as plain text.",
    "",
  ];
  for (const tab of TABS) {
    lines.push(`## ${tab.name}`, "", tab.note, "");
    lines.push("| Cột | Kiểu | Bắt buộc | Lựa chọn | Nội dung |", "|---|---|---|---|---|");
    for (const column of tab.columns) {
      const aliases = column.aliases?.length ? ` (cũng nhận: ${column.aliases.join(", ")})` : "";
      lines.push(
        `| ${cell(column.header + aliases)} | ${TYPE_NAMES[column.type]} | ${column.required ? "có" : ""} | ${cell(choiceText(column))} | ${cell(column.note)} |`,
      );
    }
    lines.push("");
    if (tab.kind === "facts") {
      lines.push(
        "### Các mục của trang Hội nghị",
        "",
        "“Thiết lập bảng tính” ghi sẵn mọi mục chưa có (tên ở cột Mục, hướng dẫn và ví dụ ở cột Ghi chú,",
        "danh sách chọn cho Cấp): chỉ cần điền cột Giá trị từ trên xuống. Tên mục được nhận cả khi khác hoa",
        "thường, dấu, khoảng trắng hay cách viết i/y (Thư kí = Thư ký).",
        "",
        "| Mục | Kiểu | Nhiều dòng | Chi tiết | Nội dung |",
        "|---|---|---|---|---|",
      );
      for (const fact of FACTS) {
        const type = { text: "chữ", date: "ngày", time: "giờ", monthOrDate: "ngày hoặc tháng/năm" }[
          fact.type
        ];
        lines.push(
          `| ${cell(fact.label)} | ${type} | ${fact.multi ? "có" : ""} | ${cell(fact.detail ?? "")} | ${cell(factHint(fact))} |`,
        );
      }
      lines.push("");
    }
    if (tab.key === "categories") {
      lines.push(
        "Cách tính số người của mỗi thành phần:",
        "",
        ...Object.values(COUNT_METHODS).map((m) => `- ${m}`),
        "",
      );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
