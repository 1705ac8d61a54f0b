/**
 * The platform's native UTF-8 decoder (browser, Node) is an optimisation only: on any file the
 * pipeline must give exactly what the core's portable decoder (the one Apps Script uses) gives.
 */
import { describe, expect, it } from "vitest";
import { utf8DecoderFrom } from "../../../shared/residents/decode/platform.ts";
import { previewDelimited } from "../../../shared/residents/read-file.ts";
import { makePeople, residentsCsv, TEST_AREAS, TODAY } from "./helpers/data.ts";
import { cp1258, utf8 } from "./helpers/encoders.ts";

const native = utf8DecoderFrom(TextDecoder);

function both(bytes: Uint8Array) {
  const portable = previewDelimited(bytes, {}, TEST_AREAS, TODAY);
  const fast = previewDelimited(bytes, { utf8Decoder: native }, TEST_AREAS, TODAY);
  return { portable, fast };
}

describe("native UTF-8 decoder", () => {
  it("gives the same rows, errors and source as the portable decoder on a multi-chunk file", () => {
    // Over a megabyte, so the file is read in several chunks cut at row ends.
    const { portable, fast } = both(utf8(residentsCsv(makePeople(9000), { titleRows: ["DANH SÁCH"] }), true));
    expect(fast.dataRows).toBe(9000);
    expect(fast.rows).toEqual(portable.rows);
    expect(fast.errors).toEqual(portable.errors);
    expect(fast.source).toEqual(portable.source);
    expect(fast.headerRow).toBe(portable.headerRow);
  });

  it("composes decomposed text and keeps line breaks inside quotes out of values", () => {
    const text = 'Họ và tên,Địa chỉ,Tổ dân phố\r\n"Nguyễn Văn An","12 Lê Lợi\r\nkiệt 3",Tổ 1\r\n'.normalize(
      "NFD",
    );
    const { portable, fast } = both(utf8(text));
    expect(fast.rows).toEqual(portable.rows);
    expect(fast.rows[0]?.fullName).toBe("Nguyễn Văn An".normalize("NFC"));
    expect(fast.rows[0]?.address).toBe("12 Lê Lợi kiệt 3");
  });

  it("steps aside for bytes that are not UTF-8", () => {
    const text = "Họ và tên;Tổ dân phố\r\nTrần Thị Bình;Tổ 2\r\n";
    const { portable, fast } = both(cp1258(text));
    expect(fast.source.byteEncoding).toBe("windows-1258");
    expect(fast.rows).toEqual(portable.rows);
    expect(fast.rows[0]?.fullName).toBe("Trần Thị Bình");
  });
});
