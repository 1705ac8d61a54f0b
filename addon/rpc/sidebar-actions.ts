/**
 * Code the sidebar loads on demand. The sidebar's first payload stays small; a chunk (the .xlsx
 * reader, about 0.9 MB) is a file of this Apps Script project, handed over as text by the server.
 */

/** Chunks the build makes, each as dist/addon/sidebar-<name>.html. */
export const SIDEBAR_CHUNKS = ["xlsx"] as const;
export type SidebarChunkName = (typeof SIDEBAR_CHUNKS)[number];

export interface SidebarChunk {
  name: SidebarChunkName;
  /** The chunk's script, as built; the sidebar checks it against the hash it was built with. */
  code: string;
}

export interface SidebarActions {
  sidebarChunk(input: { name: SidebarChunkName }): SidebarChunk;
}
