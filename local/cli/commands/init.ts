/** doi-thoai init <file.xlsx>: an empty workbook with every tab and column, set up by the add-on itself. */
import { createAddonRuntime } from "../../runtime/addon-runtime.ts";
import { checkNewFile, newWorkbook } from "../../workbook/files.ts";
import { lockWorkbook } from "../../workbook/lock.ts";
import { CliError, type CliIo, say } from "../io.ts";

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file) throw new CliError("cli.missingArgument", { name: "<file.xlsx>" });
  checkNewFile(file);
  const lock = lockWorkbook(file, "doi-thoai init");
  try {
    return await initLocked(file, io);
  } finally {
    lock.release();
  }
}

async function initLocked(file: string, io: CliIo): Promise<number> {
  const runtime = createAddonRuntime({ workbook: newWorkbook(file), workbookPath: file, uiAvailable: false });
  const result = runtime.call("setupWorkbook");
  if (!result.ok) {
    io.err(JSON.stringify(result.messages));
    return 1;
  }
  await runtime.save();
  io.out(say(io, "cli.initDone", { file }));
  return 0;
}
