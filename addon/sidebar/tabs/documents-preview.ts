/**
 * The local preview's .docx downloads for the `Văn bản` tab. The preview puts `downloadUrl` on
 * window; a download is fetched rather than followed, so that a refusal (HTTP 422 with the
 * reason as text) is shown in the sidebar instead of ending as a cancelled download.
 */
import type { DocumentKind } from "../../../shared/documents/model.ts";

/** What the local preview puts on window for this tab. */
export interface PreviewHooks {
  downloadUrl(kind: DocumentKind): string;
}

export function previewHooks(): PreviewHooks | null {
  const hooks: unknown = Reflect.get(window, "__doiThoaiPreview");
  if (typeof hooks !== "object" || hooks === null) return null;
  const downloadUrl: unknown = Reflect.get(hooks, "downloadUrl");
  if (typeof downloadUrl !== "function") return null;
  return {
    downloadUrl: (kind) => {
      const url: unknown = Reflect.apply(downloadUrl, hooks, [kind]);
      return typeof url === "string" ? url : "";
    },
  };
}

/** The file name from `content-disposition: attachment; filename*=UTF-8''...`. */
function fileNameOf(header: string | null, fallback: string): string {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(header ?? "");
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return fallback;
  }
}

export type DownloadOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/** Fetches the document; saves it through a temporary link, or answers with the server's reason. */
export async function previewDownload(url: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, message: (await response.text()) || response.statusText };
  const fileName = fileNameOf(response.headers.get("content-disposition"), "van-ban.docx");
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL may go once it has been read.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { ok: true, fileName };
}
