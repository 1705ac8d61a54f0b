/**
 * Serialises writers of one spreadsheet: two clerks checking people in at once must not write over
 * each other's rows.
 */
import { msg } from "../../../shared/i18n/index.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ServerContext } from "../context.ts";

const LOCK_WAIT_MS = 10_000;

/** Executions (contexts) holding the lock now: a writer that calls another must not lock twice. */
const holding = new WeakSet<ServerContext>();

export function withDocumentLock<T>(ctx: ServerContext, work: () => T): T {
  // Held already by this execution (set-up filling ids, say): the outer call releases it. Counted
  // here, not asked of the service: `hasLock` answers for one lock object only.
  if (holding.has(ctx)) return work();
  const lock = ctx.services.LockService.getDocumentLock();
  // Null outside a bound or add-on context: there is no other writer to wait for.
  if (!lock) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserFacingError([msg("common.busy")]);
  holding.add(ctx);
  try {
    return work();
  } finally {
    holding.delete(ctx);
    lock.releaseLock();
  }
}
