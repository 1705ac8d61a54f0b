/**
 * Number formats: which ones make a number a date (Sheets stores dates as numbers and lets the
 * format decide), and how a value is displayed (getDisplayValues). Covers the formats the add-on and
 * typed input produce; exotic patterns fall back to the automatic display.
 */
import { wallClockFromSerial } from "./dates.ts";

/** What getNumberFormat() answers for a cell never formatted ("automatic"). */
export const AUTOMATIC_FORMAT = "0.###############";
export const PLAIN_TEXT_FORMAT = "@";
/** The formats Sheets gives typed dates and times in the vi_VN locale. */
export const DATE_FORMAT = "dd/MM/yyyy";
export const DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm:ss";
export const TIME_FORMAT = "HH:mm:ss";

/** Null for automatic: "", "General" and the automatic pattern itself all mean "no format". */
export function normalizeFormat(format: string): string | null {
  const f = format.trim();
  if (f === "" || f.toLowerCase() === "general" || f === AUTOMATIC_FORMAT) return null;
  return format;
}

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

export function isDateTimeFormat(format: string | null): boolean {
  if (format === null || format === PLAIN_TEXT_FORMAT) return false;
  const section = stripLiterals(format.split(";")[0] ?? "");
  return /[dDyYhHsSmM]/.test(section.replace(/AM\/PM|A\/P/gi, "h"));
}

export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e15 || (abs !== 0 && abs < 1e-9)) {
    const [mantissa, exp] = n.toExponential(5).split("e");
    const m = String(Number(mantissa));
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(15)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatFixed(n: number, format: string): string {
  const percent = format.includes("%");
  const value = percent ? n * 100 : n;
  const core = format.replace(/%/g, "");
  const dot = core.indexOf(".");
  const decimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/[0#]/g) ?? []).length;
  const minDecimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/0/g) ?? []).length;
  let text = Math.abs(value).toFixed(decimals);
  if (decimals > minDecimals) {
    const [int, frac = ""] = text.split(".");
    let trimmed = frac;
    while (trimmed.length > minDecimals && trimmed.endsWith("0")) trimmed = trimmed.slice(0, -1);
    text = trimmed ? `${int}.${trimmed}` : `${int}`;
  }
  const [intPart = "0", fracPart] = text.split(".");
  const intDigits = core.slice(0, dot < 0 ? undefined : dot).includes(",")
    ? groupThousands(intPart)
    : intPart;
  const sign = value < 0 && Number(text) !== 0 ? "-" : "";
  return `${sign}${intDigits}${fracPart !== undefined ? `.${fracPart}` : ""}${percent ? "%" : ""}`;
}

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** Formats a serial with a date/time pattern (Sheets tokens; "m" is minutes next to h or s). */
export function formatDateTime(serial: number, format: string): string {
  const w = wallClockFromSerial(serial);
  const section = format.split(";")[0] ?? format;
  const tokens = section.match(/"[^"]*"|\\.|\[[^\]]*\]|AM\/PM|A\/P|y+|Y+|m+|M+|d+|D+|h+|H+|s+|S+|./g) ?? [];
  const hasAmPm = tokens.some((t) => /^(AM\/PM|A\/P)$/i.test(t));
  const kinds = tokens.map((t) => t[0]?.toLowerCase() ?? "");
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const kind = kinds[i];
    const len = token.length;
    if (token.startsWith('"')) out.push(token.slice(1, -1));
    else if (token.startsWith("\\")) out.push(token.slice(1));
    else if (token.startsWith("[")) out.push("");
    else if (/^(AM\/PM|A\/P)$/i.test(token)) out.push(w.hour < 12 ? "AM" : "PM");
    else if (kind === "y") out.push(len <= 2 ? String(w.year % 100).padStart(2, "0") : String(w.year));
    else if (kind === "d") {
      if (len <= 2) out.push(String(w.day).padStart(len, "0"));
      else out.push(WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()] ?? "");
    } else if (kind === "h") {
      const h = hasAmPm ? ((w.hour + 11) % 12) + 1 : w.hour;
      out.push(String(h).padStart(Math.min(len, 2), "0"));
    } else if (kind === "s") out.push(String(w.second).padStart(Math.min(len, 2), "0"));
    else if (kind === "m") {
      const prev = kinds
        .slice(0, i)
        .reverse()
        .find((k) => /^[ydhms]$/.test(k));
      const next = kinds.slice(i + 1).find((k) => /^[ydhms]$/.test(k));
      const minutes = prev === "h" || next === "s";
      if (minutes) out.push(String(w.minute).padStart(Math.min(len, 2), "0"));
      else if (len <= 2) out.push(String(w.month).padStart(len, "0"));
      else out.push(`tháng ${w.month}`);
    } else out.push(token);
  });
  return out.join("");
}

/** The text Sheets shows for a stored value under a format (getDisplayValues). */
export function displayValue(value: string | number | boolean | null, format: string | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (format === null || format === PLAIN_TEXT_FORMAT) return generalNumber(value);
  if (isDateTimeFormat(format)) return formatDateTime(value, format);
  const section = stripLiterals(format.split(";")[0] ?? "");
  if (/^[#0,]*(\.[0#]+)?%?$/.test(section.trim()) && /[0#]/.test(section)) {
    return formatFixed(value, section.trim());
  }
  return generalNumber(value);
}
