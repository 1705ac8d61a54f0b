/**
 * `sidebarChunk`: the text of one of the sidebar's on-demand scripts, read from the project's own
 * HTML file (dist/addon/sidebar-<name>.html, `<script>` around the code) through HtmlService. The
 * code never comes from outside the project, and the sidebar runs it only if its SHA-256 is the
 * one the sidebar was built with.
 */
import { msg } from "../../shared/i18n/index.ts";
import { UserFacingError } from "../rpc/envelope.ts";
import { expectObject, expectOneOf } from "../rpc/input.ts";
import { SIDEBAR_CHUNKS, type SidebarChunk } from "../rpc/sidebar-actions.ts";
import type { ServerContext } from "./context.ts";

const OPEN = "<script>\n";
const CLOSE = "</script>";

export function sidebarChunk(ctx: ServerContext, input: unknown): SidebarChunk {
  const name = expectOneOf("sidebarChunk", expectObject("sidebarChunk", input), "name", SIDEBAR_CHUNKS);
  const file = ctx.services.HtmlService.createHtmlOutputFromFile(`sidebar-${name}`).getContent();
  const start = file.indexOf(OPEN);
  const end = file.lastIndexOf(CLOSE);
  if (start < 0 || end < start)
    throw new UserFacingError([msg("common.unknownError", { detail: `sidebar-${name}.html has no script` })]);
  return { name, code: file.slice(start + OPEN.length, end) };
}
