/**
 * A second, different conference (a commune, the 2025 law, three chairs, no supervising body, more
 * areas, January dates) renders with none of the sample's facts: nothing about the sample lives in
 * code.
 */
import { describe, expect, it } from "vitest";
import { buildDocument, DOCUMENT_KINDS, type DocumentKind } from "../../../shared/documents/index.ts";
import { renderDocx } from "../../../shared/render/docx/index.ts";
import { renderHtml } from "../../../shared/render/html/index.ts";
import { readDocx, texts } from "../render/docx-reader.ts";
import { OTHER, otherSnapshot } from "./fixture.ts";
import { modelTexts } from "./texts.ts";

/** Facts of the sample conference (and of its ward and time) that must not leak into another. */
const SAMPLE_FACTS = [
  "Thanh Khê",
  "Đà Nẵng",
  "Lê Văn Cương",
  "Nhật Diệu",
  "Trương Thanh Hải",
  "34/2021",
  "119/2020",
  "1072",
  "Dũng Sĩ",
  "2022",
  "phường",
  "quận",
  "COVID",
  "Chủ tịch UBND phường",
  "thành phố",
];

function build(kind: DocumentKind, options = {}) {
  const built = buildDocument(kind, otherSnapshot({ opinions: 9 }), options);
  if (!built.ok) throw new Error(`${kind}: ${JSON.stringify(built.messages)}`);
  return built.document;
}

describe("another conference", () => {
  it.each(DOCUMENT_KINDS)("renders %s with none of the sample's facts (docx and html)", async (kind) => {
    const doc = build(kind);
    const docxText = texts((await readDocx(await renderDocx(doc))).paragraphs).join("\n");
    const html = renderHtml(doc);
    for (const fact of SAMPLE_FACTS) {
      expect(docxText, `${kind}: ${fact}`).not.toContain(fact);
      expect(html, `${kind}: ${fact}`).not.toContain(fact);
    }
    expect(docxText).toContain(OTHER.issuingBody);
  });

  it("fills the plan's defaults with the commune's level and counts", () => {
    const all = modelTexts(build("plan"));
    expect(all).toContain("Số: 07/KH-UBND");
    expect(all).toContain("An Phú, ngày 21 tháng 12 năm 2026");
    expect(all).toContain("- Trưởng 21 thôn;");
    expect(all).toContain("- Tổ trưởng 64 xóm;");
    expect(all).toContain("- Nhân dân (mỗi thôn 03 người).");
    expect(all).toContain("- Thời gian: 14 giờ 00, thứ Ba ngày 05/01/2027 (có giấy mời cụ thể)");
    expect(
      all.some((t) =>
        t.startsWith(
          "- Thông báo với Nhân dân trên địa bàn xã về tình hình hoạt động của HĐND, UBND xã trong",
        ),
      ),
    ).toBe(true);
    expect(all).toContain(
      "UBND xã An Phú xây dựng kế hoạch tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch HĐND và Chủ tịch UBND xã với Nhân dân đầu năm 2027, nhiệm kỳ 2026-2031, cụ thể như sau:",
    );
    expect(all).toContain(
      "- Chuẩn bị hội trường, tài liệu và báo cáo kết quả đến Thường trực HĐND tỉnh và UBND tỉnh trước ngày 09/01/2027.",
    );
    expect(all).toContain("2. Công an xã bảo đảm an ninh trật tự tại hội nghị.");
    // Legal bases: staff's rows without punctuation get ";" and the last ".".
    expect(all).toContain(
      "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
    );
    expect(all).toContain("Căn cứ Chương trình công tác năm 2026 của UBND xã An Phú.");
    const signoff = build("plan").blocks.at(-1);
    expect(signoff?.kind === "signoff" && signoff.signers[0]).toEqual({
      authority: "TM. ỦY BAN NHÂN DÂN",
      title: "CHỦ TỊCH",
      name: OTHER.chair,
    });
  });

  it("counts the commune's attendance and opinions, a merged duplicate once", () => {
    const all = modelTexts(build("minutes"));
    // 4 leaders present, 11 of 21 village heads, 64 group leaders, 1 of 3 residents per village.
    expect(all).toContain("- Thành phần tham dự: 100 đại biểu có mặt / 152 đại biểu được mời, gồm:");
    expect(all).toContain("+ Trưởng 21 thôn: 11 có mặt / 21 được mời;");
    expect(all).toContain("+ Nhân dân (mỗi thôn 03 người): 21 có mặt / 63 được mời.");
    // 9 opinions, statuses cycle with every 4th merged: 2 merged, 7 counted.
    expect(all).toContain(
      "Tổng số 07 ý kiến, kiến nghị, trong đó: 05 ý kiến bằng phiếu, 02 ý kiến trực tiếp.",
    );
    expect(all).toContain("Hội nghị kết thúc vào 16 giờ 30, ngày 05 tháng 01 năm 2027./.");
    const table = build("minutes").blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows).toHaveLength(9);
    expect(table?.kind === "table" && table.rows[3]?.cells[2]).toContain("(trùng với ý kiến YK-001)");
    expect(table?.kind === "table" && table.rows[4]?.cells[1]).toBe("Ẩn danh, Xóm 5 (phiếu)");
  });

  it("makes one invitation page per invitee, or per category", () => {
    const perInvitee = build("invitations");
    const perCategory = build("invitations", { invitations: "category" });
    const pages = (d: typeof perInvitee) => d.blocks.filter((b) => b.kind === "header").length;
    expect(pages(perInvitee)).toBe(152);
    expect(pages(perCategory)).toBe(4);
    expect(perInvitee.blocks.filter((b) => b.kind === "pageBreak")).toHaveLength(151);
    expect(perInvitee.pageNumbers).toBe(false);
    const first = modelTexts(perInvitee);
    expect(first).toContain("UBND xã An Phú trân trọng kính mời: Ông Lãnh đạo 1, Phó Chủ tịch UBND xã");
    expect(first).toContain("Rất mong Quý đại biểu đến dự đúng thời gian./.");
    expect(modelTexts(perCategory)).toContain("UBND xã An Phú trân trọng kính mời: Tổ trưởng 64 xóm");
  });

  it("groups the sign-in sheet by category in the categories' order, numbered throughout", () => {
    const table = build("signin").blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const groups = table.rows.filter((r) => r.emphasis).map((r) => `${r.cells[0]} ${r.cells[1]}`);
    expect(groups).toEqual([
      "I Lãnh đạo xã",
      "II Trưởng thôn",
      "III Tổ trưởng",
      "IV Người dân",
      " Tổng cộng: 152 đại biểu",
    ]);
    for (const row of table.rows) expect(row.cells).toHaveLength(row.emphasis ? 2 : 5);
    const numbers = table.rows.filter((r) => !r.emphasis).map((r) => r.cells[0]);
    expect(numbers).toEqual(Array.from({ length: 152 }, (_, i) => String(i + 1)));
    expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 5);
  });
});

describe("missing facts", () => {
  it("gives one message listing every missing fact with its tab, before anything is made", () => {
    const snapshot = otherSnapshot({ facts: { "Chủ trì": null, "Ngày hội nghị": null, "Địa điểm": null } });
    const built = buildDocument("minutes", snapshot);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    const [first, ...rest] = built.messages;
    expect(first?.key).toBe("documents.missing");
    expect(first?.params).toEqual({
      document: "Biên bản",
      items: "Hội nghị › Chủ trì; Hội nghị › Ngày hội nghị; Hội nghị › Địa điểm",
    });
    expect(rest).toEqual([]);
  });

  it("names a sheet that has no rows, and passes on why a date was not read", () => {
    const snapshot = otherSnapshot({ facts: { "Ngày hội nghị": "31/02/2026" } });
    snapshot.tabs.set("Đại biểu", [["Họ và tên", "Thành phần"]]);
    const built = buildDocument("signin", snapshot);
    if (built.ok) throw new Error("built");
    expect(built.messages[0]?.params?.items).toBe("Hội nghị › Ngày hội nghị; Đại biểu");
    expect(built.messages.some((m) => m.key === "workbook.badDate")).toBe(true);
  });

  it("needs `Cấp` only when the built-in wording is used", () => {
    const own = otherSnapshot({ facts: { Cấp: null } });
    const conference = own.tabs.get("Hội nghị") ?? [];
    for (const [label, value] of [
      ["Lời dẫn kế hoạch", "Lời dẫn riêng."],
      ["Mục đích", "Mục đích riêng."],
      ["Yêu cầu", "Yêu cầu riêng."],
      ["Hình thức tổ chức", "Hình thức riêng."],
      ["Nội dung đối thoại", "Nội dung riêng."],
      ["Lời kết kế hoạch", "Lời kết riêng./."],
    ])
      conference.push([label ?? "", value ?? "", "", ""]);
    expect(buildDocument("plan", own).ok).toBe(true);
    const defaults = buildDocument("plan", otherSnapshot({ facts: { Cấp: null } }));
    expect(!defaults.ok && defaults.messages[0]?.params?.items).toBe("Hội nghị › Cấp");
  });
});

describe("missing sheets", () => {
  it("names the `Hội nghị` sheet itself when the workbook has none", () => {
    const snapshot = otherSnapshot();
    snapshot.tabs.delete("Hội nghị");
    const built = buildDocument("plan", snapshot);
    expect(!built.ok && built.messages[0]?.params?.items).toBe("Hội nghị");
  });
});
