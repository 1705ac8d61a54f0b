/**
 * What must hold for any conference: every date in every document by the decree's one rule, the
 * built-in wording naming the hosts the workbook names, the presiding chair, the placeholders for
 * several-valued items, and the checks that refuse a workbook that would make a wrong document.
 */
import { describe, expect, it } from "vitest";
import { buildDocument, DOCUMENT_KINDS, type DocumentKind } from "../../../shared/documents/index.ts";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { type FixtureOptions, OTHER, otherSnapshot } from "./fixture.ts";
import { modelTexts } from "./texts.ts";

function build(kind: DocumentKind, options: FixtureOptions = {}) {
  const built = buildDocument(kind, otherSnapshot({ opinions: 9, ...options }), {
    invitations: "category",
  });
  if (!built.ok) throw new Error(`${kind}: ${JSON.stringify(built.messages)}`);
  return built.document;
}

function refusal(kind: DocumentKind, options: FixtureOptions): string[] {
  const built = buildDocument(kind, otherSnapshot(options));
  if (built.ok) throw new Error(`${kind} was built`);
  return built.messages.map((m) => formatMessage(m, "vi"));
}

/** A day under 10 and months 1 and 2 with a leading zero; no other month padded. */
function expectDecreeDates(text: string, where: string): void {
  for (const [, day = "", month = ""] of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/\d{4}\b/g)) {
    expect(day, `${where}: ${text}`).toMatch(/^\d\d$/);
    expect(month, `${where}: ${text}`).toMatch(/^(0[12]|[3-9]|1[0-2])$/);
  }
  for (const [, day = "", month = ""] of text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2}) năm/g)) {
    expect(day, `${where}: ${text}`).toMatch(/^\d\d$/);
    expect(month, `${where}: ${text}`).toMatch(/^(0[12]|[3-9]|1[0-2])$/);
  }
}

describe("dates in every document", () => {
  it.each(DOCUMENT_KINDS)("%s writes every date by one rule (05/01/2027, ngày 05 tháng 01)", (kind) => {
    const texts = modelTexts(build(kind));
    for (const text of texts) expectDecreeDates(text, kind);
    expect(texts.some((t) => /\d{2}\/01\/2027|ngày 05 tháng 01 năm 2027|tháng 12 năm 2026/.test(t))).toBe(
      true,
    );
  });

  it("pads the report's follow-up due dates and marks the overdue one", () => {
    const report = build("report");
    const table = report.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no follow-up table");
    expect(table.rows.map((r) => r.cells[3])).toEqual(["31/01/2027", "07/01/2027 (quá hạn)"]);
  });
});

describe("wording that follows the workbook", () => {
  it("names the three chairs by title and the government bodies in the built-in wording", () => {
    const all = modelTexts(build("plan"));
    expect(all).toContain(
      "- Hình thức tổ chức: Tổ chức hội nghị đối thoại trực tiếp giữa Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã với Nhân dân trên địa bàn xã.",
    );
    expect(
      all.some((t) =>
        t.startsWith("- Báo cáo với Nhân dân về tình hình hoạt động của HĐND, UBND xã bao gồm"),
      ),
    ).toBe(true);
    expect(all).toContain(`+ Đồng chí ${OTHER.partySecretary} – Bí thư Đảng ủy xã`);
    expect(all).toContain(`+ Đồng chí ${OTHER.chair} – Chủ tịch UBND xã.`);
    expect(all.join("\n")).not.toMatch(/giữa Chủ tịch UBND xã với/);
  });

  it("lets the office's rows use {Chủ trì}, {Chủ tọa} and {Nơi nhận báo cáo}", () => {
    const all = modelTexts(
      build("plan", {
        extraFacts: [
          ["Hình thức tổ chức", "Đối thoại trực tiếp giữa {Chủ trì} với Nhân dân.", ""],
          ["Nhiệm vụ", "Văn phòng", "{Chủ tọa} kết luận; gửi báo cáo đến {Nơi nhận báo cáo}."],
        ],
      }),
    );
    expect(all).toContain(
      "- Hình thức tổ chức: Đối thoại trực tiếp giữa Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã với Nhân dân.",
    );
    expect(all).toContain(
      "- Bí thư Đảng ủy xã kết luận; gửi báo cáo đến Thường trực HĐND tỉnh và UBND tỉnh.",
    );
  });

  it("has the first chair preside, or whom the `Chủ tọa` row names", () => {
    const signers = (options: FixtureOptions) => {
      const last = build("minutes", options).blocks.at(-1);
      return last?.kind === "signoff" ? last.signers.map((s) => `${s.title} ${s.name}`) : [];
    };
    expect(signers({})).toEqual([`THƯ KÝ ${OTHER.secretary}`, `CHỦ TỌA ${OTHER.partySecretary}`]);
    expect(signers({ extraFacts: [["Chủ tọa", OTHER.chair, ""]] })).toEqual([
      `THƯ KÝ ${OTHER.secretary}`,
      `CHỦ TỌA ${OTHER.chair}`,
    ]);
  });
});

describe("checks before anything is made", () => {
  it("refuses a chair without a title, naming the chair", () => {
    const messages = refusal("plan", { extraFacts: [["Chủ trì", "Lê Văn Tâm", ""]] });
    expect(messages[0]).toBe(
      "Chưa tạo được Kế hoạch: bảng tính có giá trị sẽ làm văn bản sai, cần sửa trước:",
    );
    expect(messages[1]).toContain("Hội nghị › Chủ trì: chưa ghi chức vụ (cột Chi tiết) của Lê Văn Tâm");
  });

  it("refuses an unknown or missing `Cách tính` in every document, with the row", () => {
    const options = {
      extraCategories: [
        ["Cựu chiến binh", "", "Mỗi hộ", "", "", ""],
        ["Hội phụ nữ", "", "", "", "", ""],
      ],
    };
    for (const kind of DOCUMENT_KINDS) {
      const messages = refusal(kind, options);
      expect(
        messages.some((m) => m.includes("dòng 6") && m.includes("“Mỗi hộ”")),
        kind,
      ).toBe(true);
      expect(
        messages.some((m) => m.includes("dòng 7 (Hội phụ nữ): chưa chọn Cách tính")),
        kind,
      ).toBe(true);
    }
  });

  it("refuses residents per KDC without their number", () => {
    const messages = refusal("plan", { extraCategories: [["Thanh niên", "", "Dân cư mỗi KDC", "", "", ""]] });
    expect(messages).toContain(
      "Thành phần, dòng 6 (Thanh niên): Cách tính “Dân cư mỗi KDC” cần Số người mỗi KDC.",
    );
  });

  it("refuses a category with nobody in it in the documents made from the roster only", () => {
    const options = { extraCategories: [["Cựu chiến binh", "", "Theo danh sách", "", "", ""]] };
    for (const kind of ["minutes", "report", "signin"] as const)
      expect(refusal(kind, options)).toContain(
        "Thành phần chưa có ai trong trang Đại biểu: Cựu chiến binh. Thêm đại biểu, hoặc xóa thành phần không mời.",
      );
    expect(buildDocument("plan", otherSnapshot(options)).ok).toBe(true);
  });

  it("lists missing facts first and wrong values after, in one answer", () => {
    const built = buildDocument(
      "minutes",
      otherSnapshot({ facts: { "Địa điểm": null }, extraFacts: [["Chủ trì", "Lê Văn Tâm", ""]] }),
    );
    if (built.ok) throw new Error("built");
    expect(built.messages.map((m) => m.key)).toEqual(["documents.missing", "documents.chairWithoutTitle"]);
  });
});
