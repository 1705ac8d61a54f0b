/**
 * The facts of the `Hội nghị` tab: one row per fact, label in column `Mục`. Several-valued facts
 * take one row per value, in document order. Labels are matched folded (case, spacing, diacritics).
 */

export type FactType = "text" | "date" | "time" | "monthOrDate";

export interface FactSpec {
  key: FactKey;
  label: string;
  aliases?: readonly string[];
  type: FactType;
  multi?: boolean;
  /** What the `Chi tiết` column means for this fact, when it is used. */
  detail?: string;
  note: string;
  /** A value as a clerk would type it, shown in `Ghi chú` by set-up (and `Chi tiết` after " | "). */
  example?: string;
  /** The values allowed, when there is a short fixed list: set-up puts a dropdown on the value. */
  choices?: readonly string[];
}

export type FactKey =
  | "supervisingBody"
  | "issuingBody"
  | "issuerShortName"
  | "issuerSymbol"
  | "localLevel"
  | "placeName"
  | "planNumber"
  | "planDate"
  | "title"
  | "legalBasis"
  | "introduction"
  | "purpose"
  | "requirement"
  | "format"
  | "chair"
  | "presiding"
  | "secretary"
  | "content"
  | "startDate"
  | "startTime"
  | "endTime"
  | "venue"
  | "agenda"
  | "proceedings"
  | "conclusion"
  | "task"
  | "closing"
  | "recipient"
  | "signerAuthority"
  | "signerTitle"
  | "signer"
  | "invitationNumber"
  | "invitationDate"
  | "minutesNumber"
  | "reportNumber"
  | "reportDate"
  | "reportDeadline"
  | "reportRecipient"
  | "announceDays"
  | "publishDays";

export const FACTS: readonly FactSpec[] = [
  {
    key: "supervisingBody",
    label: "Cơ quan chủ quản",
    type: "text",
    note: "Tùy chọn; dòng trên cùng bên trái của phần đầu văn bản.",
  },
  {
    key: "issuingBody",
    label: "Cơ quan ban hành",
    type: "text",
    note: "Tên đầy đủ, ví dụ ỦY BAN NHÂN DÂN PHƯỜNG ...",
  },
  {
    key: "issuerShortName",
    label: "Tên cơ quan trong văn bản",
    type: "text",
    note: "Cách gọi trong câu văn, ví dụ UBND phường ...",
  },
  {
    key: "issuerSymbol",
    label: "Ký hiệu cơ quan",
    type: "text",
    note: "Phần sau dấu gạch của số văn bản, ví dụ UBND (KH-UBND).",
  },
  {
    key: "localLevel",
    label: "Cấp",
    aliases: ["Cấp chính quyền"],
    type: "text",
    note: "phường, xã hoặc đặc khu; dùng trong lời văn mẫu.",
    choices: ["phường", "xã", "đặc khu"],
  },
  {
    key: "placeName",
    label: "Địa danh",
    type: "text",
    note: "Địa danh ghi ở dòng ngày tháng.",
    example: "An Phú",
  },
  {
    key: "planNumber",
    label: "Số kế hoạch",
    type: "text",
    note: "Chỉ phần số; để trống thì chừa chỗ trống.",
    example: "05",
  },
  {
    key: "planDate",
    label: "Ngày kế hoạch",
    type: "monthOrDate",
    note: "dd/mm/yyyy, hoặc mm/yyyy để chừa trống ngày.",
    example: "06/2026",
  },
  {
    key: "title",
    label: "Trích yếu",
    aliases: ["Tên hội nghị"],
    type: "text",
    note: "Trích yếu nội dung của kế hoạch (tên hội nghị).",
    example: "Tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với Nhân dân năm 2026",
  },
  {
    key: "legalBasis",
    label: "Căn cứ",
    aliases: ["Căn cứ pháp lý"],
    type: "text",
    multi: true,
    note: "Mỗi dòng một căn cứ, ghi cả câu (Căn cứ ..., Thực hiện ...).",
    example: "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
  },
  {
    key: "introduction",
    label: "Lời dẫn kế hoạch",
    type: "text",
    note: "Đoạn dẫn sau các căn cứ; để trống thì dùng lời văn mẫu.",
  },
  { key: "purpose", label: "Mục đích", type: "text", multi: true, note: "Để trống thì dùng lời văn mẫu." },
  { key: "requirement", label: "Yêu cầu", type: "text", multi: true, note: "Để trống thì dùng lời văn mẫu." },
  { key: "format", label: "Hình thức tổ chức", type: "text", note: "Để trống thì dùng lời văn mẫu." },
  {
    key: "chair",
    label: "Chủ trì",
    type: "text",
    multi: true,
    detail: "Chức vụ",
    note: "Họ tên người chủ trì; cột Chi tiết ghi chức vụ (bắt buộc), ví dụ Bí thư Đảng ủy xã, Chủ tịch HĐND xã, Chủ tịch UBND xã. Lời văn mẫu gọi tên người chủ trì theo chức vụ này.",
    example: "Nguyễn Văn A | Bí thư Đảng ủy phường",
  },
  {
    key: "presiding",
    label: "Chủ tọa",
    type: "text",
    detail: "Chức vụ",
    note: "Người ký CHỦ TỌA ở biên bản; để trống thì là người chủ trì đầu tiên. Ghi họ tên một người chủ trì (chức vụ lấy theo dòng Chủ trì) hoặc người khác kèm chức vụ ở cột Chi tiết.",
  },
  {
    key: "secretary",
    label: "Thư ký",
    type: "text",
    detail: "Chức vụ, đơn vị",
    note: "Họ tên thư ký hội nghị; cột Chi tiết ghi đơn vị.",
    example: "Trần Thị B | Chuyên viên Văn phòng HĐND và UBND phường",
  },
  {
    key: "content",
    label: "Nội dung đối thoại",
    type: "text",
    multi: true,
    note: "Để trống thì dùng lời văn mẫu.",
  },
  { key: "startDate", label: "Ngày hội nghị", type: "date", note: "dd/mm/yyyy.", example: "15/06/2026" },
  { key: "startTime", label: "Giờ bắt đầu", type: "time", note: "Ví dụ 08:00." },
  {
    key: "endTime",
    label: "Giờ kết thúc",
    type: "time",
    note: "Ghi sau hội nghị, dùng trong biên bản.",
    example: "11:00",
  },
  {
    key: "venue",
    label: "Địa điểm",
    type: "text",
    note: "Nơi tổ chức hội nghị.",
    example: "Hội trường UBND phường",
  },
  {
    key: "agenda",
    label: "Chương trình",
    type: "text",
    multi: true,
    note: "Mỗi dòng một mục của chương trình hội nghị.",
    example: "Khai mạc, giới thiệu đại biểu",
  },
  {
    key: "proceedings",
    label: "Diễn biến hội nghị",
    type: "text",
    multi: true,
    note: "Ghi sau hội nghị, mỗi dòng một diễn biến (ai phát biểu, nội dung chính), theo thứ tự; đưa vào mục II của biên bản.",
    example: "Đồng chí Chủ tịch UBND phường báo cáo tình hình kinh tế - xã hội",
  },
  {
    key: "conclusion",
    label: "Kết luận của chủ tọa",
    aliases: ["Kết luận"],
    type: "text",
    multi: true,
    note: "Ghi sau hội nghị, mỗi dòng một ý kết luận của chủ tọa; đưa vào biên bản.",
    example: "Giao các đơn vị trả lời bằng văn bản các ý kiến chưa trả lời tại hội nghị",
  },
  {
    key: "task",
    label: "Nhiệm vụ",
    aliases: ["Tổ chức thực hiện"],
    type: "text",
    multi: true,
    detail: "Nội dung nhiệm vụ",
    note: "Cột Giá trị: đơn vị (để trống nếu nhiệm vụ là một đoạn riêng); cột Chi tiết: một nhiệm vụ.",
    example: "Văn phòng HĐND và UBND phường | Chuẩn bị hội trường, âm thanh",
  },
  {
    key: "closing",
    label: "Lời kết kế hoạch",
    type: "text",
    note: "Đoạn kết trước Nơi nhận; để trống thì dùng lời văn mẫu.",
  },
  {
    key: "recipient",
    label: "Nơi nhận",
    type: "text",
    multi: true,
    note: "Mỗi dòng một nơi nhận của kế hoạch; dòng cuối là Lưu.",
    example: "Thường trực Đảng ủy phường",
  },
  {
    key: "signerAuthority",
    label: "Thẩm quyền ký",
    type: "text",
    note: "Ví dụ TM. ỦY BAN NHÂN DÂN; để trống nếu ký trực tiếp.",
  },
  { key: "signerTitle", label: "Chức vụ người ký", type: "text", note: "Ví dụ CHỦ TỊCH." },
  { key: "signer", label: "Người ký", type: "text", note: "Họ tên người ký.", example: "Lê Văn C" },
  {
    key: "invitationNumber",
    label: "Số giấy mời",
    type: "text",
    note: "Chỉ phần số; để trống thì chừa chỗ trống.",
  },
  {
    key: "invitationDate",
    label: "Ngày giấy mời",
    type: "monthOrDate",
    note: "dd/mm/yyyy hoặc mm/yyyy.",
    example: "06/2026",
  },
  { key: "minutesNumber", label: "Số biên bản", type: "text", note: "Chỉ phần số." },
  { key: "reportNumber", label: "Số báo cáo", type: "text", note: "Chỉ phần số." },
  {
    key: "reportDate",
    label: "Ngày báo cáo",
    type: "monthOrDate",
    note: "dd/mm/yyyy hoặc mm/yyyy.",
    example: "30/06/2026",
  },
  {
    key: "reportDeadline",
    label: "Hạn báo cáo",
    type: "date",
    note: "Hạn gửi báo cáo kết quả.",
    example: "30/06/2026",
  },
  {
    key: "reportRecipient",
    label: "Nơi nhận báo cáo",
    type: "text",
    multi: true,
    note: "Mỗi dòng một nơi nhận báo cáo kết quả.",
    example: "Thường trực HĐND và UBND thành phố",
  },
  {
    key: "announceDays",
    label: "Thông báo trước (ngày)",
    type: "text",
    note: "Số ngày thông báo thời gian, địa điểm, nội dung trước hội nghị; để trống là 7 ngày (Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43).",
  },
  {
    key: "publishDays",
    label: "Công khai kết quả trong (ngày)",
    type: "text",
    note: "Số ngày kể từ hội nghị để công khai kết quả; để trống là 10 ngày (Luật số 72/2025/QH15, Điều 43).",
  },
];

/** What set-up writes in `Ghi chú` beside an item: its note, the example, the choices. */
export function factHint(fact: FactSpec): string {
  const parts = [fact.note];
  if (fact.example) {
    const [value = "", detail] = fact.example.split(" | ");
    const end = (text: string) => (/[.;:]$/.test(text) ? text : `${text}.`);
    parts.push(detail ? `Ví dụ: ${value}; Chi tiết: ${end(detail)}` : `Ví dụ: ${end(value)}`);
  }
  if (fact.choices) parts.push(`Chọn: ${fact.choices.join(", ")}.`);
  if (fact.multi) parts.push("Nhiều giá trị: mỗi giá trị một dòng cùng tên mục.");
  return parts.join(" ");
}

export function factSpec(key: FactKey): FactSpec {
  const spec = FACTS.find((fact) => fact.key === key);
  if (!spec) throw new Error(`No fact ${key}`);
  return spec;
}
