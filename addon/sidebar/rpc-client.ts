/**
 * Typed calls to the server through google.script.run (or the local preview's bridge, which
 * provides the same object). Every action answers with an RpcResult envelope.
 */
import type { Message } from "../../shared/i18n/index.ts";
import type { ActionInput, ActionName, ActionOutput } from "../rpc/contract.ts";
import type { RpcResult } from "../rpc/envelope.ts";

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  rpc(name: string, input: unknown): void;
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
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((raw) => {
        const result = raw as RpcResult<ActionOutput<K>>;
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
      )
      .rpc(name, input[0] ?? null);
  });
}
