/**
 * doi-thoai fill <workbook.xlsx> <template.docx> -o <out.docx>
 * Fills an office's own Word template from a workbook with the extension's code: the workbook read
 * by the one exceljs adapter (shared/workbook/xlsx-adapter.ts), the template filled by
 * shared/templates. Offices can batch it; tests drive the fill through it.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { fromLocalDate } from "../../../shared/dates/civil.ts";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { fillTemplate } from "../../../shared/templates/index.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";
import { readXlsx } from "../../../shared/workbook/xlsx-adapter.ts";
import { exceljsForReading } from "../../emulator/xlsx/exceljs-node.ts";
import { CliError, type CliIo, say } from "../io.ts";
import { takeOption } from "../options.ts";

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readWorkbook(path: string): Promise<WorkbookSnapshot> {
  if (!existsSync(path)) throw new CliError("cli.fileMissing", { file: path });
  const bytes = await readFile(path);
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return await readXlsx(copy, exceljsForReading());
  } catch {
    throw new CliError("cli.notXlsx", { file: path });
  }
}

export async function fillCommand(args: string[], io: CliIo): Promise<number> {
  const rest = [...args];
  const output = takeOption(rest, "-o") ?? takeOption(rest, "--output");
  const [workbookPath, templatePath] = rest;
  if (!workbookPath || !templatePath || !output) {
    io.err(say(io, "templates.cli.usage"));
    return 2;
  }
  if (!existsSync(templatePath)) throw new CliError("cli.fileMissing", { file: templatePath });
  const template = new Uint8Array(
    await readFile(templatePath).catch((error: unknown) => {
      throw new CliError("templates.cli.readFailed", { file: templatePath, detail: detail(error) });
    }),
  );
  const result = fillTemplate(template, await readWorkbook(workbookPath), {
    today: fromLocalDate(new Date()),
  });
  if (!result.ok) {
    const locale = io.locale ?? "vi";
    for (const problem of result.problems) {
      const where = problem.place ? ` ${formatMessage(problem.place, locale)}` : "";
      io.err(`${formatMessage(problem.message, locale)}${where}`);
    }
    return 1;
  }
  try {
    await writeFile(output, result.bytes);
  } catch (error) {
    throw new CliError("documents.cli.writeFailed", { file: output, detail: detail(error) });
  }
  io.out(say(io, "templates.cli.written", { file: output }));
  return 0;
}
