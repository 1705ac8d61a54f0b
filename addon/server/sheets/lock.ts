/**
 * Serialises writers of one spreadsheet: two clerks checking people in at once must not write over
 * each other's rows.
 */
import { msg } from "../../../shared/i18n/index.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";

const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(ctx: ServerContext, work: () => T): T {
  const lock = ctx.services.LockService.getDocumentLock();
  // Null outside a bound or add-on context: there is no other writer to wait for. Held already
  // (a writer calling another): the outer call releases it, not this one.
  if (!lock || lock.hasLock()) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserFacingError([msg("common.busy")]);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
