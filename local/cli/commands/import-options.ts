/**
 * The options of `doi-thoai import-residents`, in one table: the parser takes only these flags, and
 * `--help` lists each with its values, so neither can leave one out.
 */
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { Delimiter } from "../../../shared/residents/csv/delimiter.ts";
import { BYTE_ENCODINGS, FONT_ENCODINGS } from "../../../shared/residents/decode/detect.ts";

/** Separators by the names a shell passes easily. */
export const DELIMITER_NAMES: Record<string, Delimiter> = {
  ",": ",",
  ";": ";",
  tab: "\t",
  "\\t": "\t",
  "|": "|",
  pipe: "|",
};

export interface ImportOptionSpec {
  flag: string;
  /** The values it takes, when there is a fixed list. */
  values?: readonly string[];
  /** What stands for its value when any will do. */
  placeholder?: MessageKey | "n";
  help: MessageKey;
}

export const IMPORT_OPTIONS = [
  { flag: "--dry-run", help: "cli.importOption.dryRun" },
  { flag: "--json", help: "cli.importOption.json" },
  { flag: "--accept-conflicts", help: "cli.importOption.acceptConflicts" },
  { flag: "--encoding", values: ["auto", ...BYTE_ENCODINGS], help: "cli.importOption.encoding" },
  { flag: "--font", values: ["auto", ...FONT_ENCODINGS], help: "cli.importOption.font" },
  {
    flag: "--delimiter",
    values: ["auto", ...Object.keys(DELIMITER_NAMES).filter((name) => name !== "\\t")],
    help: "cli.importOption.delimiter",
  },
  { flag: "--header-row", placeholder: "n", help: "cli.importOption.headerRow" },
  { flag: "--sheet", placeholder: "cli.placeholder.sheet", help: "cli.importOption.sheet" },
] as const satisfies readonly ImportOptionSpec[];

export type ImportFlag = (typeof IMPORT_OPTIONS)[number]["flag"];
