/**
 * Typed calls to the server through google.script.run (or the local preview's bridge, which
 * provides the same object). Every action answers with an RpcResult envelope.
 */
import type { Message } from "../../shared/i18n/index.ts";
import type { ActionInput, ActionName, ActionOutput } from "../rpc/contract.ts";
import type { RpcResult } from "../rpc/envelope.ts";

/** google.script.run: a builder whose other properties are the entry file's functions. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } };

/** Rejected with the server's messages when an action fails for a reason the user can act on. */
export class ActionFailed extends Error {
  constructor(readonly messages: Message[]) {
    super(messages.map((m) => m.key).join(", "));
  }
}

export function call<K extends ActionName>(
  name: K,
  ...input: ActionInput<K> extends undefined ? [] : [ActionInput<K>]
): Promise<ActionOutput<K>> {
  return callEntry<ActionOutput<K>>("rpc", name, input[0] ?? null);
}

/**
 * Runs a top-level function of the entry file (`rpc`, or `sidebarChunk` which is no workbook
 * action) that answers with an RpcResult envelope.
 */
export function callEntry<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((raw) => {
        const result = raw as RpcResult<T>;
        if (result?.ok) resolve(result.value);
        else
          reject(
            new ActionFailed(
              result ? result.messages : [{ key: "common.unknownError", params: { detail: "no answer" } }],
            ),
          );
      })
      .withFailureHandler((error) =>
        reject(new ActionFailed([{ key: "common.unknownError", params: { detail: error.message } }])),
      );
    const target: unknown = Reflect.get(run, fn);
    if (typeof target !== "function") {
      reject(new ActionFailed([{ key: "common.unknownAction", params: { action: fn } }]));
      return;
    }
    Reflect.apply(target, run, args);
  });
}
