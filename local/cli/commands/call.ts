/**
 * doi-thoai call <file.xlsx> <action> ['<json>']: one sidebar action through the built add-on on the
 * emulated services, exactly as the preview's bridge runs it; prints the RPC envelope as JSON (each
 * message with its text beside its key) and saves the workbook when the action changed it.
 */
import { createAddonRuntime } from "../../runtime/addon-runtime.ts";
import { openWorkbookFile } from "../../workbook/files.ts";
import { withWorkbookLock } from "../../workbook/lock.ts";
import { CliError, type CliIo } from "../io.ts";
import { withMessageTexts } from "../messages.ts";

export async function callCommand(args: string[], io: CliIo): Promise<number> {
  const [file, action, json] = args;
  if (!file) throw new CliError("cli.missingArgument", { name: "<file.xlsx>" });
  if (!action) throw new CliError("cli.missingArgument", { name: "<action>" });
  let input: unknown = null;
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new CliError("cli.badJson", { detail: error instanceof Error ? error.message : String(error) });
    }
  }
  // Loaded, changed and saved under the workbook's lock: no other writer's save is lost.
  return withWorkbookLock(file, "doi-thoai call", async () => {
    const runtime = createAddonRuntime({
      workbook: await openWorkbookFile(file),
      workbookPath: file,
      uiAvailable: false,
    });
    const result = runtime.call(action, input);
    if (runtime.dirty) await runtime.save();
    io.out(JSON.stringify(withMessageTexts(result, io.locale ?? "vi"), null, 2));
    return result.ok ? 0 : 1;
  });
}
