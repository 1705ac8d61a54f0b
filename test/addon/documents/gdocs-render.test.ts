/**
 * The Google Docs renderer on the emulated DocumentApp: batched (the minutes' calls do not grow
 * with the number of opinions), A4 and the decree's margins, the header block as a borderless
 * two-column table.
 */
import { describe, expect, it } from "vitest";
import { renderGoogleDoc } from "../../../addon/server/documents/gdocs-render.ts";
import {
  attributeAt,
  createDocumentServices,
  EmuParagraph,
  EmuTable,
} from "../../../local/emulator/document/index.ts";
import { buildDocument, type DocumentKind } from "../../../shared/documents/index.ts";
import { otherSnapshot } from "../../shared/documents/fixture.ts";

function render(kind: DocumentKind, opinions: number) {
  const built = buildDocument(kind, otherSnapshot({ opinions }));
  if (!built.ok) throw new Error(JSON.stringify(built.messages));
  const services = createDocumentServices();
  const doc = renderGoogleDoc(services.DocumentApp, built.document, "test");
  const emulated = services.DocumentApp.documents[0];
  if (!emulated || emulated.getId() !== doc.getId()) throw new Error("no document");
  return {
    services,
    body: emulated.body,
    counts: services.counter.snapshot(),
    total: services.counter.total,
  };
}

const PT_PER_MM = 72 / 25.4;

describe("Google Docs renderer", () => {
  it("makes as many DocumentApp calls for the minutes with 300 opinions as with 10", () => {
    const few = render("minutes", 10);
    const many = render("minutes", 300);
    expect(many.total).toBe(few.total);
    expect(many.counts).toEqual(few.counts);
    const table = many.body.children.filter((c) => c instanceof EmuTable).at(1);
    expect(table instanceof EmuTable && table.rows).toHaveLength(301);
    // The opinions table is one appendTable call.
    expect(many.counts["Body.appendTable"]).toBe(few.counts["Body.appendTable"]);
    expect(few.total).toBeLessThan(400);
  });

  it("sets A4 and the decree's margins", () => {
    const { body } = render("plan", 0);
    expect(body.page.width).toBeCloseTo(210 * PT_PER_MM, 1);
    expect(body.page.height).toBeCloseTo(297 * PT_PER_MM, 1);
    expect(body.page.marginLeft).toBeCloseTo(30 * PT_PER_MM, 1);
    expect(body.page.marginRight).toBeCloseTo(15 * PT_PER_MM, 1);
    expect(body.page.marginTop).toBeCloseTo(20 * PT_PER_MM, 1);
  });

  it("writes the header block as a borderless two-column table", () => {
    const { body } = render("plan", 0);
    const header = body.children[1];
    if (!(header instanceof EmuTable)) throw new Error("header is not a table");
    expect(header.borderWidth).toBe(0);
    expect(header.rows.map((r) => r.cells.length)).toEqual([2, 2]);
    const [left, right] = header.rows[0]?.cells ?? [];
    expect(left?.paragraphs.map((p) => p.text.trim())).toEqual(["ỦY BAN NHÂN DÂN XÃ AN PHÚ", ""]);
    expect(right?.paragraphs.map((p) => p.text.trim()).slice(0, 2)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    const issuing = left?.paragraphs[0];
    expect(issuing?.attributes.get("BOLD")).toBe(true);
    expect(issuing?.attributes.get("FONT_FAMILY")).toBe("Times New Roman");
    expect(left?.paragraphs[1]?.attributes.get("UNDERLINE")).toBe(true);
    expect(header.rows[1]?.cells[0]?.paragraphs[0]?.text).toBe("Số: 07/KH-UBND");
    expect(header.rows[1]?.cells[1]?.paragraphs[0]?.attributes.get("ITALIC")).toBe(true);
  });

  it("styles body paragraphs: justified, first-line indent, Times New Roman 14; bases italic", () => {
    const { body } = render("plan", 0);
    const paragraphs = body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph);
    const basis = paragraphs.find((p) => p.text.startsWith("Căn cứ Luật"));
    expect(basis?.attributes.get("ITALIC")).toBe(true);
    const intro = paragraphs.find((p) => p.text.startsWith("UBND xã An Phú xây dựng"));
    expect(intro?.attributes.get("HORIZONTAL_ALIGNMENT")).toBe("JUSTIFY");
    expect(intro?.attributes.get("FONT_SIZE")).toBe(14);
    expect(Number(intro?.attributes.get("INDENT_FIRST_LINE"))).toBeCloseTo(12.7 * PT_PER_MM, 1);
  });

  it("bolds the invitee's name in each invitation with one ranged call", () => {
    const { body } = render("invitations", 0);
    const invite = body.children.find(
      (c): c is EmuParagraph => c instanceof EmuParagraph && c.text.includes("trân trọng kính mời"),
    );
    if (!invite) throw new Error("no invitation line");
    const at = invite.text.indexOf("Ông Lãnh đạo 1");
    expect(attributeAt(invite, at, "BOLD")).toBe(true);
    expect(attributeAt(invite, 0, "BOLD")).toBe(false);
  });
});
