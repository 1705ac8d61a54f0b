/**
 * The slice of the WebExtension API the extension uses, as an interface: the pages and the
 * background take it as an argument, so unit tests pass a fake browser (test/extension/fake-browser.ts)
 * and the compiler holds the real one (webextension-polyfill) to the same shape.
 */

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
  windowId?: number;
  lastAccessed?: number;
}

export interface MessageSender {
  tab?: TabInfo;
}

/** Messages between the background and the app page. */
export type ExtensionMessage = { kind: "sheetTab"; tabId: number };

export interface ExtensionApi {
  storage: { local: StorageArea };
  permissions: {
    request(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    contains(permissions: { origins?: string[] }): Promise<boolean>;
  };
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(query: { url?: string | string[] }): Promise<TabInfo[]>;
    create(properties: { url: string }): Promise<TabInfo>;
    update(tabId: number, properties: { active: boolean }): Promise<TabInfo>;
  };
  windows?: { update(windowId: number, properties: { focused: boolean }): Promise<unknown> };
  runtime: {
    getURL(path: string): string;
    sendMessage(message: ExtensionMessage): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void;
    };
  };
  downloads?: {
    download(options: { url: string; filename: string; saveAs?: boolean }): Promise<number>;
  };
}

/** The export endpoint and the host it redirects to: the only hosts the extension may reach. */
export const SHEET_ORIGINS = ["https://docs.google.com/*", "https://*.googleusercontent.com/*"];

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    Reflect.get(value, "kind") === "sheetTab" &&
    typeof Reflect.get(value, "tabId") === "number"
  );
}
