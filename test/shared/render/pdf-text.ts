/**
 * Printing .docx files through LibreOffice and reading the PDF back page by page: the way a clerk
 * sees the pagination. One soffice run converts every file (LibreOffice starts slowly), with a
 * profile of its own so parallel runs never share one.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const SOFFICE = "/usr/bin/soffice";

/** Converts each named .docx to PDF; answers each file's pages as text (pdftotext -layout). */
export async function pdfPages(files: Record<string, Uint8Array>): Promise<Map<string, string[]>> {
  const dir = await mkdtemp(path.join(tmpdir(), "doi-thoai-pdf-"));
  try {
    const names = Object.keys(files);
    for (const name of names)
      await writeFile(path.join(dir, `${name}.docx`), files[name] ?? new Uint8Array());
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...names.map((name) => path.join(dir, `${name}.docx`)),
      ],
      { timeout: 150_000 },
    );
    const pages = new Map<string, string[]>();
    for (const name of names) {
      const { stdout } = await run("pdftotext", ["-layout", path.join(dir, `${name}.pdf`), "-"]);
      pages.set(name, stdout.split("\f").slice(0, -1));
    }
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A page's non-blank lines, white space collapsed. */
export function lines(page: string): string[] {
  return page
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}
