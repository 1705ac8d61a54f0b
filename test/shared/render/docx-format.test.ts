/**
 * The .docx read back: A4, margins in the decree's ranges, Times New Roman everywhere, sizes and
 * styles per element, the header block as a borderless two-column table, page numbers centred at
 * the top from page 2.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocument, type DocumentKind, type DocumentModel } from "../../../shared/documents/index.ts";
import { renderDocx } from "../../../shared/render/docx/index.ts";
import { sampleSnapshot } from "../documents/sample.ts";
import { type DocxInfo, type ParagraphInfo, readDocx } from "./docx-reader.ts";
import { child, find, findAll, parseXml } from "./xml.ts";

const TWIP_PER_MM = 1440 / 25.4;
const mm = (twips: string | undefined) => Number(twips) / TWIP_PER_MM;

async function rendered(kind: DocumentKind): Promise<{ model: DocumentModel; docx: DocxInfo }> {
  const built = buildDocument(kind, await sampleSnapshot());
  if (!built.ok) throw new Error(JSON.stringify(built.messages));
  return { model: built.document, docx: await readDocx(await renderDocx(built.document)) };
}

function paragraph(docx: DocxInfo, text: string): ParagraphInfo {
  const found = docx.paragraphs.find((p) => p.text.replace(/\s+/g, " ").trim() === text);
  if (!found) throw new Error(`no paragraph “${text}”`);
  return found;
}

/** Every run of the paragraph has this size (pt), weight and slant. */
function expectStyle(p: ParagraphInfo, size: number, bold: boolean, italic: boolean): void {
  expect(p.runs.length).toBeGreaterThan(0);
  for (const run of p.runs) {
    expect(run.font).toBe("Times New Roman");
    expect(run.halfPoints).toBe(size * 2);
    expect(run.bold).toBe(bold);
    expect(run.italic).toBe(italic);
  }
}

describe("docx format (decree 30/2020)", () => {
  let plan: DocxInfo;
  beforeAll(async () => {
    plan = (await rendered("plan")).docx;
  });

  it("is A4 portrait with margins in the allowed ranges", () => {
    const size = child(plan.sectPr, "w:pgSz");
    expect(mm(size?.attrs["w:w"])).toBeCloseTo(210, 0);
    expect(mm(size?.attrs["w:h"])).toBeCloseTo(297, 0);
    const margin = child(plan.sectPr, "w:pgMar");
    const m = (side: string) => mm(margin?.attrs[`w:${side}`]);
    expect(m("top")).toBeGreaterThanOrEqual(19.9);
    expect(m("top")).toBeLessThanOrEqual(25.1);
    expect(m("bottom")).toBeGreaterThanOrEqual(19.9);
    expect(m("bottom")).toBeLessThanOrEqual(25.1);
    expect(m("left")).toBeGreaterThanOrEqual(29.9);
    expect(m("left")).toBeLessThanOrEqual(35.1);
    expect(m("right")).toBeGreaterThanOrEqual(14.9);
    expect(m("right")).toBeLessThanOrEqual(20.1);
  });

  it("sets Times New Roman on every run with text", () => {
    const runs = plan.paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) expect(run.font).toBe("Times New Roman");
  });

  it("gives each element of the header block its size and style", () => {
    expectStyle(paragraph(plan, "UBND QUẬN THANH KHÊ"), 12, false, false);
    expectStyle(paragraph(plan, "ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ TÂY"), 12, true, false);
    expectStyle(paragraph(plan, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, true, false);
    expectStyle(paragraph(plan, "Độc lập - Tự do - Hạnh phúc"), 13, true, false);
    expectStyle(paragraph(plan, "Số: /KH-UBND"), 13, false, false);
    expectStyle(paragraph(plan, "Thanh Khê Tây, ngày tháng 6 năm 2022"), 14, false, true);
  });

  it("lays the header block out as a borderless two-column table with its rules", () => {
    const header = plan.tables[0];
    if (!header) throw new Error("no header table");
    expect(findAll(child(header, "w:tblGrid") ?? header, "w:gridCol")).toHaveLength(2);
    const borders = child(child(header, "w:tblPr"), "w:tblBorders");
    for (const side of borders?.children ?? []) expect(side.attrs["w:val"]).toBe("none");
    expect(borders?.children.length).toBeGreaterThanOrEqual(4);
    // Left column narrower than the right; the rules under the issuing body and the motto are
    // paragraphs with a top border, centred by equal indents.
    const widths = findAll(child(header, "w:tblGrid") ?? header, "w:gridCol").map((c) =>
      Number(c.attrs["w:w"]),
    );
    expect(widths[0]).toBeLessThan(widths[1] ?? 0);
    const rules = findAll(header, "w:pBdr");
    expect(rules).toHaveLength(2);
    for (const rule of rules) expect(child(rule, "w:top")?.attrs["w:val"]).toBe("single");
    expect(
      plan.paragraphs.filter((p) => p.table === 0 && p.row === 0 && p.column === 0).map((p) => p.text),
    ).toEqual(["UBND QUẬN THANH KHÊ", "ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ TÂY", ""]);
  });

  it("sets the title, summary, bases, body and recipients per the decree", async () => {
    const { model } = await rendered("plan");
    const title = model.blocks.find((b) => b.kind === "title");
    if (title?.kind !== "title") throw new Error("no title");
    const type = paragraph(plan, "KẾ HOẠCH");
    expectStyle(type, 14, true, false);
    expect(type.align).toBe("center");
    expectStyle(paragraph(plan, title.summary[0] ?? ""), 14, true, false);
    const basis = plan.paragraphs.find((p) => p.text.startsWith("Căn cứ quy định"));
    if (!basis) throw new Error("no basis");
    expectStyle(basis, 14, false, true);
    const body = plan.paragraphs.find((p) => p.text.startsWith("UBND phường Thanh Khê Tây xây dựng"));
    if (!body) throw new Error("no body");
    expectStyle(body, 14, false, false);
    expect(body.align).toBe("both");
    expect(mm(String(body.firstLine))).toBeGreaterThanOrEqual(10);
    expect(mm(String(body.firstLine))).toBeLessThanOrEqual(12.8);
    expectStyle(paragraph(plan, "I. MỤC ĐÍCH, YÊU CẦU:"), 14, true, false);
    expectStyle(paragraph(plan, "Nơi nhận:"), 12, true, true);
    expectStyle(paragraph(plan, "- Lưu: VT, VP."), 11, false, false);
    expectStyle(paragraph(plan, "CHỦ TỊCH"), 14, true, false);
    expectStyle(paragraph(plan, "Lê Thị Nhật Diệu"), 14, true, false);
  });

  it("numbers pages centred at the top from page 2", () => {
    expect(child(plan.sectPr, "w:titlePg")).toBeDefined();
    const refs = findAll(plan.sectPr, "w:headerReference");
    const first = refs.find((r) => r.attrs["w:type"] === "first");
    const normal = refs.find((r) => r.attrs["w:type"] === "default");
    expect(first && normal).toBeTruthy();
    const rels = parseXml(plan.files.get("word/_rels/document.xml.rels") ?? "");
    const target = (id: string | undefined) =>
      findAll(rels, "Relationship").find((r) => r.attrs.Id === id)?.attrs.Target ?? "";
    const normalXml = parseXml(plan.files.get(`word/${target(normal?.attrs["r:id"])}`) ?? "");
    const firstXml = parseXml(plan.files.get(`word/${target(first?.attrs["r:id"])}`) ?? "");
    const instr = findAll(normalXml, "w:instrText").map((n) => n.text.trim());
    expect(instr).toContain("PAGE");
    expect(child(find(normalXml, "w:pPr"), "w:jc")?.attrs["w:val"]).toBe("center");
    expect(findAll(firstXml, "w:instrText")).toHaveLength(0);
  });

  it("lays the minutes' signatures side by side, THƯ KÝ left and CHỦ TỌA right", async () => {
    const { docx } = await rendered("minutes");
    const secretary = paragraph(docx, "THƯ KÝ");
    const chair = paragraph(docx, "CHỦ TỌA");
    expect(secretary.table).toBe(chair.table);
    expect(secretary.row).toBe(chair.row);
    expect(secretary.column).toBe(0);
    expect(chair.column).toBe(1);
    // Form 1.9: no place-and-date line in the header.
    expect(docx.paragraphs.filter((p) => p.table === 0 && p.row === 1).map((p) => p.text.trim())).toEqual([
      "Số: /BB-UBND".replace(" ", "      "),
      "",
    ]);
  });

  it("repeats the sign-in sheet's header row and fits the text width", async () => {
    const { docx } = await rendered("signin");
    const table = docx.tables[1];
    if (!table) throw new Error("no sign-in table");
    const firstRow = child(table, "w:tr");
    expect(child(child(firstRow, "w:trPr"), "w:tblHeader")).toBeDefined();
    const widths = findAll(child(table, "w:tblGrid") ?? table, "w:gridCol").map((c) =>
      Number(c.attrs["w:w"]),
    );
    expect(widths).toHaveLength(5);
    const total = widths.reduce((a, b) => a + b, 0) / TWIP_PER_MM;
    expect(total).toBeLessThanOrEqual(210 - 30 - 15 + 0.5);
  });
});
