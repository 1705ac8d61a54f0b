/**
 * Normalising identity values: ID numbers (CCCD 12 digits, old CMND 9) and phones, as digit text
 * with their leading zeros. Spreadsheets drop those zeros when a column was numeric; a value one
 * digit short whose completion is plausible gets its zero back, with a warning.
 *
 * Normalisers return the value and put what is wrong in a `Verdict` the caller owns and resets, so
 * that the common path (a clean value) allocates nothing.
 */
import { type Message, msg } from "../i18n/index.ts";
import { cleanCell } from "./clean.ts";
import { IdTable } from "./id-table.ts";
import type { ImportCell } from "./types.ts";

export interface Verdict {
  /** Rejects the row. */
  error: Message | null;
  /** Reported; the row is imported. */
  warning: Message | null;
  /** normaliseIdNumber's digits as a number (IdTable.numberOf), -1 when not known. */
  idKey: number;
}

export function newVerdict(): Verdict {
  return { error: null, warning: null, idKey: -1 };
}

/** True when `text` is exactly `length` ASCII digits. */
function allDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DIGIT_GROUPS = /^\d[\d\s.-]*\d$|^\d$/;
const SEPARATORS = /[\s.-]/g;
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

export function normaliseIdNumber(cell: ImportCell | undefined, verdict: Verdict): string {
  verdict.idKey = -1;
  if (typeof cell === "string" && (cell.length === 12 || cell.length === 9)) {
    // The common case: the digits read once, for the check and for the de-duplication key.
    const key = IdTable.numberOf(cell);
    if (key >= 0) {
      verdict.idKey = key;
      return cell;
    }
  }
  const text = cleanCell(cell);
  if (text === "") return "";
  if (SCIENTIFIC.test(text)) {
    verdict.error = msg("import.idScientific", { value: text });
    return text;
  }
  if (!DIGIT_GROUPS.test(text)) {
    verdict.error = msg("import.badId", { value: text });
    return text;
  }
  const digits = text.replace(SEPARATORS, "");
  if (digits.length === 12 || digits.length === 9) return digits;
  // Only a zero a number column dropped is restored: a number cell of 11 or 8 digits, or 11 digits
  // of text not starting with 0 (a CCCD starts with a province code 001-096). Text that already
  // starts with 0 ("04819000") lost nothing and is not "repaired".
  const fromNumber = typeof cell === "number";
  const lostZero =
    digits.length === 11
      ? digits.charCodeAt(0) !== 48 && Number(digits.slice(0, 2)) <= 96
      : digits.length === 8 && fromNumber;
  if (lostZero) {
    const restored = `0${digits}`;
    verdict.warning = msg("import.idZeroRestored", { value: text, restored });
    return restored;
  }
  verdict.error = msg("import.badId", { value: text });
  return text;
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const PHONE_NOISE = /[\s.\-()]/g;

function isMobile(text: string): boolean {
  if (!allDigits(text, 10) || text.charCodeAt(0) !== 48) return false;
  const second = text.charCodeAt(1);
  return second === 51 || second === 53 || second === 55 || second === 56 || second === 57;
}

export function normalisePhone(cell: ImportCell | undefined, verdict: Verdict): string {
  if (typeof cell === "string" && isMobile(cell)) return cell;
  const text = cleanCell(cell);
  if (text === "") return "";
  let digits = text.replace(PHONE_NOISE, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("0084")) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith("84") && (digits.length === 11 || digits.length === 12))
    digits = `0${digits.slice(2)}`;
  // A number column drops the leading zero: 905123456.
  else if (/^[35789]\d{8}$/.test(digits) || /^2\d{9}$/.test(digits)) digits = `0${digits}`;
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return digits;
  verdict.warning = msg("import.badPhone", { value: text });
  return text;
}

const MALE = new Set(["nam", "m", "male", "trai", "ong"]);
const FEMALE = new Set(["nu", "f", "female", "gai", "ba"]);

/** `folded` is the folded text (see text/fold.ts); callers remember results per distinct text. */
export function normaliseGender(text: string, folded: string, verdict: Verdict): string {
  if (text === "") return "";
  if (MALE.has(folded)) return "Nam";
  if (FEMALE.has(folded)) return "Nữ";
  verdict.warning = msg("import.badGender", { value: text });
  return "";
}
