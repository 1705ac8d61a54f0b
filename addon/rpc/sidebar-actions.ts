/**
 * Code the sidebar loads on demand, so that its first payload stays small: a chunk (the .xlsx
 * reader, about 0.9 MB) is a file of this Apps Script project, handed over as text by the entry
 * function `sidebarChunk` (google.script.run.sidebarChunk(name)). It is not a workbook action:
 * it touches no spreadsheet and is not offered by `doi-thoai call`.
 */

/** Chunks the build makes, each as dist/addon/sidebar-<name>.html. */
export const SIDEBAR_CHUNKS = ["xlsx"] as const;
export type SidebarChunkName = (typeof SIDEBAR_CHUNKS)[number];

/** The entry file's function that answers (see addon/server/main.ts). */
export const SIDEBAR_CHUNK_FUNCTION = "sidebarChunk";

export interface SidebarChunk {
  name: SidebarChunkName;
  /** The chunk's script, as built; the sidebar checks it against the hash it was built with. */
  code: string;
}
