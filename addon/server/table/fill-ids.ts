/**
 * Ids for rows typed or pasted straight into the sheet: run at set-up and whenever the sidebar
 * opens, one read and at most one batched write per tab, under the document lock.
 */
import type { TableTabSpec } from "../../../shared/schema/types.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";
import { withDocumentLock } from "../sheets/lock.ts";
import { openTable } from "./open-table.ts";

/** How many ids were given. A tab or id column not there yet is left to set-up to create. */
export function fillMissingIds(ctx: ServerContext, specs: readonly TableTabSpec[]): number {
  return withDocumentLock(ctx, () => {
    let given = 0;
    for (const spec of specs) {
      if (!spec.id) continue;
      try {
        given += openTable(ctx, spec, []).fillMissingIds();
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
      }
    }
    return given;
  });
}
