/**
 * The .xlsx chunk's entry (built to dist/addon/sidebar-xlsx.html, see scripts/build/addon.mjs):
 * exceljs reads the workbook in the page, the project's one exceljs adapter picks the sheet.
 */
import ExcelJS from "exceljs";
import { pickWorksheet } from "../../../shared/residents/adapters/exceljs.ts";
import { CHUNK_HANDOFF, type Handoff, type XlsxReader } from "./handoff.ts";

const reader: XlsxReader = {
  async readSheet(bytes) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes.slice().buffer);
    } catch {
      return { ok: false, reason: "unreadable" };
    }
    const picked = pickWorksheet(workbook);
    return picked
      ? { ok: true, name: picked.sheet.name, grid: picked.grid }
      : { ok: false, reason: "no-sheet" };
  },
};

const handoff: unknown = Reflect.get(window, CHUNK_HANDOFF);
if (typeof handoff === "function") (handoff as Handoff)("xlsx", reader);
