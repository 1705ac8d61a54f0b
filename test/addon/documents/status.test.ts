/**
 * documents.status: each document ready or not with the same words createDocument and the CLI
 * give, and the blanks a ready one would print; one read of the tabs whatever their size.
 */
import { describe, expect, it } from "vitest";
import type { DocumentStatus } from "../../../addon/rpc/document-actions.ts";
import { dispatch } from "../../../addon/server/rpc.ts";
import { otherSnapshot } from "../../shared/documents/fixture.ts";
import { sampleSnapshot } from "../../shared/documents/sample.ts";
import { contextFor } from "./context.ts";

function statusOf(ctx: Parameters<typeof dispatch>[0]): DocumentStatus[] {
  const result = dispatch(ctx, "documents.status", null);
  if (!result.ok) throw new Error(JSON.stringify(result.messages));
  return result.value as DocumentStatus[];
}

describe("documents.status", () => {
  it("says every document of the sample is ready", async () => {
    const { ctx, docs } = contextFor(await sampleSnapshot());
    const status = statusOf(ctx);
    expect(status.map((s) => [s.kind, s.ready])).toEqual([
      ["plan", true],
      ["invitations", true],
      ["signin", true],
      ["minutes", true],
      ["report", true],
    ]);
    expect(docs.counter.of("DocumentApp")).toBe(0);
  });

  it("gives an unready document the very messages createDocument refuses with", () => {
    const snapshot = otherSnapshot({ facts: { "Chủ trì": null, "Giờ bắt đầu": null } });
    const { ctx } = contextFor(snapshot);
    const report = statusOf(ctx).find((s) => s.kind === "report");
    const refused = dispatch(ctx, "createDocument", { kind: "report" });
    if (refused.ok) throw new Error("created");
    expect(report).toMatchObject({ ready: false, blanks: [] });
    expect(report?.problems).toEqual(refused.messages);
  });

  it("names the blanks a ready minutes would print (no end time: “... giờ ...”)", () => {
    const { ctx } = contextFor(otherSnapshot({ facts: { "Giờ kết thúc": null } }));
    const minutes = statusOf(ctx).find((s) => s.kind === "minutes");
    expect(minutes?.ready).toBe(true);
    expect(minutes?.blanks).toContain("Hội nghị › Giờ kết thúc");
  });

  it("makes the same service calls for 10 opinions and leaders as for 500 (one read per tab)", () => {
    const calls = [10, 500].map((n) => {
      const { ctx, docs } = contextFor(otherSnapshot({ opinions: n, leaders: n }));
      statusOf(ctx);
      return docs.counter.total;
    });
    expect(calls[0]).toBeGreaterThan(0);
    expect(calls[1]).toBe(calls[0]);
  });
});
