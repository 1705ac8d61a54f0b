/**
 * Minutes and report of the sample hold every opinion and the right counts, checked against the
 * sample's TSV rows counted here independently of the readers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadExample } from "../../../local/examples/tsv.ts";
import { buildDocument, type DocumentModel, type TableBlock } from "../../../shared/documents/index.ts";
import { SAMPLE_DIR, sampleSnapshot } from "./sample.ts";
import { modelTexts } from "./texts.ts";

type Row = Record<string, string>;

function records(rows: string[][]): Row[] {
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

let roster: Row[];
let opinions: Row[];
let categories: Row[];
let minutes: DocumentModel;
let report: DocumentModel;

beforeAll(async () => {
  const example = await loadExample(SAMPLE_DIR);
  roster = records(example.tabs.get("Đại biểu") ?? []);
  opinions = records(example.tabs.get("Ý kiến") ?? []);
  categories = records(example.tabs.get("Thành phần") ?? []);
  const snapshot = await sampleSnapshot();
  const m = buildDocument("minutes", snapshot);
  const r = buildDocument("report", snapshot, { today: { year: 2022, month: 7, day: 1 } });
  if (!m.ok || !r.ok) throw new Error("sample documents not built");
  minutes = m.document;
  report = r.document;
});

const tables = (doc: DocumentModel) => doc.blocks.filter((b): b is TableBlock => b.kind === "table");

describe("minutes of the sample", () => {
  it("holds every opinion once, with asker (or Ẩn danh), content, answerer and answer", () => {
    expect(opinions.length).toBeGreaterThan(10);
    const [table] = tables(minutes);
    if (!table) throw new Error("no opinion table");
    expect(table.rows).toHaveLength(opinions.length);
    opinions.forEach((o, i) => {
      const cells = table.rows[i]?.cells ?? [];
      expect(cells[0]).toBe(o["Mã ý kiến"]);
      const anonymous = o["Ẩn danh"] === "TRUE" || o["Người nêu"] === "";
      expect(cells[1]?.startsWith(anonymous ? "Ẩn danh" : (o["Người nêu"] ?? "?"))).toBe(true);
      if (o.TDP) expect(cells[1]).toContain(o.TDP);
      expect(cells[2]).toContain(o["Nội dung"]);
      expect(cells[3]).toBe(o["Người trả lời"]);
      expect(cells[4]).toBe(o["Nội dung trả lời"]);
    });
  });

  it("counts attendance by category from check-in", () => {
    const present = roster.filter((r) => r["Có mặt"] === "TRUE").length;
    const texts = modelTexts(minutes);
    expect(texts).toContain(
      `- Thành phần tham dự: ${pad(present)} đại biểu có mặt / ${pad(roster.length)} đại biểu được mời, gồm:`,
    );
    for (const category of categories) {
      const people = roster.filter((r) => r["Thành phần"] === category["Thành phần"]);
      const came = people.filter((r) => r["Có mặt"] === "TRUE").length;
      const line = texts.find(
        (t) => t.startsWith("+ ") && t.includes(`: ${pad(came)} có mặt / ${pad(people.length)} được mời`),
      );
      expect(line, category["Thành phần"]).toBeDefined();
    }
  });

  it("tallies opinions by channel and competent level", () => {
    const counted = opinions.filter((o) => o["Trạng thái"] !== "Đã gộp");
    const slips = counted.filter((o) => o["Hình thức"] === "Phiếu").length;
    const direct = counted.filter((o) => o["Hình thức"] === "Trực tiếp").length;
    const texts = modelTexts(minutes);
    expect(texts).toContain(
      `Tổng số ${pad(counted.length)} ý kiến, kiến nghị, trong đó: ${pad(slips)} ý kiến bằng phiếu, ${pad(direct)} ý kiến trực tiếp.`,
    );
    const ward = counted.filter((o) => o["Thẩm quyền"] === "Phường").length;
    const city = counted.filter((o) => o["Thẩm quyền"] === "Thành phố").length;
    expect(ward + city).toBe(counted.length);
    expect(texts).toContain(
      `Theo thẩm quyền giải quyết: ${pad(ward)} ý kiến thuộc thẩm quyền phường, ${pad(city)} ý kiến thuộc thẩm quyền thành phố.`,
    );
    const fieldLine = texts.find((t) => t.startsWith("Theo lĩnh vực:")) ?? "";
    const fields = new Set(counted.map((o) => o["Lĩnh vực"]));
    for (const field of fields) {
      const n = counted.filter((o) => o["Lĩnh vực"] === field).length;
      expect(fieldLine).toContain(`${field} ${pad(n)} ý kiến`);
    }
  });

  it("ends with the closing line and THƯ KÝ / CHỦ TỌA", () => {
    const texts = modelTexts(minutes);
    expect(
      texts.some((t) => /^Hội nghị kết thúc vào .* giờ .*, ngày 15 tháng 6 năm 2022\.\/\.$/.test(t)),
    ).toBe(true);
    const signoff = minutes.blocks.at(-1);
    expect(signoff?.kind === "signoff" && signoff.signers.map((s) => [s.title, s.name])).toEqual([
      ["THƯ KÝ", "Trương Thanh Hải"],
      ["CHỦ TỌA", "Lê Văn Cương"],
    ]);
  });
});

describe("report of the sample", () => {
  const statusIn = (list: string[]) => opinions.filter((o) => list.includes(o["Trạng thái"] ?? ""));

  it("lists pending opinions with unit and due date, and forwarded ones with where to", () => {
    const pending = statusIn(["Đã tiếp nhận", "Đã giao xử lý", "Đang giải quyết", ""]);
    const forwarded = statusIn(["Đã chuyển cấp có thẩm quyền", "Không thuộc thẩm quyền"]);
    const answered = statusIn(["Đã trả lời tại hội nghị", "Đã trả lời"]);
    const texts = modelTexts(report);
    expect(texts).toContain(`1. Số ý kiến đã được trả lời, giải trình: ${pad(answered.length)} ý kiến.`);
    expect(texts).toContain(`2. Số ý kiến đang được giải quyết: ${pad(pending.length)} ý kiến.`);
    expect(texts).toContain(
      `3. Số ý kiến chuyển cơ quan có thẩm quyền hoặc không thuộc thẩm quyền: ${pad(forwarded.length)} ý kiến.`,
    );
    const [pendingTable, forwardedTable] = tables(report);
    expect(pendingTable?.rows.map((r) => r.cells[1])).toEqual(pending.map((o) => o["Nội dung"]));
    expect(pendingTable?.rows.map((r) => r.cells[2])).toEqual(pending.map((o) => o["Đơn vị xử lý"]));
    // Due 30/06/2022 is overdue on 01/07/2022; later dates are not.
    for (const row of pendingTable?.rows ?? [])
      expect(row.cells[3]?.endsWith("(quá hạn)")).toBe(row.cells[3]?.startsWith("30/6/2022") === true);
    expect(forwardedTable?.rows.map((r) => r.cells[2])).toEqual(forwarded.map((o) => o["Chuyển đến"]));
  });

  it("goes to the report recipients and refers to the minutes attached", () => {
    const texts = modelTexts(report);
    expect(texts).toContain("Kính gửi:");
    expect(texts).toContain("- Thường trực HĐND thành phố;");
    expect(texts).toContain("- Ủy ban MTTQVN thành phố.");
    expect(texts).toContain("(Kèm theo Biên bản hội nghị đối thoại.)");
    expect(
      texts.some(
        (t) => t.includes("Kế hoạch số") && t.includes("/KH-UBND ngày") && t.includes("tháng 6 năm 2022"),
      ),
    ).toBe(true);
  });
});
