import type { MessageText } from "../types.ts";

/**
 * The roster: building it from `Thành phần`, choosing residents, invitations, the check-in desk.
 * `cli.action.*` lines describe the actions in `doi-thoai --help`.
 */
export const rosterMessages = {
  "cli.action.roster.refresh": {
    vi: "Tạo/bổ sung danh sách Đại biểu theo Thành phần và Danh mục; cho biết thành phần còn thiếu",
    en: "Build or complete the Đại biểu list from Thành phần and Danh mục; says which categories fall short",
  },
  "cli.action.roster.state": {
    vi: "Tình trạng từng thành phần (đủ/thiếu, KDC/TDP còn thiếu), không sửa gì",
    en: "Each category's state (complete or short, areas lacking someone), changing nothing",
  },
  "cli.action.people.search": {
    vi: "Tìm người trong Đại biểu hoặc Dân cư: {query, scope: roster|register, limit}",
    en: "Search Đại biểu or Dân cư: {query, scope: roster|register, limit}",
  },
  "cli.action.roster.addResident": {
    vi: "Mời một người dân làm đại diện KDC: {residentId, kdc}",
    en: "Invite a resident as a representative of a KDC: {residentId, kdc}",
  },
  "cli.action.roster.markInvited": {
    vi: "Ghi đã gửi giấy mời: {ids, method: Giấy mời|Điện thoại|Zalo|Tin nhắn|Trực tiếp, date}",
    en: "Record invitations sent: {ids, method: Giấy mời|Điện thoại|Zalo|Tin nhắn|Trực tiếp, date}",
  },
  "cli.action.attendance.list": {
    vi: "Danh sách điểm danh và số có mặt theo thành phần",
    en: "The check-in list and the counts per category",
  },
  "cli.action.attendance.checkIn": {
    vi: "Điểm danh: {id}, hoặc người đến thêm {name, category}",
    en: "Check in: {id}, or a walk-in {name, category}",
  },
  "cli.action.attendance.undo": {
    vi: "Hủy điểm danh: {id}",
    en: "Undo a check-in: {id}",
  },
  "cli.action.attendance.summary": {
    vi: "Số được mời và có mặt theo thành phần",
    en: "Invited and present per category",
  },

  "roster.unknownCategory": {
    vi: "Không có thành phần “{name}” trong trang Thành phần.",
    en: "There is no category “{name}” in the Thành phần sheet.",
  },
  "roster.nameRequired": {
    vi: "Cần ghi họ và tên người đến thêm.",
    en: "Type the walk-in's full name.",
  },
  "roster.residentNotFound": {
    vi: "Không tìm thấy người dân mã {id} trong trang Dân cư.",
    en: "No resident with id {id} in the Dân cư sheet.",
  },
  "roster.noResidentCategory": {
    vi: "Trang Thành phần chưa có thành phần nào tính theo “Dân cư mỗi KDC”.",
    en: "The Thành phần sheet has no category counted as “Dân cư mỗi KDC”.",
  },
  "roster.residentNoKdc": {
    vi: "Người dân {name} chưa có KDC; chọn KDC mà người này đại diện.",
    en: "Resident {name} has no KDC; choose the KDC they represent.",
  },
  "roster.unknownKdc": {
    vi: "Không có KDC “{kdc}” trong trang Danh mục.",
    en: "There is no KDC “{kdc}” in the Danh mục sheet.",
  },
  "roster.alreadyInvited": {
    vi: "{name} đã có trong danh sách Đại biểu ({id}).",
    en: "{name} is on the Đại biểu list already ({id}).",
  },
  "roster.shortCategory": {
    vi: "{name}: {invited}/{expected} — thiếu {areas}",
    en: "{name}: {invited}/{expected} — missing {areas}",
  },
  "roster.shortWarning": {
    vi: "Văn bản vẫn được tạo, nhưng danh sách Đại biểu chưa đủ theo Thành phần:",
    en: "The document is made, but the Đại biểu list falls short of Thành phần:",
  },

  "roster.ui.refresh": { vi: "Cập nhật danh sách theo Thành phần", en: "Update the list from Thành phần" },
  "roster.ui.added": {
    vi: "Đã thêm {count} chỗ chưa chọn người.",
    en: "{count} open places added.",
  },
  "roster.ui.upToDate": {
    vi: "Danh sách đã đủ các dòng theo Thành phần.",
    en: "The list already has every place Thành phần implies.",
  },
  "roster.ui.categories": { vi: "Thành phần", en: "Categories" },
  "roster.ui.complete": { vi: "đủ", en: "complete" },
  "roster.ui.listed": { vi: "theo danh sách", en: "listed" },
  "roster.ui.lacking": { vi: "thiếu {areas}", en: "missing {areas}" },
  "roster.ui.residents": { vi: "Chọn người dân", en: "Choose residents" },
  "roster.ui.residentsHint": {
    vi: "Tìm theo tên (không cần dấu), tổ, KDC, năm sinh",
    en: "Search by name (diacritics optional), TDP, KDC, birth year",
  },
  "roster.ui.addResident": { vi: "Mời", en: "Invite" },
  "roster.ui.invitedAlready": { vi: "đã mời", en: "invited" },
  "roster.ui.residentAdded": { vi: "Đã mời {name} ({kdc}).", en: "{name} invited ({kdc})." },
  "roster.ui.noResults": { vi: "Không tìm thấy ai.", en: "Nobody found." },
  "roster.ui.desk": { vi: "Điểm danh", en: "Check-in" },
  "roster.ui.deskSearch": {
    vi: "Gõ tên, tổ, KDC hoặc số cuối điện thoại",
    en: "Type a name, TDP, KDC or a phone's last digits",
  },
  "roster.ui.clerk": { vi: "Người điểm danh", en: "Clerk" },
  "roster.ui.checkIn": { vi: "Có mặt", en: "Present" },
  "roster.ui.undo": { vi: "Hoàn tác", en: "Undo" },
  "roster.ui.checkedIn": { vi: "Đã điểm danh {name} lúc {time}.", en: "{name} checked in at {time}." },
  "roster.ui.alreadyIn": {
    vi: "{name} đã điểm danh lúc {time}.",
    en: "{name} was checked in already at {time}.",
  },
  "roster.ui.undone": { vi: "Đã hủy điểm danh {name}.", en: "Check-in of {name} undone." },
  "roster.ui.walkIn": { vi: "Người đến thêm", en: "Walk-in" },
  "roster.ui.walkInName": { vi: "Họ và tên", en: "Full name" },
  "roster.ui.walkInAdd": { vi: "Thêm và điểm danh", en: "Add and check in" },
  "roster.ui.present": { vi: "Có mặt {present}/{invited}", en: "Present {present}/{invited}" },
  "roster.ui.chart": { vi: "Có mặt theo thành phần", en: "Attendance by category" },
  "roster.ui.chartInvited": { vi: "Được mời", en: "Invited" },
  "roster.ui.chartPresent": { vi: "Có mặt", en: "Present" },
  "roster.ui.loading": { vi: "Đang tải...", en: "Loading..." },
} satisfies Record<string, MessageText>;
