/**
 * Saving a made file: through the downloads API (the `downloads` permission), which names the file
 * and never overwrites one of the same name; a link click where the API is missing.
 */
import type { ExtensionApi } from "../platform/api.ts";
import type { MadeFile } from "./outputs.ts";

export async function saveFile(api: ExtensionApi, file: MadeFile): Promise<void> {
  const blob = new Blob([file.bytes.slice().buffer as ArrayBuffer], { type: file.mime });
  const url = URL.createObjectURL(blob);
  // Revoked later, not at once: the download reads the blob after download() resolves.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (api.downloads) {
    await api.downloads.download({ url, filename: file.fileName, saveAs: false });
    return;
  }
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
}
