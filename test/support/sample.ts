/**
 * A fresh copy of the sample workbook (built from examples/ by the add-on's own set-up, once per
 * run in test/global-setup.ts) in a temp folder, so tests never touch the one `npm start` uses.
 */
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

export async function tempDir(prefix = "doi-thoai-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function sampleWorkbookCopy(): Promise<string> {
  const path = join(await tempDir(), "mau.xlsx");
  await copyFile(inject("sampleWorkbook"), path);
  return path;
}
