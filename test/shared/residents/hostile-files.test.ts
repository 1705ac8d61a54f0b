/**
 * Files as a careless office or an attacker hands them in: mixed line endings, empty and non-text
 * files, "DT"/"TG" headers, formula-like names, very long values and very many columns.
 */
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../shared/i18n/index.ts";
import { oversizedFile, residentRoom } from "../../../shared/residents/capacity.ts";
import { countRows } from "../../../shared/residents/csv/lines.ts";
import { previewDelimited } from "../../../shared/residents/index.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

const read = (text: string | Uint8Array) =>
  previewDelimited(typeof text === "string" ? utf8(text) : text, { decoder }, TEST_AREAS, TODAY);

const PEOPLE = ["An Văn A,1980", "Bùi Thị B,1981", "Cao Văn C,1982", "Đỗ Thị D,1983"];

describe("line endings", () => {
  it("reads a CRLF header over LF rows, and any mix of LF, CRLF and CR, as rows", () => {
    const crlfHead = `Họ và tên,Năm sinh\r\n${PEOPLE.join("\n")}\n`;
    expect(read(crlfHead).rows.map((r) => r.fullName)).toEqual([
      "An Văn A",
      "Bùi Thị B",
      "Cao Văn C",
      "Đỗ Thị D",
    ]);
    const mixed = `Họ và tên,Năm sinh\n${PEOPLE[0]}\r\n${PEOPLE[1]}\r${PEOPLE[2]}\n${PEOPLE[3]}`;
    const preview = read(mixed);
    expect(preview.dataRows).toBe(4);
    expect(preview.rows).toHaveLength(4);
    expect(preview.fatal).toEqual([]);
  });

  it("counts rows as a spreadsheet does: quoted line breaks stay inside their row", () => {
    expect(countRows('a,"b\nc",d\ne,f,g\n', ",")).toBe(2);
    expect(countRows('a,"say ""hi""\n",x', ",")).toBe(1);
    expect(countRows("a\n\nb", ",")).toBe(3);
  });
});

describe("files that are not a register", () => {
  it("gives an empty file and a blank one their own message", () => {
    expect(read("").fatal.map((m) => m.key)).toEqual(["import.emptyFile"]);
    expect(read("\ufeff\r\n,,\r\n").fatal.map((m) => m.key)).toEqual(["import.emptyFile"]);
  });

  it("tells a PDF renamed .csv, or random bytes, from a file without a header", () => {
    const pdf = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n");
    expect(read(pdf).fatal.map((m) => m.key)).toEqual(["import.notText"]);
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(read(noise).fatal.map((m) => m.key)).toEqual(["import.notText"]);
    expect(read("just,some,words\n1,2,3\n").fatal.map((m) => m.key)).toEqual(["import.noHeader"]);
  });
});

describe("headers", () => {
  it("takes DT and TG for Dân tộc and Tôn giáo, never for the phone (ĐT)", () => {
    const preview = read("DT,Họ và tên,ĐT,TG,D.Tộc\nKinh,An Văn A,0905123456,Không,Kinh\n");
    expect(preview.sensitiveColumns).toEqual(["DT", "TG", "D.Tộc"]);
    expect(preview.rows[0]?.phone).toBe("0905123456");
    expect(JSON.stringify(preview.rows)).not.toContain("Kinh");
  });

  it("lists 10,000 unknown columns in a bounded message", () => {
    const header = ["Họ và tên", ...Array.from({ length: 10000 }, (_, i) => `Cột ${i}`)].join(",");
    const preview = read(`${header}\nAn Văn A\n`);
    const notice = preview.notices.find((n) => n.key === "import.unknownColumns");
    expect(formatMessage(notice ?? { key: "import.emptyFile" }).length).toBeLessThan(600);
  });
});

describe("values", () => {
  it("keeps formula and markup names exactly as typed, with a warning", () => {
    const preview = read('Họ và tên\n"=HYPERLINK(""http://x"",""y"")"\n<img src=x onerror=alert(1)>\n');
    expect(preview.rows.map((r) => r.fullName)).toEqual([
      '=HYPERLINK("http://x","y")',
      "<img src=x onerror=alert(1)>",
    ]);
    expect(preview.warnings.map((w) => w.message.key)).toEqual(["import.nameCode", "import.nameCode"]);
  });

  it("refuses a 200,000-character name by its row, and quotes a 5 MB value briefly", () => {
    const long = "a".repeat(200_000);
    const huge = "9".repeat(5_000_000);
    const preview = read(`Họ và tên,CCCD\n${long},001080000001\nAn Văn A,${huge}\n`);
    expect(preview.errors.map((e) => [e.row, e.message.key])).toEqual([
      [2, "import.nameTooLong"],
      [3, "import.badId"],
    ]);
    for (const error of preview.errors) expect(formatMessage(error.message).length).toBeLessThan(300);
  });
});

describe("capacity", () => {
  it("refuses, from its line count alone, a file larger than the sheet can hold", () => {
    const room = residentRoom(10_000_000 - 30 * 25, 25);
    expect(room).toBe(30);
    const lines = `Họ và tên\n${"x\n".repeat(100)}`;
    expect(oversizedFile(utf8(lines), room)?.key).toBe("import.tooManyRows");
    expect(oversizedFile(utf8("Họ và tên\nx\n"), room)).toBeNull();
  });
});
