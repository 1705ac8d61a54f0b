/**
 * The platform's TextDecoder reads UTF-8 a megabyte at a time, chunks cut at row ends: on any file
 * the rows must be those of the same text decoded whole (here: the same file as UTF-16, which is
 * decoded in one piece), NFC composed, line breaks inside quotes kept out of values, and bytes that
 * are not UTF-8 read as the single-byte encoding they are.
 */
import { describe, expect, it } from "vitest";
import { previewDelimited } from "../../../shared/residents/read-file.ts";
import { makePeople, residentsCsv, TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { cp1258, utf8, utf16 } from "./helpers/encoders.ts";

const preview = (bytes: Uint8Array) => previewDelimited(bytes, { decoder }, TEST_AREAS, TODAY);

describe("platform decoder", () => {
  it("gives, chunk by chunk, the rows, errors and header of the text decoded whole", () => {
    // Over a megabyte, so the UTF-8 file is read in several chunks cut at row ends.
    const text = residentsCsv(makePeople(9000), { titleRows: ["DANH SÁCH"] });
    const chunked = preview(utf8(text, true));
    const whole = preview(utf16(text, true));
    expect(utf8(text).length).toBeGreaterThan(1 << 20);
    expect(chunked.dataRows).toBe(9000);
    expect(chunked.rows).toEqual(whole.rows);
    expect(chunked.errors).toEqual(whole.errors);
    expect(chunked.headerRow).toBe(whole.headerRow);
    expect(chunked.source).toMatchObject({ encoding: "utf-8-bom", delimiter: "," });
  });

  it("composes decomposed text and keeps line breaks inside quotes out of values", () => {
    const text = 'Họ và tên,Địa chỉ,Tổ dân phố\r\n"Nguyễn Văn An","12 Lê Lợi\r\nkiệt 3",Tổ 1\r\n'.normalize(
      "NFD",
    );
    const result = preview(utf8(text));
    expect(result.rows[0]?.fullName).toBe("Nguyễn Văn An".normalize("NFC"));
    expect(result.rows[0]?.address).toBe("12 Lê Lợi kiệt 3");
  });

  it("steps aside for bytes that are not UTF-8", () => {
    const text = "Họ và tên;Tổ dân phố\r\nTrần Thị Bình;Tổ 2\r\n";
    const result = preview(cp1258(text));
    expect(result.source.byteEncoding).toBe("windows-1258");
    expect(result.rows[0]?.fullName).toBe("Trần Thị Bình");
  });
});
