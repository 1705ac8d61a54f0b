/**
 * roster.markInvited: invitations sent to some invitees, how and when, in one write under the
 * document lock. Rows marked `Không gửi giấy mời` (the chairs, the signer) are left as they are.
 */
import { type CivilDate, fromLocalDate, makeCivilDate } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import { INVITATION_METHODS, ROSTER_TAB } from "../../../shared/schema/tabs/roster.ts";
import { foldKey } from "../../../shared/text/fold.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectObject, expectString } from "../../rpc/input.ts";
import type { ServerContext } from "../context.ts";
import { withTable } from "../table/open-table.ts";
import { optionalString } from "./plan-inputs.ts";

const ACTION = "roster.markInvited";

function bad(detail: string): UserFacingError {
  return new UserFacingError([msg("common.badArguments", { action: ACTION, detail })]);
}

function dateOf(text: string, today: Date): CivilDate {
  if (text === "") {
    const date = fromLocalDate(today);
    if (!date) throw bad("no clock");
    return date;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? makeCivilDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!date) throw bad("date must be yyyy-mm-dd");
  return date;
}

export function markInvited(ctx: ServerContext, input: unknown): { changed: number; skipped: string[] } {
  const args = expectObject(ACTION, input);
  const ids = args.ids;
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === "string"))
    throw bad("ids must be a list of ids");
  const typed = expectString(ACTION, args, "method");
  const method = INVITATION_METHODS.find((m) => foldKey(m) === foldKey(typed));
  if (!method) throw bad(`method must be one of ${INVITATION_METHODS.join(", ")}`);
  const date = dateOf(optionalString(ACTION, args, "date"), ctx.now());
  return withTable(ctx, ROSTER_TAB, (table) => {
    const rows = new Map(table.rows().rows.map((row) => [row.id, row.values]));
    const skipped = ids.filter((id) => rows.get(id)?.noInvitation === true);
    const wanted = ids.filter((id) => !skipped.includes(id));
    const { changedRows } = table.update(
      wanted.map((id) => ({ id, values: { invited: true, invitationMethod: method, invitationDate: date } })),
    );
    return { changed: changedRows, skipped };
  });
}
