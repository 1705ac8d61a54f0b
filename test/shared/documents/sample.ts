/**
 * The sample workbook (examples/thanh-khe-tay-2022) as a snapshot, read from its TSV files.
 */
import path from "node:path";
import { loadExample } from "../../../local/examples/tsv.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";

export const SAMPLE_DIR = path.join(import.meta.dirname, "..", "..", "..", "examples", "thanh-khe-tay-2022");

export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  const example = await loadExample(SAMPLE_DIR);
  return { tabs: new Map([...example.tabs].map(([name, rows]) => [name, rows])) };
}
