/**
 * The golden test: the plan built from examples/ and rendered to .docx reads as the seed plan,
 * paragraph for paragraph in the same order.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../shared/documents/index.ts";
import { renderDocx } from "../../../shared/render/docx/index.ts";
import { readDocx } from "../render/docx-reader.ts";
import { sampleSnapshot } from "./sample.ts";

/** The seed plan as issued (a copy of the brief's seed, kept beside the sample it describes). */
const SEED = path.join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "examples",
  "thanh-khe-tay-2022",
  "ke-hoach-goc.txt",
);

/**
 * White space collapsed, and the seed's mix of "–" and "-" as separators (it writes both after
 * the chairs' names) read as one dash. Blanks the seed left empty ("Số:      /KH-UBND", "ngày
 * tháng 6") then compare equal, being white space.
 */
function normalise(text: string): string {
  return text.replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
}

async function seedParagraphs(): Promise<string[]> {
  const lines = (await readFile(SEED, "utf8")).split(/\r?\n/).map(normalise);
  // The .txt ends with a print stamp ("user-08/06/2022 10:33:27-...") that is not part of the plan.
  return lines.filter((line) => line !== "" && !/^\S+-\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/.test(line));
}

describe("plan golden test", () => {
  it("has the seed plan's text, paragraph for paragraph", async () => {
    const built = buildDocument("plan", await sampleSnapshot());
    if (!built.ok) throw new Error(JSON.stringify(built.messages));
    const docx = await readDocx(await renderDocx(built.document));
    // The .txt export lost the header block's first row (bodies, national title and motto); the
    // rest of the header (number, place and date) survived and is compared.
    const lost = docx.paragraphs.filter((p) => p.table === 0 && p.row === 0).map((p) => normalise(p.text));
    expect(lost.filter(Boolean)).toEqual([
      "UBND QUẬN THANH KHÊ",
      "ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ TÂY",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    const rendered = docx.paragraphs
      .filter((p) => !(p.table === 0 && p.row === 0))
      .map((p) => normalise(p.text))
      .filter((t) => t !== "");
    expect(rendered).toEqual(await seedParagraphs());
  });

  it("leaves the blanks the seed leaves: number and day", async () => {
    const built = buildDocument("plan", await sampleSnapshot());
    if (!built.ok) throw new Error("not built");
    const header = built.document.blocks.find((b) => b.kind === "header");
    expect(header).toMatchObject({
      number: "Số:      /KH-UBND",
      placeDate: "Thanh Khê Tây, ngày      tháng 6 năm 2022",
    });
  });
});
