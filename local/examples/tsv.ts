/**
 * The sample workbooks in examples/ are kept as one TSV file per tab (reviewable in a diff) plus a
 * manifest.json naming the tabs in order. This reads them strictly: a ragged row is a mistake in
 * the sample, never something to guess around. Node-only (file system).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ExampleManifest {
  name: string;
  /** Tab name -> TSV file name (inside the example's folder), in manifest order. */
  tabs: Map<string, string>;
}

export interface ExampleWorkbook {
  name: string;
  /** Tab name -> rows (header first), in manifest order. */
  tabs: Map<string, string[][]>;
}

/**
 * Rows of a TSV text, header first. A leading BOM, CRLF line ends and one trailing newline are
 * accepted; every row must have as many fields as the header, else the error names the line.
 */
export function parseTsv(text: string, source = "TSV"): string[][] {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  if (body === "") throw new Error(`${source}: empty, expected a header row`);
  const lines = body.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const rows: string[][] = [];
  let width = 0;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.includes("\r")) throw new Error(`${source} line ${lineNo}: stray carriage return in a value`);
    const cells = line.split("\t");
    if (index === 0) width = cells.length;
    else if (cells.length !== width)
      throw new Error(
        `${source} line ${lineNo}: ${cells.length} field(s), expected ${width} as in the header row`,
      );
    rows.push(cells);
  });
  return rows;
}

/** The TSV text of rows (header first), one trailing newline; refuses values that would break it. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  const width = rows[0]?.length ?? 0;
  return rows
    .map((row, index) => {
      if (row.length !== width)
        throw new Error(`Row ${index + 1}: ${row.length} field(s), expected ${width}`);
      for (const cell of row)
        if (/[\t\r\n]/.test(cell)) throw new Error(`Row ${index + 1}: tab or line break in “${cell}”`);
      return row.join("\t");
    })
    .join("\n")
    .concat("\n");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one TSV file as strict UTF-8; errors name the file. */
export async function loadTsvFile(file: string): Promise<string[][]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      missing ? `${file}: file not found` : `${file}: cannot read (${(error as Error).message})`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8`);
  }
  return parseTsv(text, file);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads and checks `<dir>/manifest.json`: `{ name, tabs: { "<tab>": "<file>.tsv", ... } }`. */
export async function readManifest(dir: string): Promise<ExampleManifest> {
  const file = path.join(dir, "manifest.json");
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: cannot read (${(error as Error).message})`);
  }
  if (!isRecord(json) || typeof json.name !== "string" || json.name.trim() === "" || !isRecord(json.tabs))
    throw new Error(`${file}: expected { "name": "...", "tabs": { "<tab>": "<file>.tsv" } }`);
  const tabs = new Map<string, string>();
  for (const [tab, name] of Object.entries(json.tabs)) {
    // Plain file names only: the manifest must not reach outside its folder.
    if (typeof name !== "string" || !/^[\w.-]+\.tsv$/.test(name) || name.startsWith("."))
      throw new Error(`${file}: tab “${tab}” must map to a .tsv file name in the same folder`);
    tabs.set(tab, name);
  }
  if (tabs.size === 0) throw new Error(`${file}: lists no tabs`);
  return { name: json.name, tabs };
}

/** Loads every tab the manifest lists; a listed file that is missing or malformed is an error. */
export async function loadExample(dir: string): Promise<ExampleWorkbook> {
  const manifest = await readManifest(dir);
  const tabs = new Map<string, string[][]>();
  for (const [tab, name] of manifest.tabs) {
    const file = path.join(dir, name);
    try {
      tabs.set(tab, await loadTsvFile(file));
    } catch (error) {
      throw new Error(`Example tab “${tab}”: ${(error as Error).message}`);
    }
  }
  return { name: manifest.name, tabs };
}
