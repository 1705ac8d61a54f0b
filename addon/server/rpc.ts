/**
 * The one door through which the sidebar reaches the server. Answers are always an envelope of
 * plain JSON; user-facing failures carry catalogue messages, bugs carry their text.
 */
import { msg } from "../../shared/i18n/index.ts";
import { type RpcResult, UserFacingError } from "../rpc/envelope.ts";
import { handlers, isActionName } from "./actions/registry.ts";
import type { ServerContext } from "./context.ts";

export function dispatch(ctx: ServerContext, name: unknown, input: unknown): RpcResult<unknown> {
  if (!isActionName(name))
    return { ok: false, messages: [msg("common.unknownAction", { action: String(name) })] };
  try {
    const value = handlers[name](ctx, input);
    // Through JSON so that what the preview and the CLI see is what google.script.run delivers.
    return { ok: true, value: JSON.parse(JSON.stringify(value ?? null)) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, messages: error.messages };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, messages: [msg("common.unknownError", { detail })] };
  }
}
