/**
 * exceljs zips with the current time on every entry, so two saves of the same workbook differ.
 * This rewrites every entry's DOS time and date (local headers and central directory) to
 * 1980-01-01 00:00; the checksums cover only the content, which is untouched.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FIXED_TIME = 0;
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

export function stampZipEntries(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Not a zip file: no end of central directory.");
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error("Broken zip central directory.");
    view.setUint16(at + 12, FIXED_TIME, true);
    view.setUint16(at + 14, FIXED_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error("Broken zip local header.");
    view.setUint16(local + 10, FIXED_TIME, true);
    view.setUint16(local + 12, FIXED_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
