/**
 * `doi-thoai --help`: the commands, the document kinds, every action `call` can run and every
 * option of `import-residents`. Loads no command: help must start in a blink.
 */
import type { ActionName } from "../../addon/rpc/contract.ts";
import { DOCUMENT_KINDS } from "../../shared/documents/model.ts";
import { catalogue, type Locale, type MessageKey, t } from "../../shared/i18n/index.ts";
import { IMPORT_OPTIONS } from "./commands/import-options.ts";

const ACTION_PREFIX = "cli.action.";
type DescribedAction<K> = K extends `cli.action.${infer Action}` ? Action : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * The compiler holds the catalogue's `cli.action.*` lines to the RPC contract: an action added to
 * addon/rpc without a help line (or a line left after its action went) fails the typecheck.
 */
export type EveryActionDescribed = Assert<Same<DescribedAction<MessageKey>, ActionName>>;

/** The actions of the RPC contract (the type above proves the set), in the catalogue's order. */
export function actionNames(): ActionName[] {
  return Object.keys(catalogue)
    .filter((key) => key.startsWith(ACTION_PREFIX))
    .map((key) => key.slice(ACTION_PREFIX.length) as ActionName);
}

/** Two columns: the left padded to its longest entry. */
function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

export function helpText(locale: Locale): string {
  const say = (key: MessageKey) => t(key, {}, locale);
  const actions = actionNames().map((name): [string, string] => [
    name,
    say(`${ACTION_PREFIX}${name}` as MessageKey),
  ]);
  const options = IMPORT_OPTIONS.map((option): [string, string] => {
    const value =
      "values" in option
        ? ` ${option.values.join("|")}`
        : "placeholder" in option
          ? ` <${option.placeholder === "n" ? "n" : say(option.placeholder)}>`
          : "";
    return [`${option.flag}${value}`, say(option.help)];
  });
  return [
    say("cli.usage"),
    "",
    `${say("cli.help.kinds")} ${DOCUMENT_KINDS.join(", ")}`,
    "",
    say("cli.help.actions"),
    ...table(actions),
    "",
    say("cli.help.importOptions"),
    ...table(options),
    "",
    say("cli.help.lang"),
  ].join("\n");
}
