/**
 * Reading the Google Sheet open in a tab: its .xlsx export fetched with the user's own Google
 * session. Host access (the export host and the host it redirects to) is optional and asked for
 * from the clerk's click: `requestSheetAccess` must be the first thing the click handler calls,
 * before any await, or the browser refuses to show the prompt.
 */
import { type Message, msg } from "../../shared/i18n/index.ts";
import { type ExtensionApi, SHEET_ORIGINS, type TabInfo } from "./api.ts";

export function requestSheetAccess(api: ExtensionApi): Promise<boolean> {
  return api.permissions.request({ origins: SHEET_ORIGINS });
}

/** "1AbC..." from https://docs.google.com/spreadsheets/d/1AbC.../edit#gid=0 (also /u/1/d/...). */
export function sheetIdOf(url: string | undefined): string | null {
  const match = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(
    url ?? "",
  );
  return match?.[1] ?? null;
}

export function exportUrl(sheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${sheetId}/export?format=xlsx`;
}

export interface SheetTab {
  sheetId: string;
  /** The tab's title without " - Google Sheets" / " - Google Trang tính". */
  title: string;
}

function asSheetTab(tab: TabInfo | undefined): SheetTab | null {
  const sheetId = sheetIdOf(tab?.url);
  if (!sheetId) return null;
  const title = (tab?.title ?? "").replace(/\s+-\s+Google\s+\S+(\s+\S+)?$/, "").trim();
  return { sheetId, title: title || sheetId };
}

/** The tab the toolbar button was clicked on when it is a sheet, else the latest sheet tab used. */
export async function findSheetTab(api: ExtensionApi, preferred: number | null): Promise<SheetTab | null> {
  if (preferred !== null) {
    const tab = await api.tabs.get(preferred).catch(() => undefined);
    const found = asSheetTab(tab);
    if (found) return found;
  }
  const tabs = await api.tabs.query({ url: "https://docs.google.com/spreadsheets/*" });
  const latest = [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of latest) {
    const found = asSheetTab(tab);
    if (found) return found;
  }
  return null;
}

export type SheetDownload = { ok: true; bytes: ArrayBuffer } | { ok: false; problem: Message };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function downloadSheet(fetchImpl: Fetch, sheetId: string): Promise<SheetDownload> {
  let response: Response;
  try {
    response = await fetchImpl(exportUrl(sheetId), { credentials: "include", cache: "no-store" });
  } catch (error) {
    return { ok: false, problem: msg("extension.sheet.network", { detail: String(error) }) };
  }
  // Signed out, Google answers with its sign-in page (HTML), whatever the status.
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("text/html") || /accounts\.google\.com/.test(response.url))
    return { ok: false, problem: msg("extension.sheet.signedOut") };
  if (!response.ok)
    return { ok: false, problem: msg("extension.sheet.noAccess", { status: response.status }) };
  return { ok: true, bytes: await response.arrayBuffer() };
}
