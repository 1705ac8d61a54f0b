import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { checkTemplate, type FillResult, fillTemplate } from "../../../shared/templates/index.ts";
import { readXlsx } from "../../../shared/workbook/xlsx-adapter.ts";
import { addConferenceSheet, addTable, wardWorkbook } from "../../extension/fixtures.ts";
import { docxParagraphs, row, runs, table, templateDocx } from "./docx-fixtures.ts";

const TODAY = { year: 2031, month: 3, day: 5 };

async function snapshotOf(bytes: Buffer) {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return readXlsx(copy, ExcelJS);
}

function problems(result: FillResult): string[] {
  if (result.ok) return [];
  return result.problems.map((p) => [p.message, p.place].map((m) => (m ? formatMessage(m) : "")).join(" | "));
}

async function filled(result: FillResult): Promise<string[]> {
  if (!result.ok) throw new Error(problems(result).join("\n"));
  return docxParagraphs(result.bytes);
}

describe("fillTemplate", () => {
  it("fills facts, computed fields and a table row per opinion, tags split across runs included", async () => {
    const template = await templateDocx([
      runs("Tại {Địa", " điểm}, {", "Thứ} ngày {ngay hoi nghi}."),
      runs("Chủ trì: {Chủ trì}."),
      runs("{#Chủ trì}{Giá trị} ({Chi tiết}); {/Chủ trì}"),
      table(row(["{#Ý kiến}{TT}"], ["{Nội dung}"], ["{Hình thức}{/Ý kiến}"])),
      runs(
        "{#Hạn báo cáo}Hạn: {Hạn báo cáo}{/Hạn báo cáo}{^Lời kết kế hoạch}(chưa có lời kết){/Lời kết kế hoạch}",
      ),
      runs("Số ý kiến: {Số ý kiến}; điền {Hôm nay}."),
    ]);
    const text = await filled(
      fillTemplate(template, await snapshotOf(await wardWorkbook()), { today: TODAY }),
    );
    expect(text).toEqual([
      "Tại Hội trường UBND phường Sen Hồng, thứ Tư ngày 12/3/2031.",
      "Chủ trì: Chủ tịch UBND phường và Phó Chủ tịch UBND phường.",
      "Trần Thị Ngọc Ánh (Chủ tịch UBND phường); Lê Đức Hưng (Phó Chủ tịch UBND phường); ",
      "1",
      "Đề nghị sửa đèn đường kiệt 4",
      "Phiếu",
      "2",
      "Đề nghị nạo vét mương thoát nước",
      "Trực tiếp",
      "Hạn: 20/3/2031(chưa có lời kết)",
      "Số ý kiến: 2; điền ngày 05 tháng 3 năm 2031.",
    ]);
  });

  it("never fills a whole ID number", async () => {
    const workbook = new ExcelJS.Workbook();
    addConferenceSheet(workbook);
    addTable(workbook, "Dân cư", ["Họ và tên", "Số CCCD"], [["Võ Văn Khải", "048090001234"]]);
    const snapshot = await snapshotOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    const template = await templateDocx([runs("{#Dân cư}{Họ và tên}: {Số định danh} / {CCCD}{/Dân cư}")]);
    const [line] = await filled(fillTemplate(template, snapshot, { today: TODAY }));
    expect(line).toBe("Võ Văn Khải: *********234 / *********234");
  });

  it("names an unknown field and where it is, and makes no file", async () => {
    const template = await templateDocx(
      [runs("Kính gửi {Nơi ", "nhận lạ} và các đơn vị"), table(row(["Ô có {Không có}"]))],
      [runs("Đầu trang {Sai tên}")],
    );
    const result = fillTemplate(template, await snapshotOf(await wardWorkbook()), { today: TODAY });
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Không có trường “Nơi nhận lạ”.* \| ở đoạn: “Kính gửi \{Nơi nhận lạ\} và các đơn vị”$/,
        ),
        expect.stringMatching(/^Không có trường “Không có”.* \| ở ô bảng: “Ô có \{Không có\}”$/),
        expect.stringMatching(/^Không có trường “Sai tên”.* \| ở đầu trang: “Đầu trang \{Sai tên\}”$/),
      ]),
    );
    expect(problems(result)).toHaveLength(3);
  });

  it("reports malformed tags with the paragraph around them", async () => {
    const template = await templateDocx([
      runs("Ngày {Ngày hội nghị"),
      runs("{#Ý kiến}{Nội dung}{/Dân cư}"),
      runs("Địa điểm}"),
    ]);
    const result = fillTemplate(template, await snapshotOf(await wardWorkbook()), { today: TODAY });
    expect(problems(result)).toEqual([
      "Thẻ “{Ngày hội nghị” thiếu dấu đóng ngoặc }. | ở đoạn: “Ngày {Ngày hội nghị”",
      "Thẻ “Địa điểm}” thiếu dấu mở ngoặc {. | ở đoạn: “Địa điểm}”",
      "Vòng lặp mở bằng {#Ý kiến} nhưng đóng bằng {/Dân cư}: thẻ đóng phải cùng tên với thẻ mở. | ở đoạn: “{#Ý kiến}{Nội dung}{/Dân cư}”",
    ]);
  });

  it("says which tab is missing when a template loops over it, and fills templates that do not", async () => {
    const workbook = new ExcelJS.Workbook();
    addConferenceSheet(workbook);
    const snapshot = await snapshotOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    const looping = await templateDocx([table(row(["{#Ý kiến}{Mã ý kiến}"], ["{Nội dung}{/Ý kiến}"]))]);
    expect(problems(fillTemplate(looping, snapshot, { today: TODAY }))).toEqual([
      "Mẫu lặp theo trang tính “Ý kiến” nhưng bảng tính không có trang này. | ở ô bảng: “{#Ý kiến}{Mã ý kiến}”",
    ]);
    const plain = await templateDocx([runs("Số ý kiến: {Số ý kiến}")]);
    expect(await filled(fillTemplate(plain, snapshot, { today: TODAY }))).toEqual(["Số ý kiến: 0"]);
  });

  it("says a column used outside its loop is a column", async () => {
    const template = await templateDocx([runs("Nội dung: {Nội dung}")]);
    expect(
      problems(fillTemplate(template, await snapshotOf(await wardWorkbook()), { today: TODAY })),
    ).toEqual([
      expect.stringMatching(
        /^“Nội dung” là tên cột: .*\{#Ý kiến\}\{Nội dung\}\{\/Ý kiến\}\. \| ở đoạn: “Nội dung: \{Nội dung\}”$/,
      ),
    ]);
  });

  it("refuses a file that is not a .docx, and a workbook without `Hội nghị`", async () => {
    const snapshot = await snapshotOf(await wardWorkbook());
    expect(problems(fillTemplate(new TextEncoder().encode("hello"), snapshot, { today: TODAY }))[0]).toMatch(
      /^Tệp mẫu không phải tệp Word \.docx/,
    );
    const template = await templateDocx([runs("{Địa điểm}")]);
    expect(problems(fillTemplate(template, { tabs: new Map() }, { today: TODAY }))[0]).toMatch(
      /không có trang tính “Hội nghị”/,
    );
  });
});

describe("checkTemplate", () => {
  it("checks names against the field list without a workbook", async () => {
    expect(checkTemplate(await templateDocx([runs("{Địa điểm} {#Đại biểu}{Họ và tên}{/Đại biểu}")]))).toEqual(
      [],
    );
    const found = checkTemplate(await templateDocx([runs("{Địa chỉ lạ}")]));
    expect(found.map((p) => p.message.params?.field)).toEqual(["Địa chỉ lạ"]);
  });
});
