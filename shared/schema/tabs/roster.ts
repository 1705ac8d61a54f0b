/** Tab `Đại biểu`: the roster, invitations and check-in. */
import { SALUTATIONS } from "../choices.ts";
import type { TableTabSpec } from "../types.ts";
import { kdcColumn, tdpColumn } from "./area-columns.ts";
import { fixed } from "./fixed.ts";

/** How an invitation reached the invitee (column `Cách mời`). */
export const INVITATION_METHODS = ["Giấy mời", "Điện thoại", "Zalo", "Tin nhắn", "Trực tiếp"] as const;

export const ROSTER_TAB = {
  key: "roster",
  kind: "table",
  name: "Đại biểu",
  note: "Danh sách đại biểu được mời, gửi giấy mời và điểm danh.",
  id: { column: "rosterId", prefix: "DB-", digits: 3 },
  columns: [
    {
      key: "rosterId",
      header: "Mã đại biểu",
      type: "text",
      note: "Mã do phần mềm cấp (DB-001...); dòng gõ hoặc dán tay được cấp mã khi mở bảng điều khiển.",
      width: 100,
    },
    {
      key: "salutation",
      header: "Danh xưng",
      type: "choice",
      choices: fixed(SALUTATIONS),
      note: "Ông, Bà hoặc Đồng chí.",
      width: 90,
    },
    {
      key: "fullName",
      header: "Họ và tên",
      aliases: ["Họ tên"],
      type: "text",
      required: true,
      note: "Họ và tên đầy đủ. Để trống: chỗ chưa chọn người (dòng do phần mềm tạo theo trang Thành phần).",
      width: 200,
    },
    { key: "title", header: "Chức vụ", type: "text", note: "Chức vụ.", width: 200 },
    {
      key: "unit",
      header: "Đơn vị",
      aliases: ["Cơ quan", "Đơn vị công tác"],
      type: "text",
      note: "Cơ quan, đơn vị.",
      width: 200,
    },
    {
      key: "category",
      header: "Thành phần",
      type: "choice",
      choices: { kind: "categories" },
      required: true,
      note: "Một tên trong trang Thành phần.",
      width: 200,
    },
    {
      key: "role",
      header: "Vai trò",
      type: "text",
      note: "Với thành phần Mỗi KDC / Mỗi TDP: vai trò của dòng (do phần mềm ghi khi tạo danh sách).",
      width: 150,
    },
    kdcColumn(),
    tdpColumn("Tổ dân phố.", 100, ["Tổ"]),
    {
      key: "phone",
      header: "Điện thoại",
      aliases: ["SĐT", "Số điện thoại"],
      type: "text",
      note: "Số điện thoại (dạng chữ, giữ số 0 đầu).",
      width: 120,
    },
    {
      key: "invited",
      header: "Đã gửi giấy mời",
      type: "yesno",
      note: "Đánh dấu khi đã gửi giấy mời.",
      width: 110,
    },
    {
      key: "invitationMethod",
      header: "Cách mời",
      type: "choice",
      choices: fixed(INVITATION_METHODS),
      note: "Giấy mời, điện thoại, Zalo...",
      width: 110,
    },
    {
      key: "invitationDate",
      header: "Ngày mời",
      type: "date",
      note: "Ngày gửi giấy mời hoặc báo mời.",
      width: 100,
    },
    {
      key: "noInvitation",
      header: "Không gửi giấy mời",
      type: "yesno",
      note: "Đánh dấu với người không nhận giấy mời (chủ trì, người ký giấy mời).",
      width: 120,
    },
    {
      key: "present",
      header: "Có mặt",
      type: "yesno",
      note: "Đánh dấu khi đại biểu đến dự (điểm danh).",
      width: 80,
    },
    { key: "arrivedAt", header: "Giờ đến", type: "time", note: "Giờ điểm danh.", width: 80 },
    {
      key: "checkedInBy",
      header: "Người điểm danh",
      type: "text",
      note: "Cán bộ đã điểm danh người này (ghi ở bàn điểm danh).",
      width: 130,
    },
    {
      key: "walkIn",
      header: "Đến thêm",
      type: "yesno",
      note: "Người đến dự không có trong danh sách mời, được thêm khi điểm danh.",
      width: 80,
    },
    {
      key: "residentId",
      header: "Mã dân cư",
      type: "text",
      note: "Với người dân được chọn từ trang Dân cư: mã của họ ở đó.",
      width: 110,
    },
    { key: "note", header: "Ghi chú", type: "text", note: "Ghi chú.", width: 200 },
  ],
} as const satisfies TableTabSpec;
