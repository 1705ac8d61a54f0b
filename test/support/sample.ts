/**
 * A fresh copy of the sample workbook (built from examples/ by the add-on's own set-up) in a temp
 * folder, so tests never touch the one `npm start` uses.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { buildExampleWorkbook, SAMPLE_DIR } from "../../local/examples/sample-workbook.ts";

export async function tempDir(prefix = "doi-thoai-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function sampleWorkbookCopy(): Promise<string> {
  const path = join(await tempDir(), "mau.xlsx");
  await saveWorkbookToXlsx(await buildExampleWorkbook(SAMPLE_DIR), path);
  return path;
}
