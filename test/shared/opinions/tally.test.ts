import { describe, expect, it } from "vitest";
import { readOpinions } from "../../../shared/opinions/opinions.ts";
import { isOverdue, outcomeOf, tallyBy, tallyOpinions } from "../../../shared/opinions/tally.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";

const GRID: Grid = [
  [
    "Mã ý kiến",
    "Hình thức",
    "Người nêu",
    "Ẩn danh",
    "TDP",
    "Nội dung",
    "Lĩnh vực",
    "Thẩm quyền",
    "Trạng thái",
    "Hạn xử lý",
  ],
  [
    "YK-001",
    "Phiếu",
    "Nguyễn A",
    "",
    "Tổ 1",
    "Đường hỏng",
    "đất đai",
    "phường",
    "Đang giải quyết",
    "01/07/2022",
  ],
  ["YK-002", "trực tiếp", "", "", "", "Ồn ào", "", "Thành phố", "Đã trả lời tại hội nghị", ""],
  ["YK-003", "Phiếu", "Trần B", "TRUE", "", "Đường hỏng (trùng)", "Đất đai", "Phường", "Đã gộp", ""],
  [
    "YK-004",
    "Phiếu",
    "Lê C",
    "",
    "",
    "Chuyển sở",
    "Môi trường",
    "Thành phố",
    "Đã chuyển cấp có thẩm quyền",
    "",
  ],
  ["", "", "", "", "", "", "", "", "", ""],
];

describe("opinions", () => {
  const { opinions, problems } = readOpinions(GRID);

  it("reads channels and statuses to keys, blank or ticked askers as anonymous", () => {
    expect(problems).toEqual([]);
    expect(opinions.map((o) => [o.channel, o.status, o.anonymous])).toEqual([
      ["slip", "inProgress", false],
      ["direct", "answeredAtMeeting", true],
      ["slip", "merged", true],
      ["slip", "forwarded", false],
    ]);
    expect(opinions[0]?.dueDate).toEqual({ year: 2022, month: 7, day: 1 });
  });

  it("tallies by channel, field and level, counting a merged duplicate once", () => {
    const t = tallyOpinions(opinions, { fields: ["Đất đai", "Môi trường"], levels: ["Phường", "Thành phố"] });
    expect(t.total).toBe(3);
    expect(t.byChannel).toEqual({ slip: 2, direct: 1, unknown: 0 });
    expect(t.byField).toEqual([
      { label: "Đất đai", count: 1 },
      { label: "Môi trường", count: 1 },
      { label: "", count: 1 },
    ]);
    expect(t.byLevel).toEqual([
      { label: "Phường", count: 1 },
      { label: "Thành phố", count: 2 },
    ]);
    expect(t.byOutcome).toEqual({
      answered: 1,
      pending: 1,
      forwarded: 1,
      outside: 0,
      merged: 1,
      withdrawn: 0,
    });
  });

  it("computes overdue from the due date, never from a status", () => {
    const [pending, answered] = opinions;
    if (!pending || !answered) throw new Error("no rows");
    expect(outcomeOf(pending)).toBe("pending");
    expect(isOverdue(pending, { year: 2022, month: 7, day: 1 })).toBe(false);
    expect(isOverdue(pending, { year: 2022, month: 7, day: 2 })).toBe(true);
    expect(isOverdue(answered, { year: 2030, month: 1, day: 1 })).toBe(false);
  });

  it("keeps values outside the catalogue, in the order first seen", () => {
    expect(tallyBy(["Khác", "Đất đai", "khác"], ["Đất đai"])).toEqual([
      { label: "Đất đai", count: 1 },
      { label: "Khác", count: 2 },
    ]);
  });
});
