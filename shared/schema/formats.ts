import type { ColumnType } from "./types.ts";

/**
 * The number format each column type gets in a sheet. Text ("@") is what keeps "0905123456" and
 * "=HYPERLINK(...)" exactly as typed instead of a number or a live formula; choices are text too.
 */
export function numberFormatFor(type: ColumnType): string {
  switch (type) {
    case "date":
      return "dd/mm/yyyy";
    case "time":
      return "HH:mm";
    case "number":
      return "0.##";
    case "yesno":
      return "General";
    case "text":
    case "choice":
      return "@";
  }
}
