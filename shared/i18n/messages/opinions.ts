import type { MessageText } from "../types.ts";

/** The opinion log: capture, lifecycle, follow-up, tallies and what is due (issue 9). */
export const opinionsMessages = {
  // `doi-thoai --help`: one line per action (local/cli/help.ts holds them to the contract).
  "cli.action.opinions.add": {
    vi: 'ghi một ý kiến, ví dụ \'{"content":"…","channel":"Phiếu","field":"Đất đai"}\' → mã YK-…',
    en: 'log an opinion, e.g. \'{"content":"…","channel":"Phiếu","field":"Đất đai"}\' → code YK-…',
  },
  "cli.action.opinions.update": {
    vi: 'sửa hoặc chuyển trạng thái một ý kiến, ví dụ \'{"id":"YK-003","status":"Đã trả lời","answer":"…"}\'',
    en: 'edit an opinion or move its status, e.g. \'{"id":"YK-003","status":"Đã trả lời","answer":"…"}\'',
  },
  "cli.action.opinions.list": {
    vi: 'các ý kiến của hội nghị này và kỳ trước chuyển sang; lọc \'{"status":"…","field":"…","overdue":true}\'',
    en: 'this conference\'s opinions and those carried over; filter \'{"status":"…","field":"…","overdue":true}\'',
  },
  "cli.action.opinions.tally": {
    vi: "thống kê ý kiến theo hình thức, lĩnh vực, thẩm quyền, trạng thái, người trả lời",
    en: "opinion counts by channel, field, competent level, status and answering unit",
  },
  "cli.action.opinions.context": {
    vi: "các danh mục của biểu mẫu ghi ý kiến (lĩnh vực, người trả lời, thẩm quyền, TDP, KDC)",
    en: "the lists the capture form offers (fields, answering units, levels, TDP, KDC)",
  },
  "cli.action.deadlines.list": {
    vi: "việc đến hạn: thông báo, công khai kết quả, hạn báo cáo, hạn xử lý ý kiến (dd/mm/yyyy, số ngày còn lại)",
    en: "what is due: announcement, publication, report deadline, opinion due dates (dd/mm/yyyy, days left)",
  },
  // Refusals: each names the field (the tab's own header) and saves nothing.
  "opinions.emptyContent": {
    vi: "Chưa ghi Nội dung ý kiến: không lưu.",
    en: "The opinion's content (Nội dung) is empty: nothing was saved.",
  },
  "opinions.missingField": {
    vi: "Chưa chọn {field}: không lưu.",
    en: "{field} is not chosen: nothing was saved.",
  },
  "opinions.notInCatalogue": {
    vi: "{field} “{value}” không có trong Danh mục (có: {choices}): không lưu.",
    en: "{field} “{value}” is not in the Danh mục list ({choices}): nothing was saved.",
  },
  "opinions.areaMismatch": {
    vi: "{tdp} thuộc {kdc} theo Danh mục, không phải “{given}”: không lưu.",
    en: "{tdp} belongs to {kdc} in Danh mục, not “{given}”: nothing was saved.",
  },
  "opinions.badDate": {
    vi: "{field} “{value}” không phải ngày (ghi dd/mm/yyyy): không lưu.",
    en: "{field} “{value}” is not a date (write dd/mm/yyyy): nothing was saved.",
  },
  "opinions.dateBeforeConference": {
    vi: "{field} {value} trước ngày hội nghị {conference}: không lưu.",
    en: "{field} {value} is before the conference day {conference}: nothing was saved.",
  },
  "opinions.unknownStatus": {
    vi: "Trạng thái “{value}” không có trong danh sách trạng thái: không lưu.",
    en: "Status “{value}” is not one of the statuses: nothing was saved.",
  },
  "opinions.transitionRefused": {
    vi: "Ý kiến {id} đang “{from}”, không chuyển sang “{to}” được; chỉ chuyển được sang: {allowed}.",
    en: "Opinion {id} is “{from}” and cannot move to “{to}”; it can move to: {allowed}.",
  },
  "opinions.transitionFinal": {
    vi: "Ý kiến {id} đã “{from}” (đã kết thúc), không chuyển sang “{to}” được.",
    en: "Opinion {id} is “{from}” (closed) and cannot move to “{to}”.",
  },
  "opinions.statusNeeds": {
    vi: "Trạng thái “{status}” cần ghi: {fields}. Không lưu.",
    en: "Status “{status}” needs: {fields}. Nothing was saved.",
  },
  "opinions.mergeUnknown": {
    vi: "Gộp vào: không có ý kiến mã “{target}” để gộp ý kiến {id} vào.",
    en: "Merged into: there is no opinion “{target}” to merge {id} into.",
  },
  "opinions.mergeSelf": {
    vi: "Gộp vào: ý kiến {id} không gộp vào chính nó được.",
    en: "Merged into: opinion {id} cannot be merged into itself.",
  },
  "opinions.mergeIntoMerged": {
    vi: "Gộp vào: ý kiến {target} đã được gộp vào {into}; hãy gộp vào {into}.",
    en: "Merged into: opinion {target} was itself merged into {into}; merge into {into}.",
  },
  "opinions.badDayCount": {
    vi: "Hội nghị › {label}: “{value}” không phải số ngày; dùng {fallback} ngày.",
    en: "Hội nghị › {label}: “{value}” is not a number of days; using {fallback} days.",
  },
  "opinions.noConferenceDate": {
    vi: "Chưa có Hội nghị › Ngày hội nghị: chưa tính được hạn thông báo và hạn công khai kết quả.",
    en: "Hội nghị › Ngày hội nghị is not set: the announcement and publication deadlines cannot be computed.",
  },
  "opinions.missingIds": {
    vi: "Không có ý kiến mã {ids}.",
    en: "There is no opinion {ids}.",
  },

  // What is due.
  "opinions.due.announce": {
    vi: "Thông báo thời gian, địa điểm, nội dung hội nghị",
    en: "Announce the conference's time, venue and content",
  },
  "opinions.due.publish": { vi: "Công khai kết quả hội nghị", en: "Publish the conference's results" },
  "opinions.due.report": { vi: "Gửi báo cáo kết quả (Hạn báo cáo)", en: "Send the result report (deadline)" },
  "opinions.due.followUp": { vi: "Giải quyết ý kiến {id}", en: "Settle opinion {id}" },
  "opinions.due.daysLeft": { vi: "còn {n} ngày", en: "{n} days left" },
  "opinions.due.today": { vi: "hôm nay", en: "today" },
  "opinions.due.daysAgo": { vi: "đã qua {n} ngày", en: "{n} days ago" },
  "opinions.due.overdue": { vi: "quá hạn", en: "overdue" },
  "opinions.due.none": { vi: "Không có việc nào đến hạn.", en: "Nothing is due." },

  // The sidebar.
  "opinions.ui.capture": { vi: "Ghi ý kiến", en: "Log an opinion" },
  "opinions.ui.asker": { vi: "Người nêu", en: "Raised by" },
  "opinions.ui.askerHint": {
    vi: "Gõ tên để tìm trong Đại biểu, Dân cư",
    en: "Type a name to search the roster and register",
  },
  "opinions.ui.anonymous": { vi: "Ẩn danh", en: "Anonymous" },
  "opinions.ui.tdp": { vi: "TDP", en: "TDP" },
  "opinions.ui.kdc": { vi: "KDC", en: "KDC" },
  "opinions.ui.channel": { vi: "Hình thức", en: "Channel" },
  "opinions.ui.field": { vi: "Lĩnh vực", en: "Field" },
  "opinions.ui.content": { vi: "Nội dung", en: "Content" },
  "opinions.ui.level": { vi: "Thẩm quyền", en: "Competent level" },
  "opinions.ui.answerer": { vi: "Người trả lời", en: "Answered by" },
  "opinions.ui.answer": { vi: "Trả lời tại hội nghị", en: "Answer at the meeting" },
  "opinions.ui.none": { vi: "(chưa chọn)", en: "(none)" },
  "opinions.ui.save": { vi: "Lưu (Enter)", en: "Save (Enter)" },
  "opinions.ui.saved": { vi: "Đã lưu ý kiến {id}.", en: "Opinion {id} saved." },
  "opinions.ui.updated": { vi: "Đã cập nhật ý kiến {id}.", en: "Opinion {id} updated." },
  "opinions.ui.recorder": { vi: "Người ghi", en: "Recorded by" },
  "opinions.ui.keys": {
    vi: "Enter: lưu và ghi ý kiến tiếp; Shift+Enter: xuống dòng trong Nội dung.",
    en: "Enter saves and starts the next one; Shift+Enter: new line in Content.",
  },
  "opinions.ui.fromRoster": { vi: "Đại biểu", en: "Roster" },
  "opinions.ui.fromRegister": { vi: "Dân cư", en: "Register" },
  "opinions.ui.list": { vi: "Danh sách ý kiến ({count})", en: "Opinions ({count})" },
  "opinions.ui.filterStatus": { vi: "Trạng thái", en: "Status" },
  "opinions.ui.filterAll": { vi: "Tất cả", en: "All" },
  "opinions.ui.filterOverdue": { vi: "Chỉ ý kiến quá hạn", en: "Overdue only" },
  "opinions.ui.carried": { vi: "Kỳ trước ({date})", en: "Previous conference ({date})" },
  "opinions.ui.anonymousAsker": { vi: "Ẩn danh", en: "Anonymous" },
  "opinions.ui.action": { vi: "Chuyển sang", en: "Move to" },
  "opinions.ui.apply": { vi: "Cập nhật", en: "Update" },
  "opinions.ui.cancel": { vi: "Thôi", en: "Cancel" },
  "opinions.ui.dueDate": { vi: "Hạn xử lý", en: "Due date" },
  "opinions.ui.assignedUnit": { vi: "Đơn vị xử lý", en: "Assigned unit" },
  "opinions.ui.forwardedTo": { vi: "Chuyển đến (cơ quan)", en: "Forwarded to (authority)" },
  "opinions.ui.handledBy": { vi: "Cơ quan giải quyết", en: "Handled by" },
  "opinions.ui.forwardRef": { vi: "Số văn bản chuyển", en: "Document number" },
  "opinions.ui.mergedInto": { vi: "Gộp vào mã", en: "Merge into code" },
  "opinions.ui.resolution": { vi: "Kết quả giải quyết", en: "How it was settled" },
  "opinions.ui.tallies": { vi: "Thống kê", en: "Tallies" },
  "opinions.ui.by.channel": { vi: "Theo hình thức", en: "By channel" },
  "opinions.ui.by.field": { vi: "Theo lĩnh vực", en: "By field" },
  "opinions.ui.by.level": { vi: "Theo thẩm quyền", en: "By competent level" },
  "opinions.ui.by.status": { vi: "Theo trạng thái", en: "By status" },
  "opinions.ui.by.answerer": { vi: "Theo người trả lời", en: "By answering unit" },
  "opinions.ui.total": {
    vi: "Tổng số {total} ý kiến; {atMeeting} trả lời tại hội nghị; {overdue} quá hạn.",
    en: "{total} opinions in all; {atMeeting} answered at the meeting; {overdue} overdue.",
  },
  "opinions.ui.unclassified": { vi: "(chưa ghi)", en: "(not set)" },
  "opinions.ui.due": { vi: "Việc đến hạn", en: "What is due" },
  "opinions.ui.loading": { vi: "Đang tải sổ ý kiến…", en: "Loading the opinion log…" },
  "opinions.ui.empty": { vi: "Chưa có ý kiến nào.", en: "No opinions yet." },
} satisfies Record<string, MessageText>;
