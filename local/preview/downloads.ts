/**
 * Documents the preview offers as .docx downloads (the sidebar's Văn bản buttons in the preview).
 */
import type { EmulatedWorkbook } from "../emulator/index.ts";

export type DownloadResult =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; message: string };
export type DownloadHandler = (kind: string, workbook: EmulatedWorkbook) => Promise<DownloadResult>;

export const noDownloads: DownloadHandler = async (kind) => ({ ok: false, message: `no document ${kind}` });
