/**
 * roster.markInvited on the sample: invitations recorded with how and when, the rows marked
 * Không gửi giấy mời (the chairs) left alone, and a method outside the list refused.
 */
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../../addon/rpc/envelope.ts";
import { markInvited } from "../../../addon/server/roster/invitations.ts";
import { openTable } from "../../../addon/server/table/open-table.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { run, sampleWorkbook } from "./fixture.ts";

describe("roster.markInvited", () => {
  it("records how and when, and skips whoever gets no invitation", async () => {
    const workbook = await sampleWorkbook();
    const rows = run(workbook, (ctx) => openTable(ctx, ROSTER_TAB).rows().rows).value;
    const chair = rows.find((r) => r.values.noInvitation);
    const notYet = rows.filter((r) => !r.values.invited && !r.values.noInvitation).slice(0, 3);
    expect(chair).toBeDefined();
    expect(notYet).toHaveLength(3);
    const ids = [...notYet.map((r) => r.id), chair?.id ?? ""];
    const { value } = run(workbook, (ctx) => markInvited(ctx, { ids, method: "zalo", date: "2022-06-10" }));
    expect(value).toEqual({ changed: 3, skipped: [chair?.id] });
    const after = run(workbook, (ctx) => openTable(ctx, ROSTER_TAB).rows().rows).value;
    for (const id of ids.slice(0, 3))
      expect(after.find((r) => r.id === id)?.values).toMatchObject({
        invited: true,
        invitationMethod: "Zalo",
        invitationDate: { year: 2022, month: 6, day: 10 },
      });
    expect(after.find((r) => r.id === chair?.id)?.values.invited).toBe(false);
    expect(() => run(workbook, (ctx) => markInvited(ctx, { ids, method: "bồ câu" }))).toThrow(
      UserFacingError,
    );
  });
});
