/**
 * The Apps Script entry file: the only place that reads Apps Script globals. Each export becomes a
 * top-level function of Code.js (see scripts/build/addon.mjs), reachable by triggers, the menu and
 * google.script.run. Everything else receives the services as arguments.
 */
import type { RpcResult } from "../rpc/envelope.ts";
import type { SidebarChunk } from "../rpc/sidebar-actions.ts";
import { createContext, type ServerServices } from "./context.ts";
import { dispatch } from "./rpc.ts";
import { sidebarChunkResult } from "./sidebar-chunks.ts";
import { buildMenu, openSidebar, setupFromMenu } from "./ui.ts";

function services(): ServerServices {
  return {
    SpreadsheetApp,
    HtmlService,
    LockService,
    PropertiesService,
    // Read only when a document is made: other actions never touch (or need) these services.
    get DocumentApp() {
      return DocumentApp;
    },
    get DriveApp() {
      return DriveApp;
    },
  };
}

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_event?: unknown): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function showSidebar(): void {
  openSidebar(services());
}

export function setupWorkbookFromMenu(): void {
  setupFromMenu(createContext(services()));
}

/** google.script.run.rpc(name, input): every sidebar action. */
export function rpc(name: unknown, input: unknown): RpcResult<unknown> {
  return dispatch(createContext(services()), name, input);
}

/** google.script.run.sidebarChunk({name}): an on-demand sidebar script (the .xlsx reader). */
export function sidebarChunk(input: unknown): RpcResult<SidebarChunk> {
  return sidebarChunkResult(HtmlService, input);
}
