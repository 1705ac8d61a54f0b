/**
 * The roster in the documents: invitations skip whoever is marked as getting none (the sample's
 * two chairs, one of them the signer) and name the area of an area role; the sign-in sheet ends
 * with a totals row and keeps each group heading with its first person; a category short of the
 * plan is a warning beside the document, naming the areas that lack someone.
 */
import { describe, expect, it } from "vitest";
import { buildDocument, type DocumentModel } from "../../../shared/documents/index.ts";
import { rowKeepsWithNext } from "../../../shared/documents/model.ts";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";
import { sampleSnapshot } from "../documents/sample.ts";
import { modelTexts } from "../documents/texts.ts";

function build(kind: "invitations" | "signin", snapshot: WorkbookSnapshot) {
  const built = buildDocument(kind, snapshot);
  if (!built.ok) throw new Error(JSON.stringify(built.messages));
  return built;
}

/** The sample without some rows of the roster. */
async function without(drop: (row: Record<string, string>) => boolean): Promise<WorkbookSnapshot> {
  const snapshot = await sampleSnapshot();
  const [header = [], ...rows] = (snapshot.tabs.get(ROSTER_TAB.name) ?? []) as string[][];
  const kept = rows.filter((r) => !drop(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))));
  snapshot.tabs.set(ROSTER_TAB.name, [header, ...kept]);
  return snapshot;
}

const addressees = (doc: DocumentModel) => modelTexts(doc).filter((t) => t.includes("trân trọng kính mời:"));

describe("invitations from the roster", () => {
  it("skip the rows marked Không gửi giấy mời and name an area role's area", async () => {
    const snapshot = await sampleSnapshot();
    const [header = [], ...rows] = (snapshot.tabs.get(ROSTER_TAB.name) ?? []) as string[][];
    const marked = rows.filter((r) => r[header.indexOf("Không gửi giấy mời")] === "TRUE");
    expect(marked.map((r) => r[header.indexOf("Họ và tên")])).toEqual(["Lê Văn Cương", "Lê Thị Nhật Diệu"]);
    const lines = addressees(build("invitations", snapshot).document);
    expect(lines).toHaveLength(rows.length - 2);
    expect(lines.some((l) => l.includes("Lê Thị Nhật Diệu"))).toBe(false);
    expect(lines.some((l) => /Bí thư Chi bộ KDC số 4$/.test(l))).toBe(true);
    expect(lines.some((l) => /Trưởng ban CTMT KDC số 17$/.test(l))).toBe(true);
    expect(lines.some((l) => /Tổ trưởng Tổ 12$/.test(l))).toBe(true);
    // A resident's line names the area as before.
    expect(lines.some((l) => /, Tổ \d+, KDC số \d+$/.test(l))).toBe(true);
  });
});

describe("sign-in sheet", () => {
  it("ends with a totals row and keeps every group heading with its first person", async () => {
    const doc = build("signin", await sampleSnapshot()).document;
    const table = doc.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const people = table.rows.filter((r) => !r.emphasis).length;
    expect(table.rows.at(-1)?.cells).toEqual(["", `Tổng cộng: ${people} đại biểu`]);
    table.rows.forEach((row, i) => {
      if (row.emphasis && i < table.rows.length - 1) {
        expect(rowKeepsWithNext(row, table.rows[i + 1])).toBe(true);
        expect(table.rows[i + 1]?.emphasis).toBeFalsy();
      }
    });
  });
});

describe("categories short of the plan", () => {
  it("say nothing for the full sample", async () => {
    expect(build("signin", await sampleSnapshot()).warnings ?? []).toEqual([]);
  });

  it("are warned about, with the areas lacking someone, and the document is still made", async () => {
    const snapshot = await without(
      (r) =>
        (r["Thành phần"] === "Tổ trưởng TDP" && ["Tổ 3", "Tổ 7", "Tổ 40"].includes(r.TDP ?? "")) ||
        (r["Thành phần"] === "Đại diện Nhân dân" && r.KDC === "KDC số 9"),
    );
    for (const kind of ["signin", "invitations"] as const) {
      const built = build(kind, snapshot);
      const said = (built.warnings ?? []).map((m) => formatMessage(m));
      expect(said).toEqual([
        "Văn bản vẫn được tạo, nhưng danh sách Đại biểu chưa đủ theo Thành phần:",
        "Tổ trưởng TDP: 54/57 — thiếu Tổ 3, 7, 40",
        "Đại diện Nhân dân: 32/34 — thiếu KDC số 9",
      ]);
    }
  });
});
