/**
 * Loading our own files fast: their rules are restored from the meta sheet (xlsx/meta.ts), while
 * exceljs expands every rule in the sheets' XML ("B2:B1000") into one entry per cell as it loads:
 * half the load time of a set-up workbook. The Excel rules stay in the file for Excel and
 * LibreOffice users; only this reader skips them. A file made elsewhere is read as it is.
 */
import JSZip from "jszip";
import { META_SHEET } from "./meta.ts";

const RULES = /<dataValidations\b[\s\S]*?<\/dataValidations>/;

export async function withoutSheetRules(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file("xl/workbook.xml")?.async("string");
  if (!book?.includes(`name="${META_SHEET}"`)) return bytes;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)?.async("string");
    if (xml && RULES.test(xml)) zip.file(name, xml.replace(RULES, ""));
  }
  // Stored, not deflated: these bytes only go straight into exceljs.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
