/** doi-thoai serve [file.xlsx] [--port N]: the local preview; the sample workbook by default. */
import { relative } from "node:path";
import { ensureSampleWorkbook, SAMPLE_DIR, SAMPLE_XLSX } from "../../examples/sample-workbook.ts";
import { startPreview } from "../../preview/server.ts";
import { CliError, type CliIo, say } from "../io.ts";
import { takeOption } from "../options.ts";
import { documentDownload } from "./render.ts";

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const portText = takeOption(args, "--port") ?? process.env.PORT ?? "8080";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new CliError("cli.badPort", { port: portText });
  let [file] = args;
  if (!file) {
    file = SAMPLE_XLSX;
    if (await ensureSampleWorkbook(file, SAMPLE_DIR)) {
      io.out(
        say(io, "preview.sampleCreated", {
          file: relative(process.cwd(), file),
          source: relative(process.cwd(), SAMPLE_DIR),
        }),
      );
    }
  }
  const preview = await startPreview({ workbookPath: file, port, downloads: documentDownload });
  io.out(say(io, "preview.listening", { url: preview.url, file: relative(process.cwd(), file) }));
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await preview.close();
  return 0;
}
