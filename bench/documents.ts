/**
 * Documents benchmark: the minutes of a conference with 300 opinions and 200 attendees, built and
 * rendered to .docx, beside the floor of zipping the very same XML parts with jszip (what any
 * .docx writer must at least pay). Also the Google Docs renderer's calls on the emulation.
 */
import JSZip from "jszip";
import { renderGoogleDoc } from "../addon/server/documents/gdocs-render.ts";
import { createDocumentServices } from "../local/emulator/document/index.ts";
import { buildDocument } from "../shared/documents/index.ts";
import { renderDocx } from "../shared/render/docx/index.ts";
import { renderHtml } from "../shared/render/html/index.ts";
import type { Grid } from "../shared/workbook/cells.ts";
import type { WorkbookSnapshot } from "../shared/workbook/snapshot.ts";

const OPINIONS = 300;
const ATTENDEES = 200;
const KDC = 10;

function snapshot(): WorkbookSnapshot {
  const facts: Grid = [
    ["Mục", "Giá trị", "Chi tiết"],
    ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN PHƯỜNG MẪU", ""],
    ["Tên cơ quan trong văn bản", "UBND phường Mẫu", ""],
    ["Ký hiệu cơ quan", "UBND", ""],
    ["Cấp", "phường", ""],
    ["Địa danh", "Mẫu", ""],
    ["Trích yếu", "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân", ""],
    ["Chủ trì", "Nguyễn Văn Chủ Trì", "Chủ tịch UBND phường"],
    ["Thư ký", "Trần Thị Thư Ký", "Văn phòng UBND phường"],
    ["Ngày hội nghị", "10/09/2026", ""],
    ["Giờ bắt đầu", "08:00", ""],
    ["Giờ kết thúc", "11:30", ""],
    ["Địa điểm", "Hội trường UBND phường", ""],
    ...Array.from({ length: 8 }, (_, i) => ["Chương trình", `Mục chương trình thứ ${i + 1}.`, ""]),
  ];
  const catalogue: Grid = [["Khu dân cư", "Tổ dân phố", "Lĩnh vực", "Cấp thẩm quyền"]];
  for (let i = 0; i < KDC * 3; i++)
    catalogue.push([
      `KDC ${(i % KDC) + 1}`,
      `Tổ ${i + 1}`,
      i < 6 ? `Lĩnh vực ${i + 1}` : "",
      i < 2 ? (["Phường", "Thành phố"][i] ?? "") : "",
    ]);
  const categories: Grid = [
    ["Thành phần", "Cách ghi trong kế hoạch", "Cách tính", "Vai trò", "Số người mỗi KDC"],
    ["Lãnh đạo", "", "Theo danh sách", "", ""],
    ["Tổ trưởng", "Tổ trưởng {số TDP} tổ dân phố", "Mỗi TDP", "", ""],
    ["Nhân dân", "Nhân dân (mỗi KDC {số người} người)", "Dân cư mỗi KDC", "", "14"],
  ];
  const roster: Grid = [["Họ và tên", "Chức vụ", "Thành phần", "KDC", "TDP", "Có mặt"]];
  for (let i = 0; i < ATTENDEES; i++) {
    const category = i < 30 ? "Lãnh đạo" : i < 60 ? "Tổ trưởng" : "Nhân dân";
    roster.push([
      `Đại biểu ${i + 1}`,
      i < 30 ? "Cán bộ" : "",
      category,
      `KDC ${(i % KDC) + 1}`,
      `Tổ ${(i % 30) + 1}`,
      i % 7 ? "TRUE" : "",
    ]);
  }
  const opinions: Grid = [
    [
      "Hình thức",
      "Người nêu",
      "TDP",
      "Nội dung",
      "Lĩnh vực",
      "Thẩm quyền",
      "Người trả lời",
      "Nội dung trả lời",
      "Trạng thái",
    ],
  ];
  for (let i = 0; i < OPINIONS; i++)
    opinions.push([
      i % 3 ? "Phiếu" : "Trực tiếp",
      i % 9 ? `Người dân ${i + 1}` : "",
      `Tổ ${(i % 30) + 1}`,
      `Kiến nghị thứ ${i + 1}: ${"đề nghị phường xem xét giải quyết dứt điểm tình trạng ngập úng, ".repeat(3)}`,
      `Lĩnh vực ${(i % 6) + 1}`,
      i % 10 ? "Phường" : "Thành phố",
      "Chủ tịch UBND phường",
      `Trả lời ${i + 1}: ${"UBND phường tiếp thu, giao bộ phận chuyên môn kiểm tra và trả lời bằng văn bản, ".repeat(3)}`,
      i % 4 ? "Đã trả lời tại hội nghị" : "Đang giải quyết",
    ]);
  return {
    tabs: new Map<string, Grid>([
      ["Hội nghị", facts],
      ["Thành phần", categories],
      ["Đại biểu", roster],
      ["Ý kiến", opinions],
      ["Danh mục", catalogue],
    ]),
  };
}

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export async function benchDocuments(): Promise<void> {
  const snap = snapshot();
  const built = buildDocument("minutes", snap);
  if (!built.ok) throw new Error(`bench minutes not built: ${JSON.stringify(built.messages)}`);
  const doc = built.document;
  await renderDocx(doc); // warm-up
  const runs = 7;
  const buildMs = await median(runs, () => buildDocument("minutes", snap));
  const docxMs = await median(runs, () => renderDocx(doc));
  const bytes = await renderDocx(doc);

  // The floor: the same parts (document.xml, styles...) zipped again by jszip.
  const parts = await JSZip.loadAsync(bytes);
  const files = await Promise.all(
    Object.keys(parts.files).map(
      async (name) => [name, (await parts.file(name)?.async("uint8array")) ?? new Uint8Array()] as const,
    ),
  );
  const zipMs = await median(runs, () => {
    const zip = new JSZip();
    for (const [name, content] of files) zip.file(name, content);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  });
  const htmlMs = await median(runs, () => renderHtml(doc));
  const services = createDocumentServices();
  const gdocsMs = await median(1, () => renderGoogleDoc(services.DocumentApp, doc, "bench"));
  const xmlBytes = files.reduce((sum, [, content]) => sum + content.length, 0);

  console.log(
    `\n## Documents: minutes with ${OPINIONS} opinions and ${ATTENDEES} attendees (median of ${runs})`,
  );
  console.log("step\tms");
  console.log(`build model\t${buildMs.toFixed(1)}`);
  console.log(`render .docx (docx package)\t${docxMs.toFixed(1)}`);
  console.log(
    `floor: jszip the same XML (${(xmlBytes / 1024).toFixed(0)} KiB -> ${(bytes.length / 1024).toFixed(0)} KiB)\t${zipMs.toFixed(1)}`,
  );
  console.log(`render print HTML\t${htmlMs.toFixed(1)}`);
  console.log(
    `Google Docs on the emulation (${services.counter.total} DocumentApp calls)\t${gdocsMs.toFixed(1)}`,
  );
}

// `npx tsx bench/documents.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchDocuments();
