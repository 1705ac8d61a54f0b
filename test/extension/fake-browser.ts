/**
 * A fake of the WebExtension API slice (extension/platform/api.ts): storage in a Map, tabs in a
 * list, permission requests answered by the test, messages delivered to registered listeners.
 */
import type { ExtensionApi, ExtensionMessage, MessageSender, TabInfo } from "../../extension/platform/api.ts";

type Listener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export class FakeBrowser implements ExtensionApi {
  readonly data = new Map<string, unknown>();
  readonly tabsList: TabInfo[] = [];
  readonly created: string[] = [];
  readonly activated: number[] = [];
  readonly requested: { origins?: string[] }[] = [];
  readonly granted = new Set<string>();
  answerPermission = true;
  private readonly listeners: Listener[] = [];

  storage = {
    local: {
      get: async (keys: string | string[] | null) => {
        const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
        // A copy, as the real storage gives: callers never share objects with the store.
        return Object.fromEntries(
          wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]),
        );
      },
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
      },
      remove: async (keys: string | string[]) => {
        for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
      },
    },
  };

  permissions = {
    request: (p: { origins?: string[] }) => {
      this.requested.push(p);
      if (this.answerPermission) for (const o of p.origins ?? []) this.granted.add(o);
      return Promise.resolve(this.answerPermission);
    },
    contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => this.granted.has(o)),
  };

  tabs = {
    get: async (id: number) => {
      const tab = this.tabsList.find((t) => t.id === id);
      if (!tab) throw new Error(`no tab ${id}`);
      // Without host access a tab's address is hidden, as in the real API.
      return this.granted.size > 0 ? { ...tab } : { ...tab, url: undefined, title: undefined };
    },
    query: async (q: { url?: string | string[] }) => {
      const prefix = typeof q.url === "string" ? q.url.replace(/\*$/, "") : "";
      return this.granted.size > 0 ? this.tabsList.filter((t) => (t.url ?? "").startsWith(prefix)) : [];
    },
    create: async (p: { url: string }) => {
      this.created.push(p.url);
      return { id: 1000 + this.created.length, url: p.url };
    },
    update: async (id: number, _p: { active: boolean }) => {
      this.activated.push(id);
      return { id };
    },
  };

  runtime = {
    getURL: (path: string) => `chrome-extension://fake/${path}`,
    sendMessage: async (message: ExtensionMessage) => {
      for (const listener of this.listeners) {
        const answer = listener(message, {});
        if (answer !== undefined) return answer;
      }
      throw new Error("Could not establish connection. Receiving end does not exist.");
    },
    onMessage: { addListener: (listener: Listener) => void this.listeners.push(listener) },
  };
}
