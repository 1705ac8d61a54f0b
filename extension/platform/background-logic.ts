/**
 * What the toolbar button does. The tab it was clicked on (often the Google Sheet) is handed to
 * the app page: an open app page gets it as a message and comes to the front; otherwise a new one
 * opens with the tab in its address. Either way the page asks for host access only when the
 * clerk clicks "Read the open Google Sheet" there.
 */
import type { ExtensionApi, TabInfo } from "./api.ts";

export const APP_PAGE = "app.html";

export async function onToolbarClick(api: ExtensionApi, tab: TabInfo | undefined): Promise<void> {
  const tabId = tab?.id;
  const app = api.runtime.getURL(APP_PAGE);
  if (tabId !== undefined && !tab?.url?.startsWith(app)) {
    // An app page that is open answers with its own tab, which is brought forward.
    const answer = await api.runtime.sendMessage({ kind: "sheetTab", tabId }).catch(() => undefined);
    if (answer && typeof answer === "object") {
      const page = answer as TabInfo;
      if (page.id !== undefined) await api.tabs.update(page.id, { active: true });
      if (page.windowId !== undefined) await api.windows?.update(page.windowId, { focused: true });
      return;
    }
  }
  await api.tabs.create({ url: tabId === undefined ? app : `${app}?tab=${tabId}` });
}
