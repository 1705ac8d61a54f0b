/**
 * Runs once before any test file: builds dist/ (add-on, extension, CLI) unless its stamp shows it
 * was built from the sources as they are now, so no test can pass against a stale bundle (and
 * runs side by side do not rebuild what is fresh). Then writes the sample workbook once for the
 * tests that open a copy of it (test/support/sample.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { staleReason } from "../scripts/build/stamp.mjs";
import { buildAll } from "../scripts/build.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample workbook built from examples/, written once per run; copy it, never change it. */
    sampleWorkbook: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (staleReason("all") !== null) await buildAll();
  // Imported after the build: the sample is made by the add-on bundle just built.
  const { saveWorkbookToXlsx } = await import("../local/emulator/xlsx-store.ts");
  const { buildExampleWorkbook, SAMPLE_DIR } = await import("../local/examples/sample-workbook.ts");
  const dir = await mkdtemp(join(tmpdir(), "doi-thoai-sample-"));
  const sample = join(dir, "mau.xlsx");
  await saveWorkbookToXlsx(await buildExampleWorkbook(SAMPLE_DIR), sample);
  project.provide("sampleWorkbook", sample);
  return () => rm(dir, { recursive: true, force: true });
}
