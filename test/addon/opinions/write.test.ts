/**
 * opinions.add and opinions.update on the emulation, for a conference written here: codes, the
 * workbook's words, refusals that save nothing, the history tab, the lifecycle, and service calls
 * that do not grow with the log.
 */
import { describe, expect, it } from "vitest";
import { call, column, communeWorkbook, ok } from "./fixture.ts";

const SLIP = { content: "Đường liên thôn xuống cấp", channel: "Phiếu", field: "giao thong", tdp: "Tổ 3" };

describe("opinions.add", () => {
  it("gives the next code, writes the workbook's words, fills KDC from the TDP and stamps the conference", () => {
    const workbook = communeWorkbook(3);
    const { id } = ok(
      call<{ id: string }>(workbook, "opinions.add", { ...SLIP, asker: "Phạm Văn Dũng", by: "Lê Thị Hoa" }),
    );
    expect(id).toBe("YK-004");
    const row = (workbook.sheetByName("Ý kiến")?.values() ?? [])[4] ?? [];
    const headers = (workbook.sheetByName("Ý kiến")?.values() ?? [])[0] ?? [];
    const cell = (h: string) => row[headers.indexOf(h)];
    expect(cell("Lĩnh vực")).toBe("Giao thông");
    expect(cell("KDC")).toBe("KDC Phong Bắc");
    expect(cell("Trạng thái")).toBe("Đã tiếp nhận");
    expect(cell("Người cập nhật")).toBe("Lê Thị Hoa");
    expect(column(workbook, "Lịch sử ý kiến", "Mã ý kiến")).toContain("YK-004");
    expect(column(workbook, "Lịch sử ý kiến", "Người thay đổi")).toContain("Lê Thị Hoa");
  });

  it("starts answered at the meeting when the answer is given", () => {
    const workbook = communeWorkbook(0);
    const { id } = ok(
      call<{ id: string }>(workbook, "opinions.add", {
        ...SLIP,
        answerer: "Chủ tịch UBND xã",
        answer: "Đã giao khảo sát.",
      }),
    );
    expect(id).toBe("YK-001");
    const list = ok(call<{ status: string; settledOn: string }[]>(workbook, "opinions.list"));
    expect(list[0]).toMatchObject({ status: "Đã trả lời tại hội nghị", settledOn: "15/01/2026" });
  });

  it("refuses empty content, an unknown field or answering unit, naming the field, and saves nothing", () => {
    const workbook = communeWorkbook(2);
    const before = JSON.stringify(workbook.sheetByName("Ý kiến")?.values());
    const refused = call(workbook, "opinions.add", {
      content: " ",
      channel: "Phiếu",
      field: "Thủy lợi",
      answerer: "Ông Tư",
    });
    expect(refused.result.ok).toBe(false);
    const keys = refused.result.ok ? [] : refused.result.messages.map((m) => [m.key, m.params?.field]);
    expect(keys).toEqual([
      ["opinions.emptyContent", undefined],
      ["opinions.notInCatalogue", "Lĩnh vực"],
      ["opinions.notInCatalogue", "Người trả lời"],
    ]);
    expect(JSON.stringify(workbook.sheetByName("Ý kiến")?.values())).toBe(before);
    expect(workbook.sheetByName("Lịch sử ý kiến")).toBeFalsy();
  });

  it("takes one RPC with the same number of service calls for 100 and for 2,000 opinions", () => {
    const calls = (size: number) => {
      const workbook = communeWorkbook(size);
      ok(call(workbook, "opinions.add", SLIP)); // creates the history tab
      const second = call(workbook, "opinions.add", SLIP);
      expect(ok(second)).toEqual({ id: `YK-${String(size + 2).padStart(3, "0")}` });
      return second.counts;
    };
    const small = calls(100);
    expect(calls(2_000)).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(64);
  });
});

describe("opinions.update", () => {
  it("moves through the lifecycle, refuses a move that is not allowed and records who changed what", () => {
    const workbook = communeWorkbook(3);
    const by = "Lê Thị Hoa";
    ok(
      call(workbook, "opinions.update", {
        id: "YK-001",
        status: "Đã giao xử lý",
        assignedUnit: "Công chức Địa chính",
        dueDate: "28/02/2026",
        by,
      }),
    );
    ok(call(workbook, "opinions.update", { id: "yk-001", status: "Đang giải quyết", by }));
    ok(
      call(
        workbook,
        "opinions.update",
        { id: "YK-001", status: "answered", resolution: "Đã vá đường.", by },
        new Date(2026, 1, 10),
      ),
    );
    const refused = call(workbook, "opinions.update", { id: "YK-001", status: "Đang giải quyết" });
    expect(refused.result.ok ? null : refused.result.messages[0]?.key).toBe("opinions.transitionFinal");
    const item = ok(
      call<{ id: string; status: string; settledOn: string }[]>(workbook, "opinions.list"),
    ).find((o) => o.id === "YK-001");
    expect(item).toMatchObject({ status: "Đã trả lời", settledOn: "10/02/2026" });
    const history = workbook.sheetByName("Lịch sử ý kiến")?.values() ?? [];
    expect(history[0]).toEqual([
      "Thời điểm",
      "Người thay đổi",
      "Mã ý kiến",
      "Cột",
      "Giá trị cũ",
      "Giá trị mới",
    ]);
    expect(history.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toContainEqual([
      "YK-001",
      "Trạng thái",
      "Đang giải quyết",
      "Đã trả lời",
    ]);
    expect(history.slice(1).every((r) => r[1] === by)).toBe(true);
  });

  it("forwards with authority and number, merges by code, and names what a status lacks", () => {
    const workbook = communeWorkbook(3);
    const lacking = call(workbook, "opinions.update", {
      id: "YK-002",
      status: "Đã chuyển cấp có thẩm quyền",
      forwardedTo: "Sở Xây dựng",
    });
    expect(lacking.result.ok ? null : lacking.result.messages[0]?.params?.fields).toBe("Số văn bản chuyển");
    ok(
      call(workbook, "opinions.update", {
        id: "YK-002",
        status: "forwarded",
        forwardedTo: "Sở Xây dựng",
        forwardRef: "12/UBND-ĐC",
      }),
    );
    const self = call(workbook, "opinions.update", { id: "YK-003", status: "merged", mergedInto: "YK-003" });
    expect(self.result.ok ? null : self.result.messages[0]?.key).toBe("opinions.mergeSelf");
    const unknown = call(workbook, "opinions.update", {
      id: "YK-003",
      status: "merged",
      mergedInto: "YK-099",
    });
    expect(unknown.result.ok ? null : unknown.result.messages[0]?.key).toBe("opinions.mergeUnknown");
    ok(call(workbook, "opinions.update", { id: "YK-003", status: "merged", mergedInto: "yk-001" }));
    expect(column(workbook, "Ý kiến", "Gộp vào")).toEqual(["", "", "YK-001"]);
    const early = call(workbook, "opinions.update", { id: "YK-001", dueDate: "10/01/2026" });
    expect(early.result.ok ? null : early.result.messages[0]).toMatchObject({
      key: "opinions.dateBeforeConference",
      params: { field: "Hạn xử lý" },
    });
  });

  it("filters the list by status, field and overdue", () => {
    const workbook = communeWorkbook(4);
    ok(
      call(workbook, "opinions.update", {
        id: "YK-002",
        status: "Đã giao xử lý",
        assignedUnit: "Công an xã",
        dueDate: "20/01/2026",
      }),
    );
    const list = (input: unknown) =>
      ok(call<{ id: string }[]>(workbook, "opinions.list", input, new Date(2026, 0, 25))).map((o) => o.id);
    expect(list({ overdue: true })).toEqual(["YK-002"]);
    expect(list({ status: "Đã tiếp nhận" })).toEqual(["YK-001", "YK-003", "YK-004"]);
    expect(list({ field: "Đất đai" })).toEqual([]);
  });
});
