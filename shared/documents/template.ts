/**
 * The built-in wording: the fixed text of each document, taken from the seed plan and the
 * decree's forms and made generic. `level` is the workbook's `Cấp` ("phường", "xã"), `issuer` its
 * short name ("UBND phường ..."). An office's own rows in `Hội nghị` replace these defaults.
 * This is the legal document's language (Vietnamese), not UI text, so it lives here and not in the
 * message catalogue.
 */
import { lowerFirst } from "./text.ts";

export interface TemplateVars {
  level: string;
  issuer: string;
  title: string;
  /** The chairs by title: "Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã" (hosts.ts). */
  hosts: string;
  /** The government bodies they head, whose work is reported: "HĐND, UBND xã". */
  bodies: string;
}

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const RECIPIENTS_LABEL = "Nơi nhận:";
export const COMRADE = "Đồng chí";

export const TYPE = {
  plan: { abbr: "KH", title: "KẾ HOẠCH", name: "Kế hoạch" },
  invitation: { abbr: "GM", title: "GIẤY MỜI", name: "Giấy mời" },
  signin: { title: "DANH SÁCH ĐẠI BIỂU", name: "Danh sách đại biểu" },
  minutes: { abbr: "BB", title: "BIÊN BẢN", name: "Biên bản" },
  report: { abbr: "BC", title: "BÁO CÁO", name: "Báo cáo kết quả" },
} as const;

export const PLAN = {
  purposeHeading: "I. MỤC ĐÍCH, YÊU CẦU:",
  purpose: "1. Mục đích:",
  requirement: "2. Yêu cầu:",
  contentHeading: "II. NỘI DUNG:",
  formatChairs: "1. Hình thức tổ chức, chủ trì và thư ký hội nghị",
  formatLabel: "- Hình thức tổ chức: ",
  chairsLabel: "- Chủ trì:",
  secretaryLabel: "- Thư ký hội nghị: ",
  content: "2. Nội dung đối thoại",
  attendees: "3. Thành phần tham dự:",
  timePlace: "4. Thời gian và địa điểm:",
  timeLabel: "- Thời gian: ",
  invitationNote: " (có giấy mời cụ thể)",
  venueLabel: "- Tại ",
  agenda: "5. Chương trình hội nghị",
  tasksHeading: "III. TỔ CHỨC THỰC HIỆN",
} as const;

export function defaultIntroduction(v: TemplateVars): string {
  return `${v.issuer} xây dựng kế hoạch ${lowerFirst(v.title)}, cụ thể như sau:`;
}

export function defaultPurposes(v: TemplateVars): string[] {
  const l = v.level;
  return [
    `Thông báo với Nhân dân trên địa bàn ${l} về tình hình hoạt động của ${v.bodies} trong thời gian vừa qua; trực tiếp lắng nghe, nắm bắt tâm tư, nguyện vọng, ý kiến, kiến nghị của nhân dân về xây dựng chính quyền, trách nhiệm phục vụ nhân dân của người đứng đầu chính quyền, cán bộ, công chức, viên chức trong quá trình thực thi công vụ. Qua đó, giải quyết kịp thời, hiệu quả những kiến nghị và những vấn đề bức xúc chính đáng, hợp pháp của nhân dân hoặc đề xuất cấp có thẩm quyền điều chỉnh, sửa đổi những chủ trương, chính sách, quy định không còn phù hợp.`,
    `Kết hợp tuyên truyền, phổ biến chủ trương, chính sách, Nghị quyết của Đảng, pháp luật của Nhà nước; nhiệm vụ chính trị của ${l}; những thuận lợi, khó khăn trong lãnh đạo, chỉ đạo, quản lý, điều hành để nhân dân đồng cảm, chia sẻ, góp phần củng cố mối quan hệ gắn bó mật thiết của Đảng, Nhà nước với Nhân dân và phát huy quyền làm chủ, vai trò giám sát của nhân dân.`,
  ];
}

export function defaultRequirements(_v: TemplateVars): string[] {
  return [
    "Việc tổ chức tiếp xúc cử tri, đối thoại đảm bảo thiết thực, hiệu quả; tuân thủ các quy định của Đảng, chính sách, pháp luật của Nhà nước, đảm bảo sự lãnh đạo của Đảng, sự quản lý, điều hành của chính quyền và phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội.",
    "Đối thoại trực tiếp được tiến hành công khai, minh bạch, dân chủ, khách quan, thẳng thắn, trọng tâm, trọng điểm với tinh thần xây dựng vì lợi ích chung, thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra”.",
    "Chương trình, nội dung, thời gian và địa điểm tổ chức tiếp xúc, đối thoại phải được thông báo rộng rãi để nhân dân được biết và tham gia.",
  ];
}

export function defaultFormat(v: TemplateVars): string {
  return `Tổ chức hội nghị đối thoại trực tiếp giữa ${v.hosts} với Nhân dân trên địa bàn ${v.level}.`;
}

export function defaultContents(v: TemplateVars): string[] {
  const l = v.level;
  return [
    `Báo cáo với Nhân dân về tình hình hoạt động của ${v.bodies} bao gồm: các vấn đề kinh tế xã hội, an ninh quốc phòng, trật tự an toàn xã hội của địa phương; những kết quả đã đạt được trong quản lý, điều hành của ${v.bodies}; những thuận lợi, khó khăn, thách thức và phương hướng hoạt động trong thời gian đến.`,
    `Về những vấn đề liên quan đến quyền lợi và nguyện vọng của công dân trên địa bàn ${l}.`,
  ];
}

export function defaultClosing(v: TemplateVars): string {
  return `Trên đây là Kế hoạch ${lowerFirst(v.title)}. Đề nghị các đơn vị, bộ phận liên quan căn cứ nội dung kế hoạch nghiêm túc triển khai thực hiện./.`;
}

export const INVITATION = {
  invites: " trân trọng kính mời: ",
  attend: "Tới dự ",
  chairs: "Chủ trì: ",
  time: "Thời gian: ",
  venue: "Địa điểm: ",
  closing: "Rất mong Quý đại biểu đến dự đúng thời gian./.",
  recipients: ["Như trên", "Lưu: VT"],
} as const;

/** The roster and sign-in sheet as spreadsheets (the extension's print-ready .xlsx). */
export const ROSTER_SHEET = {
  sheetName: "Đại biểu",
  signinSheetName: "Ký tên",
  columns: ["TT", "Họ và tên", "Chức vụ, đơn vị", "Thành phần", "TDP/KDC", "Có mặt"],
  counts: (present: number, invited: number) => `Có mặt ${present} / được mời ${invited}`,
  signinFileSuffix: "(ký tên)",
  templateFallbackName: "Mẫu",
} as const;

export const SIGNIN = {
  columns: ["TT", "Họ và tên", "Chức vụ, đơn vị", "TDP/KDC", "Ký tên"],
  attend: "Dự ",
  timeVenue: (time: string, venue: string) => `Thời gian: ${time}; địa điểm: ${venue}`,
} as const;

export const MINUTES = {
  timeHeading: "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
  start: "- Thời gian bắt đầu: ",
  venue: "- Địa điểm: ",
  attendance: (present: string, invited: string) =>
    `- Thành phần tham dự: ${present} đại biểu có mặt / ${invited} đại biểu được mời, gồm:`,
  categoryLine: (wording: string, present: string, invited: string) =>
    `+ ${wording}: ${present} có mặt / ${invited} được mời`,
  chairs: "- Chủ trì:",
  secretary: "- Thư ký: ",
  courseHeading: "II. NỘI DUNG, DIỄN BIẾN HỘI NGHỊ",
  course: "Hội nghị diễn ra theo chương trình sau:",
  opinionsHeading: "III. Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN VÀ NỘI DUNG TIẾP THU, GIẢI TRÌNH",
  noOpinions: "Tại hội nghị không có ý kiến, kiến nghị nào.",
  opinionColumns: ["TT", "Người nêu", "Nội dung ý kiến, kiến nghị", "Người trả lời", "Nội dung trả lời"],
  endHeading: "IV. KẾT THÚC HỘI NGHỊ",
  ended: (clock: string, date: string) => `Hội nghị kết thúc vào ${clock}, ${date}./.`,
  secretaryTitle: "THƯ KÝ",
  chairTitle: "CHỦ TỌA",
  recipients: ["Lưu: VT, hồ sơ hội nghị"],
} as const;

export const OPINION_WORDS = {
  anonymous: "Ẩn danh",
  slip: "phiếu",
  direct: "trực tiếp",
  merged: (id: string) => `(trùng với ý kiến ${id})`,
  withdrawn: "(đã rút)",
  unclassifiedField: "Chưa phân loại",
  unknownLevel: "chưa xác định thẩm quyền",
  total: (n: string, slips: string, direct: string) =>
    `Tổng số ${n} ý kiến, kiến nghị, trong đó: ${slips} ý kiến bằng phiếu, ${direct} ý kiến trực tiếp.`,
  byLevel: (parts: string) => `Theo thẩm quyền giải quyết: ${parts}.`,
  levelPart: (n: string, level: string) => `${n} ý kiến thuộc thẩm quyền ${level}`,
  byField: (parts: string) => `Theo lĩnh vực: ${parts}.`,
  fieldPart: (field: string, n: string) => `${field} ${n} ý kiến`,
} as const;

export const REPORT = {
  addressee: "Kính gửi:",
  resultsHeading: "I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ",
  held: "1. Thời gian, địa điểm, thành phần",
  opinions: "2. Ý kiến, kiến nghị của Nhân dân",
  followUpHeading: "II. KẾT QUẢ TIẾP THU, GIẢI QUYẾT",
  answered: (n: string) => `1. Số ý kiến đã được trả lời, giải trình: ${n} ý kiến.`,
  pending: (n: string) => `2. Số ý kiến đang được giải quyết: ${n} ý kiến.`,
  forwarded: (n: string) =>
    `3. Số ý kiến chuyển cơ quan có thẩm quyền hoặc không thuộc thẩm quyền: ${n} ý kiến.`,
  pendingColumns: ["TT", "Nội dung ý kiến", "Đơn vị xử lý", "Hạn xử lý"],
  forwardedColumns: ["TT", "Nội dung ý kiến", "Chuyển đến", "Số văn bản"],
  overdue: " (quá hạn)",
  attached: "(Kèm theo Biên bản hội nghị đối thoại.)",
  recipients: ["Như trên", "Lưu: VT"],
} as const;
