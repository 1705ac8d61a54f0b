/**
 * The opinion rules without a sheet: allowed moves and what each needs, checks naming the field,
 * the settled day, carry-over between conferences, deadlines and the history rows.
 */
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../../shared/catalogue/catalogue.ts";
import type { Conference } from "../../../shared/conference/model.ts";
import { readConference } from "../../../shared/conference/model.ts";
import type { CivilDate } from "../../../shared/dates/civil.ts";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { carriedOver, ofConference } from "../../../shared/opinions/conferences.ts";
import { listDeadlines } from "../../../shared/opinions/deadlines.ts";
import { type EditContext, planChange, planNew } from "../../../shared/opinions/edit.ts";
import { historyRows } from "../../../shared/opinions/history.ts";
import { canMove, nextStatuses, TRANSITIONS } from "../../../shared/opinions/lifecycle.ts";
import type { Opinion } from "../../../shared/opinions/opinions.ts";
import { OPINION_STATUSES, type OpinionStatus } from "../../../shared/schema/choices.ts";

const day = (d: number, m: number, y: number): CivilDate => ({ year: y, month: m, day: d });

const CATALOGUE: Catalogue = {
  kdcs: ["Thôn Đông", "Thôn Tây"],
  tdps: [
    { name: "Xóm 1", kdc: "Thôn Đông" },
    { name: "Xóm 2", kdc: "Thôn Tây" },
  ],
  fields: ["Đất đai", "Thủy lợi"],
  answerers: ["Chủ tịch UBND xã"],
  levels: ["Xã", "Tỉnh"],
};

const CTX: EditContext = {
  catalogue: CATALOGUE,
  conferenceDate: day(20, 3, 2027),
  today: day(20, 3, 2027),
  byId: new Map(),
};

function opinion(id: string, extra: Partial<Opinion> = {}): Opinion {
  return {
    row: 2,
    id,
    conferenceDate: day(20, 3, 2027),
    channel: "slip",
    askerName: "",
    anonymous: true,
    tdp: "",
    kdc: "",
    content: `Nội dung ${id}`,
    field: "",
    level: "",
    answerer: "",
    answer: "",
    status: "received",
    assignedUnit: "",
    dueDate: null,
    forwardedTo: "",
    forwardRef: "",
    mergedInto: "",
    resolution: "",
    settledOn: null,
    ...extra,
  };
}

describe("lifecycle", () => {
  it("lets every open status close and keeps settled ones final but for follow-up promised at the meeting", () => {
    for (const from of ["received", "assigned", "inProgress"] as OpinionStatus[])
      for (const to of [
        "forwarded",
        "outsideJurisdiction",
        "merged",
        "withdrawn",
        "answered",
      ] as OpinionStatus[])
        expect(canMove(from, to), `${from} → ${to}`).toBe(true);
    expect(nextStatuses("answered")).toEqual([]);
    expect(nextStatuses("withdrawn")).toEqual([]);
    expect(canMove("answeredAtMeeting", "inProgress")).toBe(true);
    expect(canMove("forwarded", "answered")).toBe(true);
    expect(canMove("inProgress", "received")).toBe(false);
    expect(canMove(null, "assigned")).toBe(true);
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(OPINION_STATUSES).sort());
  });
});

describe("planNew", () => {
  it("writes the catalogue's spelling, fills KDC from the TDP and starts answered at the meeting when answered", () => {
    const plan = planNew(
      {
        content: " Kênh bồi lắng ",
        channel: "phieu",
        field: "thuy loi",
        tdp: "xom 2",
        answer: "Sẽ nạo vét.",
      },
      CTX,
    );
    expect(plan).toMatchObject({
      ok: true,
      values: {
        content: "Kênh bồi lắng",
        channel: "Phiếu",
        field: "Thủy lợi",
        tdp: "Xóm 2",
        kdc: "Thôn Tây",
        status: "Đã trả lời tại hội nghị",
        conferenceDate: day(20, 3, 2027),
        settledOn: day(20, 3, 2027),
      },
    });
  });

  it("refuses in Vietnamese, naming each field, and plans nothing", () => {
    const plan = planNew(
      { content: "", channel: "Điện thoại", level: "Huyện", tdp: "Xóm 1", kdc: "Thôn Tây" },
      CTX,
    );
    expect(plan.ok).toBe(false);
    const texts = plan.ok ? [] : plan.problems.map((p) => formatMessage(p));
    expect(texts).toEqual([
      "Chưa ghi Nội dung ý kiến: không lưu.",
      "Hình thức “Điện thoại” không có trong Danh mục (có: Phiếu, Trực tiếp): không lưu.",
      "Xóm 1 thuộc Thôn Đông theo Danh mục, không phải “Thôn Tây”: không lưu.",
      "Thẩm quyền “Huyện” không có trong Danh mục (có: Xã, Tỉnh): không lưu.",
    ]);
  });
});

describe("planChange", () => {
  it("checks the move and what it needs, and stamps or clears the settled day", () => {
    const open = opinion("YK-004");
    const needs = planChange(open, { status: "forwarded", forwardedTo: "Sở Xây dựng" }, CTX);
    expect(needs.ok ? [] : needs.problems.map((p) => formatMessage(p))).toEqual([
      "Trạng thái “Đã chuyển cấp có thẩm quyền” cần ghi: Số văn bản chuyển. Không lưu.",
    ]);
    const today = { ...CTX, today: day(2, 4, 2027) };
    expect(planChange(open, { status: "withdrawn" }, today)).toEqual({
      ok: true,
      values: { status: "Đã rút", settledOn: day(2, 4, 2027) },
    });
    const answered = opinion("YK-005", {
      status: "answeredAtMeeting",
      answer: "Đã trả lời",
      settledOn: day(20, 3, 2027),
    });
    expect(planChange(answered, { status: "inProgress", assignedUnit: "Địa chính" }, CTX)).toEqual({
      ok: true,
      values: { assignedUnit: "Địa chính", status: "Đang giải quyết", settledOn: null },
    });
    const closed = planChange(opinion("YK-006", { status: "withdrawn" }), { status: "answered" }, CTX);
    expect(closed.ok ? "" : formatMessage(closed.problems[0] ?? { key: "common.busy" })).toBe(
      "Ý kiến YK-006 đã “Đã rút” (đã kết thúc), không chuyển sang “Đã trả lời” được.",
    );
  });

  it("refuses a due date before the conference and a merge into a merged opinion", () => {
    const merged = opinion("YK-002", { status: "merged", mergedInto: "YK-001" });
    const ctx = { ...CTX, byId: new Map([["YK-002", merged]]) };
    const plan = planChange(
      opinion("YK-003"),
      { dueDate: "19/03/2027", status: "merged", mergedInto: "YK-002" },
      ctx,
    );
    expect(plan.ok ? [] : plan.problems.map((p) => p.key)).toEqual([
      "opinions.dateBeforeConference",
      "opinions.mergeIntoMerged",
      "opinions.statusNeeds",
    ]);
  });
});

describe("across conferences", () => {
  const first = day(10, 1, 2027);
  const second = day(10, 7, 2027);
  const log = [
    opinion("YK-001", { conferenceDate: first, status: "answeredAtMeeting", settledOn: first }),
    opinion("YK-002", { conferenceDate: first, status: "inProgress" }),
    opinion("YK-003", { conferenceDate: first, status: "answered", settledOn: day(1, 3, 2027) }),
    opinion("YK-004", { conferenceDate: first, status: "withdrawn", settledOn: first }),
    opinion("YK-005", { conferenceDate: second }),
    opinion("YK-006", { conferenceDate: null }),
  ];

  it("splits the log by conference and carries over what needed follow-up", () => {
    expect(ofConference(log, second).map((o) => o.id)).toEqual(["YK-005", "YK-006"]);
    expect(carriedOver(log, second).map((o) => o.id)).toEqual(["YK-002", "YK-003"]);
    expect(carriedOver(log, first)).toEqual([]);
    // Two conferences later, only what is still open or was settled since the last one.
    const third = day(10, 1, 2028);
    const later = [...log, opinion("YK-007", { conferenceDate: second, status: "assigned" })];
    expect(carriedOver(later, third).map((o) => o.id)).toEqual(["YK-002", "YK-005", "YK-007"]);
  });
});

describe("what is due", () => {
  const grid = [
    ["Mục", "Giá trị", "Chi tiết"],
    ["Ngày hội nghị", "10/01/2027", ""],
    ["Hạn báo cáo", "20/01/2027", ""],
    ["Thông báo trước (ngày)", "10", ""],
  ];
  const conference: Conference = readConference(grid).conference;

  it("lists the announcement, publication, report and open opinions' due dates with days left", () => {
    const open = opinion("YK-002", {
      status: "assigned",
      assignedUnit: "Địa chính",
      dueDate: day(15, 1, 2027),
    });
    const done = opinion("YK-003", { status: "answered", dueDate: day(12, 1, 2027) });
    const { deadlines, problems } = listDeadlines(conference, [open, done], day(16, 1, 2027));
    expect(problems).toEqual([]);
    expect(deadlines.map((d) => [d.kind, `${d.date.day}/${d.date.month}`, d.daysLeft, d.overdue])).toEqual([
      ["announce", "31/12", -16, false],
      ["followUp", "15/1", -1, true],
      ["publish", "20/1", 4, false],
      ["report", "20/1", 4, false],
    ]);
  });

  it("falls back to the law's days and says so when a count is not a number", () => {
    const bad = readConference([
      ...grid.slice(0, 3),
      ["Công khai kết quả trong (ngày)", "mười", ""],
    ]).conference;
    const { deadlines, problems } = listDeadlines(bad, [], day(1, 1, 2027));
    expect(deadlines.find((d) => d.kind === "publish")?.date).toEqual(day(20, 1, 2027));
    expect(deadlines.find((d) => d.kind === "announce")?.date).toEqual(day(3, 1, 2027));
    expect(problems.map((p) => p.key)).toEqual(["opinions.badDayCount"]);
  });
});

describe("history", () => {
  it("writes one row per changed column, who and when, dates as dd/mm/yyyy", () => {
    const before = {
      opinionId: "YK-001",
      conferenceDate: day(10, 1, 2027),
      channel: "Phiếu",
      askerName: "",
      anonymous: true,
      tdp: null,
      kdc: null,
      content: "Kênh",
      field: null,
      level: null,
      answerer: null,
      answer: "",
      status: "Đã tiếp nhận",
      assignedUnit: "",
      dueDate: null,
      forwardedTo: "",
      forwardRef: "",
      mergedInto: "",
      resolution: "",
      settledOn: null,
      updatedAt: "",
      updatedBy: "",
    };
    const rows = historyRows("10/01/2027 09:00:00", "Hoa", "YK-001", before, {
      status: "Đã giao xử lý",
      assignedUnit: "Địa chính",
      dueDate: day(5, 2, 2027),
      content: "Kênh",
      updatedBy: "Hoa",
    });
    expect(rows).toEqual([
      ["10/01/2027 09:00:00", "Hoa", "YK-001", "Trạng thái", "Đã tiếp nhận", "Đã giao xử lý"],
      ["10/01/2027 09:00:00", "Hoa", "YK-001", "Đơn vị xử lý", "", "Địa chính"],
      ["10/01/2027 09:00:00", "Hoa", "YK-001", "Hạn xử lý", "", "05/02/2027"],
    ]);
  });
});
