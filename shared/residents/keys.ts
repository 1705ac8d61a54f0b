/**
 * The identity of a resident, for repeats inside a file and for matching the register: the ID
 * number when there is one, else the folded name + birth date (or year) + TDP.
 */
import { areaKey } from "../catalogue/area-match.ts";
import { foldKey } from "../text/fold.ts";
import type { ResidentValues } from "./types.ts";

/** The ID number itself: all digits, so it never equals a name key (which holds "|"). */
export function idKey(idNumber: string): string {
  return idNumber;
}

/** Each code unit's fold (text/fold.ts's foldKey of that one character); 0 = not yet known. */
const FOLDED = new Uint16Array(0x10000);
const UNFOLDABLE = 0xffff;
const DROPPED = 0xfffe;
const SPACE = 32;

function foldUnit(code: number): number {
  let folded = FOLDED[code] as number;
  if (folded === 0) {
    const ch = String.fromCharCode(code);
    const key = foldKey(ch);
    // foldKey turns separators and white space into spaces, and drops combining marks.
    if (/[\s_\-.:/]/.test(ch)) folded = SPACE;
    else folded = key.length === 1 ? key.charCodeAt(0) : key === "" ? DROPPED : UNFOLDABLE;
    FOLDED[code] = folded;
  }
  return folded;
}

/**
 * foldKey for names, by a per-character table: a register without ID numbers keys every row by
 * its name, and the general foldKey (NFD, regular expressions) costs microseconds a row.
 */
export function foldName(text: string): string {
  const codes: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code >= 65 && code <= 90 ? code + 32 : code >= 97 && code <= 122 ? code : foldUnit(code);
    if (folded === UNFOLDABLE) return foldKey(text);
    if (folded === DROPPED) continue;
    if (folded === SPACE) {
      if (space) continue;
      space = true;
    } else space = false;
    codes.push(folded);
  }
  if (codes.length > 0 && codes[codes.length - 1] === SPACE) codes.pop();
  // Spreading a huge array overflows the stack: a long text takes the general path.
  return codes.length <= 4096 ? String.fromCharCode(...codes) : foldKey(text);
}

export function nameKey(values: Pick<ResidentValues, "fullName" | "birthDate" | "tdp">): string {
  return `${foldName(values.fullName)}|${values.birthDate}|${values.tdp === "" ? "" : areaKey(values.tdp)}`;
}

export function residentKey(values: ResidentValues): string {
  return values.idNumber !== "" ? idKey(values.idNumber) : nameKey(values);
}
