/**
 * The office's Word templates, kept in extension storage (storage.local: this browser profile
 * only, never synced; a template of 100 KB is far below Chrome's 10 MB). One key per template's
 * bytes, one index key, so listing never loads every file.
 */
import type { StorageArea } from "./api.ts";

export interface TemplateInfo {
  id: string;
  name: string;
  size: number;
  /** ISO date and time it was added. */
  added: string;
}

/** What "Export all" writes and "Import" reads. */
export interface TemplateBundle {
  format: "doi-thoai-templates";
  version: 1;
  templates: { name: string; added: string; docx: string }[];
}

const INDEX = "templates.index";
const bytesKey = (id: string) => `templates.file.${id}`;

export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function isInfo(value: unknown): value is TemplateInfo {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.name === "string" && typeof v.size === "number";
}

export class TemplateStore {
  constructor(
    private readonly area: StorageArea,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async list(): Promise<TemplateInfo[]> {
    const found = (await this.area.get(INDEX))[INDEX];
    return Array.isArray(found) ? found.filter(isInfo) : [];
  }

  async bytes(id: string): Promise<Uint8Array | null> {
    const found = (await this.area.get(bytesKey(id)))[bytesKey(id)];
    return typeof found === "string" ? fromBase64(found) : null;
  }

  async add(name: string, bytes: Uint8Array, added = this.now().toISOString()): Promise<TemplateInfo> {
    const info: TemplateInfo = { id: this.newId(), name: name.trim(), size: bytes.length, added };
    // The file first: an index entry never points at nothing, even if the second write fails.
    await this.area.set({ [bytesKey(info.id)]: toBase64(bytes) });
    await this.area.set({ [INDEX]: [...(await this.list()), info] });
    return info;
  }

  async rename(id: string, name: string): Promise<void> {
    const list = await this.list();
    await this.area.set({ [INDEX]: list.map((t) => (t.id === id ? { ...t, name: name.trim() } : t)) });
  }

  async remove(id: string): Promise<void> {
    await this.area.set({ [INDEX]: (await this.list()).filter((t) => t.id !== id) });
    await this.area.remove(bytesKey(id));
  }

  async exportAll(): Promise<TemplateBundle> {
    const templates: TemplateBundle["templates"] = [];
    for (const info of await this.list()) {
      const bytes = await this.bytes(info.id);
      if (bytes) templates.push({ name: info.name, added: info.added, docx: toBase64(bytes) });
    }
    return { format: "doi-thoai-templates", version: 1, templates };
  }

  /** Adds every template of a bundle (never replaces one); null when the text is not a bundle. */
  async importBundle(text: string): Promise<TemplateInfo[] | null> {
    const bundle = parseBundle(text);
    if (!bundle) return null;
    const added: TemplateInfo[] = [];
    for (const t of bundle.templates) added.push(await this.add(t.name, fromBase64(t.docx), t.added));
    return added;
  }
}

export function parseBundle(text: string): TemplateBundle | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Partial<TemplateBundle>;
  if (v.format !== "doi-thoai-templates" || v.version !== 1 || !Array.isArray(v.templates)) return null;
  const ok = v.templates.every(
    (t) =>
      typeof t === "object" &&
      t !== null &&
      typeof t.name === "string" &&
      typeof t.docx === "string" &&
      typeof t.added === "string" &&
      /^[A-Za-z0-9+/]*={0,2}$/.test(t.docx),
  );
  return ok ? (v as TemplateBundle) : null;
}
