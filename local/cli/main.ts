/**
 * The `doi-thoai` command line: drives the same core and the same add-on bundle as the sidebar on
 * a local .xlsx, with no Google account.
 */
import { t } from "../../shared/i18n/index.ts";
import { callCommand } from "./commands/call.ts";
import { importResidentsCommand } from "./commands/import-residents.ts";
import { initCommand } from "./commands/init.ts";
import { renderCommand } from "./commands/render.ts";
import { serveCommand } from "./commands/serve.ts";
import { CliError, type CliIo } from "./io.ts";
import { takeOption } from "./options.ts";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: initCommand,
  serve: serveCommand,
  call: callCommand,
  render: renderCommand,
  "import-residents": importResidentsCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const lang = takeOption(args, "--lang") ?? process.env.DOI_THOAI_LANG;
  const cli: CliIo = { ...io, locale: lang === "en" ? "en" : "vi" };
  const [name, ...rest] = args;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    cli.out(t("cli.usage", {}, cli.locale));
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    cli.err(t("cli.unknownCommand", { command: name }, cli.locale));
    cli.err(t("cli.usage", {}, cli.locale));
    return 2;
  }
  try {
    return await command(rest, cli);
  } catch (error) {
    if (error instanceof CliError) {
      cli.err(t(error.key, error.params, cli.locale));
      return 2;
    }
    throw error;
  }
}
