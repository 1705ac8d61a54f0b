import type { MessageText } from "../types.ts";

/** The add-on's menu and server-side notices. */
export const addonMessages = {
  "menu.openSidebar": { vi: "Mở bảng điều khiển", en: "Open the sidebar" },
  "menu.setup": { vi: "Thiết lập bảng tính", en: "Set up the workbook" },
  "sidebar.title": { vi: "Đối thoại", en: "Dialogue" },
} satisfies Record<string, MessageText>;
