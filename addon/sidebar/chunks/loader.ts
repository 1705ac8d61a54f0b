/**
 * Loads an on-demand chunk without a module loader, remote code, eval or new Function: the chunk
 * is a file of our own Apps Script project (dist/addon/sidebar-xlsx.html, pushed with the
 * sidebar), its text comes from our server (the entry function `sidebarChunk`), must match the SHA-256 fixed in this
 * bundle at build time, and runs as a script element of this page.
 */
import { msg } from "../../../shared/i18n/index.ts";
import { SIDEBAR_CHUNK_FUNCTION, type SidebarChunk } from "../../rpc/sidebar-actions.ts";
import { ActionFailed, callEntry } from "../rpc-client.ts";
import { CHUNK_HANDOFF, type ChunkName, type Chunks, type Handoff } from "./handoff.ts";

/** Replaced at build time by the chunks' hex SHA-256 (scripts/build/addon.mjs). */
declare const __SIDEBAR_CHUNK_SHA256__: Record<ChunkName, string>;

const loading = new Map<ChunkName, Promise<unknown>>();

function failed(detail: string): ActionFailed {
  return new ActionFailed([msg("sidebar.xlsxReaderFailed", { detail })]);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function load<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  const { code } = await callEntry<SidebarChunk>(SIDEBAR_CHUNK_FUNCTION, { name });
  if ((await sha256(code)) !== __SIDEBAR_CHUNK_SHA256__[name]) throw failed("checksum");
  const received: { api?: Chunks[K] } = {};
  const receive: Handoff = (given, value) => {
    if ((given as ChunkName) === name) received.api = value as Chunks[K];
  };
  Reflect.set(window, CHUNK_HANDOFF, receive);
  const script = document.createElement("script");
  script.text = code;
  try {
    // An inline script runs as soon as it is inserted, so the handoff has happened on return.
    document.head.append(script);
  } finally {
    script.remove();
    Reflect.deleteProperty(window, CHUNK_HANDOFF);
  }
  if (!received.api) throw failed("no handoff");
  return received.api;
}

/** The chunk, loaded once per page; a failed load may be retried by the next call. */
export function loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  let pending = loading.get(name) as Promise<Chunks[K]> | undefined;
  if (!pending) {
    pending = load(name);
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending;
}
