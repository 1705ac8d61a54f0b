/**
 * createDocument through the RPC door: a new Doc per click beside the spreadsheet, never
 * overwriting; nothing created when facts are missing; My Drive when Drive access is lacking.
 */
import { describe, expect, it } from "vitest";
import type { CreatedDocument } from "../../../addon/rpc/document-actions.ts";
import { dispatch } from "../../../addon/server/rpc.ts";
import { otherSnapshot } from "../../shared/documents/fixture.ts";
import { sampleSnapshot } from "../../shared/documents/sample.ts";
import { contextFor } from "./context.ts";

describe("createDocument", () => {
  it("with the opt-in drive scope, creates the sample's minutes in the spreadsheet's folder", async () => {
    const { ctx, docs, folderId } = contextFor(await sampleSnapshot(), { driveGranted: true });
    const result = dispatch(ctx, "createDocument", { kind: "minutes" });
    if (!result.ok) throw new Error(JSON.stringify(result.messages));
    const created = result.value as CreatedDocument;
    expect(created.kind).toBe("minutes");
    expect(created.name).toMatch(/^Biên bản 15-06-2022 \(tạo 2022-06-16 09\.00\.\d\d\)$/);
    expect(created.url).toBe(`https://docs.google.com/document/d/${created.id}/edit`);
    expect(created.inSpreadsheetFolder).toBe(true);
    expect(docs.drive.files.get(created.id)?.parents).toEqual([folderId]);
    const body = docs.DocumentApp.documents[0]?.body;
    expect(body?.allParagraphs().some((p) => p.text === "CHỦ TỌA")).toBe(true);
  });

  it("makes a new version on each click and leaves the earlier Doc alone", async () => {
    const { ctx, docs } = contextFor(await sampleSnapshot());
    const first = dispatch(ctx, "createDocument", { kind: "plan" });
    const second = dispatch(ctx, "createDocument", { kind: "plan" });
    if (!first.ok || !second.ok) throw new Error("not created");
    const [a, b] = [first.value as CreatedDocument, second.value as CreatedDocument];
    expect(a.id).not.toBe(b.id);
    expect(a.name).not.toBe(b.name);
    expect(docs.DocumentApp.documents).toHaveLength(2);
    const earlier = docs.DocumentApp.documents[0];
    expect(earlier?.closed).toBe(true);
    expect(earlier?.body.children.length).toBe(docs.DocumentApp.documents[1]?.body.children.length);
  });

  it("creates nothing and lists what is missing when a required fact is absent", () => {
    const { ctx, docs } = contextFor(otherSnapshot({ facts: { "Chủ trì": null, "Giờ bắt đầu": null } }));
    const result = dispatch(ctx, "createDocument", { kind: "report" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages[0]).toEqual({
      key: "documents.missing",
      params: { document: "Báo cáo kết quả", items: "Hội nghị › Chủ trì; Hội nghị › Giờ bắt đầu" },
    });
    expect(docs.DocumentApp.documents).toHaveLength(0);
    expect(docs.counter.of("DocumentApp")).toBe(0);
  });

  it("by default (no Drive scope) keeps the Doc in My Drive and records its link in the Văn bản tab", async () => {
    const { ctx, docs } = contextFor(await sampleSnapshot());
    const result = dispatch(ctx, "createDocument", { kind: "signin", by: "  Chị Lan " });
    if (!result.ok) throw new Error(JSON.stringify(result.messages));
    const created = result.value as CreatedDocument;
    expect(created.inSpreadsheetFolder).toBe(false);
    expect(docs.drive.files.get(created.id)?.parents).toEqual([docs.drive.rootId]);
    const log = ctx.spreadsheet.getSheetByName("Văn bản");
    expect(log?.getRange(1, 1, 2, 5).getValues()).toEqual([
      ["Thời điểm tạo", "Văn bản", "Liên kết", "Người tạo", "Nơi lưu"],
      ["16/06/2022 09:00:01", created.name, created.url, "Chị Lan", "Drive của tôi (người tạo)"],
    ]);
    dispatch(ctx, "createDocument", { kind: "plan" });
    const listed = dispatch(ctx, "documents.list", null);
    if (!listed.ok) throw new Error("not listed");
    expect(listed.value).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^Kế hoạch/), by: "" }),
      { createdAt: "16/06/2022 09:00:01", name: created.name, url: created.url, by: "Chị Lan" },
    ]);
  });

  it("refuses input that is not a document kind or mode", async () => {
    const { ctx } = contextFor(await sampleSnapshot());
    for (const input of [null, { kind: "memo" }, { kind: "invitations", invitations: "all" }]) {
      const result = dispatch(ctx, "createDocument", input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.messages[0]?.key).toBe("common.badArguments");
    }
  });

  it("makes invitations per category on request", async () => {
    const { ctx, docs } = contextFor(await sampleSnapshot());
    const result = dispatch(ctx, "createDocument", { kind: "invitations", invitations: "category" });
    expect(result.ok).toBe(true);
    const texts = docs.DocumentApp.documents[0]?.body.allParagraphs().map((p) => p.text) ?? [];
    expect(texts.filter((t) => t.includes("trân trọng kính mời"))).toHaveLength(9);
  });
});
