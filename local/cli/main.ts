/**
 * The `doi-thoai` command line: drives the same core and the same add-on bundle as the sidebar on
 * a local .xlsx, with no Google account. Each command is imported only when it runs, so `--help`
 * loads neither exceljs nor docx nor the add-on.
 */
import { t } from "../../shared/i18n/index.ts";
import { shorten } from "../../shared/residents/bounded.ts";
import { helpText } from "./help.ts";
import { CliError, type CliIo } from "./io.ts";
import { takeOption } from "./options.ts";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./commands/init.ts")).initCommand,
  serve: async () => (await import("./commands/serve.ts")).serveCommand,
  call: async () => (await import("./commands/call.ts")).callCommand,
  render: async () => (await import("./commands/render.ts")).renderCommand,
  fill: async () => (await import("./commands/fill.ts")).fillCommand,
  "import-residents": async () => (await import("./commands/import-residents.ts")).importResidentsCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const lang = takeOption(args, "--lang") ?? process.env.DOI_THOAI_LANG;
  const cli: CliIo = { ...io, locale: lang === "en" ? "en" : "vi" };
  const [name, ...rest] = args;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    cli.out(helpText(cli.locale ?? "vi"));
    return name ? 0 : 1;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    cli.err(t("cli.unknownCommand", { command: name }, cli.locale));
    cli.err(helpText(cli.locale ?? "vi"));
    return 2;
  }
  quietOnClosedPipe();
  try {
    return await (await load())(rest, cli);
  } catch (error) {
    const known = error instanceof CliError ? error : fromSystemError(error);
    if (known) {
      cli.err(t(known.key, known.params, cli.locale));
      return 2;
    }
    // Never a stack trace: one line, bounded, in the user's language.
    const detail = error instanceof Error ? error.message : String(error);
    cli.err(t("cli.unexpected", { detail: shorten(detail, 200) }, cli.locale));
    return 1;
  }
}

/** A file-system error the user can act on, in words; null for anything else. */
export function fromSystemError(error: unknown): CliError | null {
  const { code, path } = error as NodeJS.ErrnoException;
  const file = typeof path === "string" ? path : "";
  if (code === "EISDIR") return new CliError("cli.isDirectory", { file });
  if (code === "ENOENT" && file) return new CliError("cli.fileMissing", { file });
  if ((code === "EACCES" || code === "EPERM" || code === "ENOSPC" || code === "EROFS") && file)
    return new CliError("cli.cannotWrite", { file });
  return null;
}

/** `doi-thoai ... | head`: the reader went away; stop quietly instead of an EPIPE stack trace. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") > 0) continue;
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    });
  }
}
