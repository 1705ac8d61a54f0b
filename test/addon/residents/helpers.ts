/**
 * A workbook on the emulation with a `Danh mục` (the test ward's areas) and a `Dân cư` register,
 * and the built add-on (dist/addon/Code.js) running on it: the path the sidebar, the preview and
 * the CLI all take.
 */
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { type AddonRuntime, createAddonRuntime } from "../../../local/runtime/addon-runtime.ts";
import { packRows } from "../../../shared/residents/pack.ts";
import { previewDelimited } from "../../../shared/residents/read-file.ts";
import type { ResidentValues } from "../../../shared/residents/types.ts";
import { CATALOGUE_TAB, RESIDENTS_TAB } from "../../../shared/schema/tabs.ts";
import { type Person, residentsCsv, TEST_AREAS, TODAY } from "../../shared/residents/helpers/data.ts";
import { decoder } from "../../shared/residents/helpers/decoder.ts";

export const REGISTER_HEADERS = RESIDENTS_TAB.columns.map((c) => c.header);

export function col(header: string): number {
  return REGISTER_HEADERS.indexOf(header) + 1;
}

export function catalogueRows(): string[][] {
  const header = CATALOGUE_TAB.columns.map((c) => c.header);
  return [header, ...TEST_AREAS.tdps.map((t) => [t.kdc, t.name, "", "", ""])];
}

/** The register starts with these rows (already in register order) when given. */
export function workbookWith(register: readonly (readonly string[])[] = []): EmulatedWorkbook {
  return EmulatedWorkbook.fromData({
    name: "Thử nhập dân cư",
    sheets: [
      { name: "Danh mục", values: catalogueRows() },
      { name: "Dân cư", values: [REGISTER_HEADERS, ...register], frozenRows: 1 },
    ],
  });
}

export function runtimeOn(workbook: EmulatedWorkbook): AddonRuntime {
  return createAddonRuntime({ workbook, uiAvailable: false });
}

/** The request the sidebar would send for these people (through the real pipeline). */
export function requestFor(people: readonly Person[], dryRun = false, source = "dan-cu.csv") {
  const preview = previewDelimited(
    new TextEncoder().encode(residentsCsv(people)),
    { decoder },
    TEST_AREAS,
    TODAY,
  );
  return {
    rows: packRows(preview.rows),
    source,
    encoding: preview.source.encoding,
    fileRows: preview.dataRows,
    duplicates: preview.duplicates,
    dryRun,
  };
}

export function requestForValues(values: readonly ResidentValues[], dryRun = false) {
  return {
    rows: packRows(values.map((v, i) => ({ row: i + 2, ...v }))),
    source: "tay.csv",
    encoding: "utf-8",
    fileRows: values.length,
    duplicates: 0,
    dryRun,
  };
}

export function expectOk<T>(result: { ok: true; value: unknown } | { ok: false; messages: unknown[] }): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result.messages)}`);
  return result.value as T;
}

/** Resident number n (1-99) of the test ward, with some values replaced. */
export const person = (n: number, extra: Partial<ResidentValues> = {}): ResidentValues => ({
  fullName: `Người Thứ ${n}`,
  birthDate: "1980",
  gender: "Nam",
  idNumber: `0010800000${String(n).padStart(2, "0")}`,
  phone: `09051234${String(n).padStart(2, "0")}`,
  address: `${n} Lê Lợi`,
  tdp: "Tổ 5",
  kdc: "KDC Phú Lộc",
  ...extra,
});
