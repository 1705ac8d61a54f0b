/**
 * The one RPC contract between the sidebar and the server (and the local preview's bridge, and the
 * CLI's `call`). Each feature declares its actions in its own file; this joins them. An action
 * takes at most one argument, a plain object.
 */
import type { DocumentActions } from "./document-actions.ts";
import type { ImportActions } from "./import-actions.ts";
import type { OpinionActions } from "./opinion-actions.ts";
import type { RosterActions } from "./roster-actions.ts";
import type { WorkbookActions } from "./workbook-actions.ts";

export type RpcContract = WorkbookActions & DocumentActions & ImportActions & RosterActions & OpinionActions;

export type ActionName = keyof RpcContract;
export type ActionInput<K extends ActionName> = Parameters<RpcContract[K]> extends [infer A] ? A : undefined;
export type ActionOutput<K extends ActionName> = ReturnType<RpcContract[K]>;
