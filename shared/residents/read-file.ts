/**
 * Delimited files (CSV, TSV, "Unicode text") into the pipeline, read a megabyte at a time
 * (csv/source.ts, papaparse), decoded by the platform's TextDecoder that the caller hands in.
 */
import type { CivilDate } from "../dates/civil.ts";
import type { WardAreas } from "./areas.ts";
import { DelimitedSource } from "./csv/source.ts";
import type { PlatformDecoder } from "./decode/platform.ts";
import { ImportJob, type ImportOptions, type ImportPreview } from "./pipeline.ts";
import type { RowSource } from "./source.ts";

export type DelimitedImportOptions = ImportOptions & { decoder: PlatformDecoder };

export function delimitedSource(bytes: Uint8Array, options: DelimitedImportOptions): RowSource {
  return new DelimitedSource(bytes, options);
}

/** The whole pipeline at once on a delimited file, for the CLI, the bench and tests. */
export function previewDelimited(
  bytes: Uint8Array,
  options: DelimitedImportOptions,
  areas: WardAreas,
  today: CivilDate,
): ImportPreview {
  return new ImportJob(delimitedSource(bytes, options), options, areas, today).result();
}
