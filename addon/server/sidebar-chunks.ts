/**
 * `sidebarChunk`: the text of one of the sidebar's on-demand scripts, read from the project's own
 * HTML file (dist/addon/sidebar-<name>.html, `<script>` around the code) through HtmlService. The
 * code never comes from outside the project, and the sidebar runs it only if its SHA-256 is the
 * one the sidebar was built with. Needs no spreadsheet, so no context and no lock.
 */
import { msg } from "../../shared/i18n/index.ts";
import { type RpcResult, UserFacingError } from "../rpc/envelope.ts";
import { expectObject, expectOneOf } from "../rpc/input.ts";
import { SIDEBAR_CHUNK_FUNCTION, SIDEBAR_CHUNKS, type SidebarChunk } from "../rpc/sidebar-actions.ts";
import type { GasHtmlService } from "./gas/spreadsheet-types.ts";

const OPEN = "<script>\n";
const CLOSE = "</script>";

function readChunk(html: GasHtmlService, input: unknown): SidebarChunk {
  const action = SIDEBAR_CHUNK_FUNCTION;
  const name = expectOneOf(action, expectObject(action, input), "name", SIDEBAR_CHUNKS);
  const file = html.createHtmlOutputFromFile(`sidebar-${name}`).getContent();
  const start = file.indexOf(OPEN);
  const end = file.lastIndexOf(CLOSE);
  if (start < 0 || end < start)
    throw new UserFacingError([msg("common.unknownError", { detail: `sidebar-${name}.html has no script` })]);
  return { name, code: file.slice(start + OPEN.length, end) };
}

/** The same envelope as every action, so the sidebar reads the answer the same way. */
export function sidebarChunkResult(html: GasHtmlService, input: unknown): RpcResult<SidebarChunk> {
  try {
    return { ok: true, value: readChunk(html, input) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, messages: error.messages };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, messages: [msg("common.unknownError", { detail })] };
  }
}
