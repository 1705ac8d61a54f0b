/**
 * What the sidebar and its on-demand chunks agree on. A chunk is a script built with the sidebar
 * (never fetched from elsewhere); when it runs it hands its API to the function the loader put on
 * window under CHUNK_HANDOFF, and nothing else leaks to the page.
 */
import type { ImportGrid } from "../../../shared/residents/types.ts";
import type { SidebarChunkName } from "../../rpc/sidebar-actions.ts";

export const CHUNK_HANDOFF = "__doiThoaiChunk";

export type XlsxSheet =
  | { ok: true; name: string; grid: ImportGrid }
  | { ok: false; reason: "unreadable" | "no-sheet" };

/** The .xlsx reader: exceljs and the one exceljs adapter, about 0.9 MB, loaded when an .xlsx is picked. */
export interface XlsxReader {
  readSheet(bytes: Uint8Array): Promise<XlsxSheet>;
}

/** Each chunk the server can hand over, with the API it hands to the page. */
export interface Chunks extends Record<SidebarChunkName, unknown> {
  xlsx: XlsxReader;
}

export type ChunkName = keyof Chunks;
export type Handoff = <K extends ChunkName>(name: K, api: Chunks[K]) => void;
