/**
 * Two conferences in one workbook (a commune written in the tests, not the sample): the first
 * one's opinions are logged and followed up through the actions; `Hội nghị` then moves to the next
 * conference, whose minutes and report count only their own opinions, and whose report accounts
 * for the first one's open opinions with their state now.
 */
import { describe, expect, it } from "vitest";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { buildDocument } from "../../../shared/documents/index.ts";
import type { DocumentModel } from "../../../shared/documents/model.ts";
import { OPINIONS_TAB } from "../../../shared/schema/tabs.ts";
import type { Grid } from "../../../shared/workbook/cells.ts";
import { otherSnapshot } from "../../shared/documents/fixture.ts";
import { modelTexts } from "../../shared/documents/texts.ts";
import { execution, headersOf } from "../table/context.ts";
import { call, ok } from "./fixture.ts";

const FIRST = new Date(2027, 0, 5, 16, 0);
const BETWEEN = new Date(2027, 2, 10, 9, 0);
const SECOND = new Date(2027, 6, 6, 15, 0);

function workbookOf(facts: Record<string, string | null>): EmulatedWorkbook {
  const snapshot = otherSnapshot({ opinions: 0, facts });
  snapshot.tabs.set("Ý kiến", [headersOf(OPINIONS_TAB)]);
  return EmulatedWorkbook.fromData({
    name: "An Phú",
    sheets: [...snapshot.tabs].map(([name, values]) => ({ name, values, frozenRows: 1 })),
  });
}

/** Writes cells of `Hội nghị` as a clerk would (row and column 1-based). */
function setCells(workbook: EmulatedWorkbook, cells: [row: number, column: number, value: string][]): void {
  const run = execution(workbook);
  const sheet = run.ctx.spreadsheet.getSheetByName("Hội nghị");
  for (const [row, column, value] of cells) sheet?.getRange(row, column, 1, 1).setValues([[value]]);
  run.end();
}

function moveToNextConference(workbook: EmulatedWorkbook): void {
  const values = workbook.sheetByName("Hội nghị")?.values() ?? [];
  const set = (label: string, value: string) =>
    setCells(workbook, [[values.findIndex((r) => r[0] === label) + 1, 2, value]]);
  set("Ngày hội nghị", "06/7/2027");
  set("Ngày báo cáo", "09/7/2027");
  set("Hạn báo cáo", "10/7/2027");
}

function build(workbook: EmulatedWorkbook, kind: "minutes" | "report"): DocumentModel {
  const tabs = new Map<string, Grid>();
  for (const name of ["Hội nghị", "Thành phần", "Đại biểu", "Ý kiến", "Danh mục"])
    tabs.set(name, (workbook.sheetByName(name)?.values() ?? []) as Grid);
  const built = buildDocument(kind, { tabs });
  if (!built.ok) throw new Error(JSON.stringify(built.messages));
  return built.document;
}

describe("carry-over across conferences", () => {
  it("reports the previous conference's pending opinions with their current state", () => {
    const workbook = workbookOf({});
    const add = (content: string, extra: Record<string, unknown> = {}) =>
      ok(call<{ id: string }>(workbook, "opinions.add", { content, channel: "Phiếu", ...extra }, FIRST)).id;
    const update = (input: Record<string, unknown>, now = BETWEEN) =>
      ok(call(workbook, "opinions.update", input, now));

    const atMeeting = add("Đèn đường xóm 2 hỏng", {
      answer: "Đã thay trong tuần.",
      answerer: "Chủ tịch UBND xã",
    });
    const road = add("Đường liên thôn xuống cấp", { field: "Giao thông nông thôn" });
    const canal = add("Kênh thủy lợi bồi lắng", { field: "Thủy lợi" });
    const land = add("Cấp sổ đỏ chậm", { field: "Đất đai" });
    const dropped = add("Xin thôi ý kiến");
    update(
      { id: road, status: "Đã giao xử lý", assignedUnit: "Công chức Địa chính", dueDate: "28/02/2027" },
      FIRST,
    );
    update(
      { id: canal, status: "Đang giải quyết", assignedUnit: "Công chức Địa chính", dueDate: "30/06/2027" },
      FIRST,
    );
    update({ id: canal, status: "Đã trả lời", resolution: "Đã nạo vét 1,2 km kênh." });
    update({
      id: land,
      status: "Đã chuyển cấp có thẩm quyền",
      forwardedTo: "Sở Nông nghiệp và Môi trường",
      forwardRef: "45/UBND-ĐC",
    });
    update({ id: dropped, status: "Đã rút" });

    const firstMinutes = modelTexts(build(workbook, "minutes"));
    expect(firstMinutes).toContain(
      "Tổng số 05 ý kiến, kiến nghị, trong đó: 05 ý kiến bằng phiếu, 00 ý kiến trực tiếp.",
    );

    moveToNextConference(workbook);
    const fresh = ok(
      call<{ id: string }>(
        workbook,
        "opinions.add",
        { content: "Chợ tạm lấn đường", channel: "Trực tiếp" },
        SECOND,
      ),
    ).id;
    expect(fresh).toBe("YK-006");

    const minutes = build(workbook, "minutes");
    const table = minutes.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells[0])).toEqual(["YK-006"]);
    expect(modelTexts(minutes)).toContain(
      "Tổng số 01 ý kiến, kiến nghị, trong đó: 00 ý kiến bằng phiếu, 01 ý kiến trực tiếp.",
    );

    const report = build(workbook, "report");
    const texts = modelTexts(report);
    expect(texts).toContain("III. KẾT QUẢ GIẢI QUYẾT Ý KIẾN CỦA HỘI NGHỊ KỲ TRƯỚC");
    expect(
      texts.some((t) => t.startsWith("Các ý kiến, kiến nghị của hội nghị đối thoại ngày 05/01/2027")),
    ).toBe(true);
    const carried = report.blocks.filter((b) => b.kind === "table").at(-1);
    const rows = carried?.kind === "table" ? carried.rows.map((r) => r.cells) : [];
    expect(rows.map((r) => r[0])).toEqual([road, canal, land]);
    expect(atMeeting).toBe("YK-001");
    // The road is still open and past its due date on the report's date.
    expect(rows[0]?.[2]).toBe("Đã giao xử lý; Công chức Địa chính, hạn 28/02/2027 (quá hạn)");
    expect(rows[1]?.[2]).toBe("Đã trả lời");
    expect(rows[1]?.[3]).toBe("Đã nạo vét 1,2 km kênh. (ngày 10/3/2027)");
    expect(rows[2]?.[2]).toBe(
      "Đã chuyển cấp có thẩm quyền, đến Sở Nông nghiệp và Môi trường (văn bản số 45/UBND-ĐC)",
    );

    // Listing from the sidebar: this conference's opinion and the three carried over.
    const list = ok(call<{ id: string; carriedOver: boolean }[]>(workbook, "opinions.list", null, SECOND));
    expect(list.map((o) => [o.id, o.carriedOver])).toEqual([
      [road, true],
      [canal, true],
      [land, true],
      [fresh, false],
    ]);
  });

  it("says in the minutes which record rows are missing, and uses them once written", () => {
    const empty = modelTexts(build(workbookOf({}), "minutes"));
    expect(empty).toContain("(Chưa ghi: Hội nghị › Diễn biến hội nghị.)");
    expect(empty).toContain("(Chưa ghi: Hội nghị › Kết luận của chủ tọa.)");
    const workbook = workbookOf({});
    const last = workbook.sheetByName("Hội nghị")?.values().length ?? 0;
    const rows = [
      ["Diễn biến hội nghị", "Đồng chí Chủ tịch UBND xã báo cáo tình hình kinh tế - xã hội năm 2026."],
      [
        "Kết luận của chủ tọa",
        "Giao UBND xã trả lời bằng văn bản các ý kiến chưa trả lời trước ngày 31/01/2027.",
      ],
    ];
    setCells(
      workbook,
      rows.flatMap(([label = "", value = ""], i) => [
        [last + i + 1, 1, label],
        [last + i + 1, 2, value],
      ]),
    );
    const filled = modelTexts(build(workbook, "minutes"));
    expect(filled).toContain(rows[0]?.[1]);
    expect(filled).toContain(rows[1]?.[1]);
    expect(filled.some((t) => t.startsWith("(Chưa ghi"))).toBe(false);
  });
});
