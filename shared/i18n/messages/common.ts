import type { MessageText } from "../types.ts";

export const commonMessages = {
  "app.name": { vi: "Đối thoại", en: "Dialogue" },
  "app.tagline": {
    vi: "Hồ sơ hội nghị đối thoại của phường, xã",
    en: "Paperwork of a ward's dialogue conference",
  },
  "common.yes": { vi: "Có", en: "Yes" },
  "common.no": { vi: "Không", en: "No" },
  "common.unknownError": {
    vi: "Đã có lỗi không mong muốn: {detail}",
    en: "Something unexpected went wrong: {detail}",
  },
  "common.busy": {
    vi: "Một thao tác khác đang ghi vào bảng tính. Vui lòng thử lại sau ít giây.",
    en: "Another operation is writing to the spreadsheet. Please try again in a few seconds.",
  },
  "common.unknownAction": {
    vi: "Thao tác “{action}” không tồn tại.",
    en: "There is no action “{action}”.",
  },
  "common.badArguments": {
    vi: "Dữ liệu gửi cho thao tác “{action}” không hợp lệ: {detail}",
    en: "The data sent to “{action}” is not valid: {detail}",
  },
} satisfies Record<string, MessageText>;
