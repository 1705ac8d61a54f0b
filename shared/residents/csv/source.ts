/**
 * A delimited file as a source of rows, a megabyte at a time: each chunk ends at a line break
 * outside quotes (a quoted value may hold line breaks), is decoded by the platform's TextDecoder,
 * and parsed by papaparse. UTF-8 (the usual case) is decoded chunk by chunk, so no string the size
 * of the file is ever built; other encodings are decoded whole first. The separator, the line break and a
 * legacy font are decided on the first chunk. Row numbers run on across chunks, blank lines
 * included, as a spreadsheet shows them.
 */
import Papa from "papaparse/papaparse.min.js";
import { type Message, msg } from "../../i18n/index.ts";
import {
  convertFont,
  type DecodeOptions,
  decodeBytes,
  detectFont,
  encodingLabel,
  type FontEncoding,
  guessSingleByte,
} from "../decode/detect.ts";
import type { PlatformDecoder } from "../decode/platform.ts";
import { toNfc } from "../decode/units.ts";
import { detectBom, sniffUtf16 } from "../decode/utf.ts";
import { delimitedFileProblem } from "../file-kind.ts";
import { type ImportSource, RestartImport, type RowBatch, type RowSource } from "../source.ts";
import type { ImportCell } from "../types.ts";
import { type Delimiter, detectDelimiter } from "./delimiter.ts";
import { countRows, oneLineBreak } from "./lines.ts";

export interface DelimitedOptions extends DecodeOptions {
  delimiter?: Delimiter | "auto";
  /** The platform's TextDecoder, wrapped (decode/platform.ts): the browser's or Node's. */
  decoder: PlatformDecoder;
}

const CHUNK = 1 << 20;
const FONT_SAMPLE = 16 * 1024;
const QUOTE = 0x22;
const LF = 0x0a;

/** The end (exclusive) of the chunk from `from`: after the first LF outside quotes past `from + size`. */
export function chunkEnd(
  length: number,
  from: number,
  size: number,
  indexOf: (code: number, from: number) => number,
): number {
  let end = Math.min(length, from + size);
  if (end >= length) return length;
  let quotes = 0;
  let quote = indexOf(QUOTE, from);
  for (;;) {
    const lf = indexOf(LF, end);
    if (lf < 0) return length;
    while (quote >= 0 && quote < lf) {
      quotes++;
      quote = indexOf(QUOTE, quote + 1);
    }
    if (quotes % 2 === 0) return lf + 1;
    end = lf + 1;
  }
}

export class DelimitedSource implements RowSource {
  readonly problems: Message[] = [];
  /** Problems that stop the import: an empty or non-text file, rows lost to the parser. */
  readonly fatal: Message[] = [];
  readonly brokenRows = new Map<number, Message>();
  source: ImportSource = {
    kind: "csv",
    encoding: "",
    byteEncoding: null,
    font: "unicode",
    delimiter: null,
    sheet: null,
  };
  private position: number;
  private row = 1;
  /** Whole decoded text, for encodings other than UTF-8. */
  private readonly text: string | null;
  private delimiter: Delimiter | null = null;
  private font: FontEncoding = "unicode";
  private readonly utf8: boolean;
  private readonly bom: boolean;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: DelimitedOptions,
  ) {
    const problem = delimitedFileProblem(bytes);
    if (problem) this.fatal.push(problem);
    const wanted = options.encoding ?? "auto";
    const bom = detectBom(bytes);
    const utf16 = wanted === "auto" && !bom ? sniffUtf16(bytes) : null;
    this.utf8 = wanted === "utf-8" || (wanted === "auto" && !utf16 && (!bom || bom.bom === "utf-8"));
    this.bom = this.utf8 && bom?.bom === "utf-8";
    this.position = this.bom ? 3 : 0;
    if (this.utf8 || problem) {
      this.text = null;
      this.source.byteEncoding = "utf-8";
    } else {
      const decoded = decodeBytes(bytes, options.decoder, options);
      this.text = decoded.text;
      this.font = decoded.font;
      this.source = {
        ...this.source,
        byteEncoding: decoded.encoding,
        encoding: encodingLabel(decoded),
        font: decoded.font,
      };
      this.position = 0;
    }
  }

  /** A register row takes 150 bytes or so (the table grows if the guess is short). */
  get expectedRows(): number {
    return Math.ceil(this.bytes.length / 160);
  }

  get fraction(): number {
    const total = this.text === null ? this.bytes.length : this.text.length;
    return total === 0 ? 1 : Math.min(1, this.position / total);
  }

  next(): RowBatch | null {
    if (this.fatal.length > 0) return null;
    const chunk = this.text === null ? this.nextUtf8() : this.nextText();
    if (chunk === null) return null;
    if (this.delimiter === null) this.start(chunk);
    // One file may mix CRLF, LF and CR (rows appended by another program): then all become LF.
    const { text, newline } = oneLineBreak(this.font === "unicode" ? chunk : convertFont(chunk, this.font));
    const delimiter = this.delimiter ?? ",";
    const result = Papa.parse(text, {
      delimiter,
      newline,
      header: false,
      skipEmptyLines: false,
    });
    const rows: ImportCell[][] = result.data;
    const last = rows[rows.length - 1];
    // The chunk's final line break ends its last row: papaparse reports an empty row after it.
    if (last && last.length === 1 && last[0] === "" && text.charCodeAt(text.length - 1) === 10) rows.pop();
    const firstRow = this.row;
    // A row count that disagrees with the lines read would be rows lost or merged without a word.
    if (result.errors.length === 0) {
      const expected = countRows(text, delimiter);
      if (expected !== rows.length) {
        this.fatal.push(msg("import.rowCountMismatch", { row: firstRow, read: rows.length, expected }));
        return null;
      }
    }
    for (const error of result.errors) {
      const row = firstRow + (error.row ?? 0);
      // papaparse may report one bad row several times: tell it once.
      if (this.brokenRows.has(row)) continue;
      if (error.code === "MissingQuotes") this.problems.push(msg("import.unclosedQuote", { row }));
      else if (error.code === "InvalidQuotes") this.problems.push(msg("import.badQuotes", { row }));
      else continue;
      this.brokenRows.set(row, msg("import.rowBrokenQuotes"));
    }
    this.row += rows.length;
    return { rows, firstRow };
  }

  /** On the first chunk: separator, line break, font, and how the encoding is reported. */
  private start(chunk: string): void {
    const wanted = this.options.delimiter ?? "auto";
    this.delimiter = wanted === "auto" ? detectDelimiter(chunk) : wanted;
    if (this.text === null) {
      const font = this.options.font ?? "auto";
      this.font = font === "auto" ? detectFont(chunk.slice(0, FONT_SAMPLE)) : font;
      this.source = {
        ...this.source,
        font: this.font,
        encoding: encodingLabel({ encoding: "utf-8", bom: this.bom, font: this.font }),
      };
    }
    this.source = { ...this.source, delimiter: this.delimiter };
  }

  private nextUtf8(): string | null {
    const bytes = this.bytes;
    if (this.position >= bytes.length) return null;
    const from = this.position;
    const end = chunkEnd(bytes.length, from, CHUNK, (code, at) => bytes.indexOf(code, at));
    const chunk = bytes.subarray(from, end);
    // A user who insists on UTF-8 gets U+FFFD for bad bytes; otherwise bad bytes mean another encoding.
    const forced = this.options.encoding === "utf-8";
    const text = this.options.decoder.decode(chunk, "utf-8", !forced);
    if (text !== null) {
      this.position = end;
      return toNfc(text);
    }
    // Not UTF-8 after all: the whole file is read again as the single-byte encoding it looks like.
    const encoding = guessSingleByte(bytes.subarray(0, 64 * 1024), this.options.decoder);
    throw new RestartImport(new DelimitedSource(bytes, { ...this.options, encoding }));
  }

  private nextText(): string | null {
    const text = this.text as string;
    if (this.position >= text.length) return null;
    const from = this.position;
    const end = chunkEnd(text.length, from, CHUNK, (code, at) => text.indexOf(String.fromCharCode(code), at));
    this.position = end;
    return text.slice(from, end);
  }
}
