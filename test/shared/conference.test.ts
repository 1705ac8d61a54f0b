import { describe, expect, it } from "vitest";
import { factByLabel, factLabelKey } from "../../shared/conference/facts.ts";
import { readConference } from "../../shared/conference/model.ts";
import { summariseConference } from "../../shared/conference/view.ts";
import { FACTS } from "../../shared/schema/conference-facts.ts";

const header = ["Mục", "Giá trị", "Chi tiết", "Ghi chú"];

describe("reading the conference facts", () => {
  it("reads label/value rows, several-valued facts in order, typed dates and times", () => {
    const grid = [
      header,
      ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN XÃ HÒA BẮC", "", ""],
      ["Trích yếu", "Tổ chức hội nghị đối thoại năm 2026", "", ""],
      ["Chủ trì", "Nguyễn Văn A", "Bí thư Đảng ủy xã", ""],
      ["chu tri", "Trần Thị B", "Chủ tịch UBND xã", ""],
      ["Căn cứ", "Căn cứ Luật Tổ chức chính quyền địa phương", "", ""],
      ["Ngày hội nghị", new Date(2026, 2, 1), "", ""],
      ["Giờ bắt đầu", "7:30", "", ""],
      ["Ngày kế hoạch", "3/2026", "", ""],
      ["", "", "", "dòng trống"],
    ];
    const { conference, problems, rows } = readConference(grid);
    expect(problems).toEqual([]);
    expect(conference.chairs).toEqual([
      { name: "Nguyễn Văn A", title: "Bí thư Đảng ủy xã" },
      { name: "Trần Thị B", title: "Chủ tịch UBND xã" },
    ]);
    expect(conference.startDate).toEqual({ year: 2026, month: 3, day: 1 });
    expect(conference.planDate).toEqual({ year: 2026, month: 3, day: null });
    expect(rows.title).toBe(3);
    expect(summariseConference(conference).startMoment).toBe("07 giờ 30, Chủ nhật ngày 01/3/2026");
  });

  it("reports bad values, unknown labels and repeated single facts with their row", () => {
    const grid = [
      header,
      ["Ngày hội nghị", "32/13/2026", "", ""],
      ["Số lượng ghế", "200", "", ""],
      ["Địa điểm", "Hội trường", "", ""],
      ["Địa điểm", "Nhà văn hóa", "", ""],
    ];
    const { conference, problems } = readConference(grid);
    expect(problems.map((p) => [p.key, p.params?.row])).toEqual([
      ["workbook.badDate", 2],
      ["workbook.unknownFact", 3],
      ["workbook.repeatedFact", 5],
    ]);
    expect(conference.venue).toBe("Hội trường");
  });

  it("names the missing column when the tab was edited by hand", () => {
    const { problems } = readConference([["Mục", "Nội dung"]]);
    expect(problems).toEqual([
      { key: "workbook.missingColumn", params: { tab: "Hội nghị", column: "Giá trị" } },
    ]);
  });
});

describe("matching item names", () => {
  it("takes i/y spelling variants, spacing, case and diacritics", () => {
    for (const typed of ["Thư kí", "thu ki", "  THƯ   KÝ ", "Thư_ký:"])
      expect(factByLabel(typed)?.key).toBe("secretary");
    expect(factByLabel("Chức vụ người kí")?.key).toBe("signerTitle");
    expect(factByLabel("Ki hieu co quan")?.key).toBe("issuerSymbol");
    expect(factByLabel("thông báo trước ngày")?.key).toBe("announceDays");
    // A final "y" after a vowel is not a variant: "ngày" stays "ngay".
    expect(factLabelKey("Ngày hội nghị")).toBe("ngay hoi nghi");
    expect(factByLabel("Ngài hội nghị")).toBeUndefined();
  });

  it("keeps every item's name distinct once folded", () => {
    const keys = FACTS.flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(factLabelKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
