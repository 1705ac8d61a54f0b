/**
 * Every encoding the import reads, with files made by the test encoders: UTF-8 with and without
 * BOM, UTF-16 LE/BE, Windows-1258 (separate tone marks), and TCVN3 / VNI font text both as bytes
 * and inside Unicode text. Detection must pick the right one on its own; the user may force one.
 */
import { describe, expect, it } from "vitest";
import {
  type DecodeOptions,
  decodeBytes as decodeWith,
  detectFont,
  encodingLabel,
  isVietnameseSyllable,
} from "../../../shared/residents/index.ts";
import { decoder } from "./helpers/decoder.ts";
import { cp1258, latin1Bytes, tcvn3Text, utf8, utf16, vniText } from "./helpers/encoders.ts";

/** Decoding as the CLI does it, with Node's TextDecoder handed in. */
const decodeBytes = (bytes: Uint8Array, options: DecodeOptions = {}) => decodeWith(bytes, decoder, options);

const SAMPLE = [
  "Họ và tên,Ngày sinh,Địa chỉ",
  "Nguyễn Văn Ánh,05/06/1980,Kiệt 12 Hà Huy Tập",
  "Trương Thị Hường,1975,Tổ dân phố số 5",
  "Đỗ Quốc Việt,12/12/1990,Phường Hòa Khê",
  "Lê Thị Thủy,01/01/1960,Khu dân cư Hòa An",
].join("\r\n");

describe("byte encodings", () => {
  it("reads UTF-8 with and without BOM", () => {
    const plain = decodeBytes(utf8(SAMPLE));
    expect(plain.text).toBe(SAMPLE);
    expect(encodingLabel(plain)).toBe("utf-8");
    const withBom = decodeBytes(utf8(SAMPLE, true));
    expect(withBom.text).toBe(SAMPLE);
    expect(encodingLabel(withBom)).toBe("utf-8-bom");
  });

  it("composes decomposed UTF-8 (macOS) to NFC", () => {
    const decoded = decodeBytes(utf8(SAMPLE.normalize("NFD")));
    expect(decoded.text).toBe(SAMPLE);
  });

  it("reads UTF-16 LE and BE with BOM (Excel's Unicode text), and LE without BOM", () => {
    const tsv = SAMPLE.replaceAll(",", "\t");
    expect(decodeBytes(utf16(tsv, true)).text).toBe(tsv);
    expect(decodeBytes(utf16(tsv, true)).encoding).toBe("utf-16le");
    expect(decodeBytes(utf16(tsv, false)).text).toBe(tsv);
    expect(decodeBytes(utf16(tsv, false)).encoding).toBe("utf-16be");
    expect(decodeBytes(utf16(tsv, true, false)).encoding).toBe("utf-16le");
  });

  it("decodes Windows-1258, tone marks composed", () => {
    const decoded = decodeBytes(cp1258(SAMPLE));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text).toBe(SAMPLE);
  });

  it("recognises TCVN3 (ABC) bytes and converts them to Unicode", () => {
    const decoded = decodeBytes(latin1Bytes(tcvn3Text(SAMPLE)));
    expect(decoded.encoding).toBe("tcvn3");
    // .VnTime has no capitals with tones: "Ánh" was typed in the lower-case code.
    expect(decoded.text).toBe(SAMPLE.replace("Ánh", "ánh"));
  });

  it("recognises VNI bytes and converts them to Unicode", () => {
    const decoded = decodeBytes(latin1Bytes(vniText(SAMPLE)));
    expect(decoded.encoding).toBe("vni");
    expect(decoded.text).toBe(SAMPLE);
  });

  it("finds TCVN3 and VNI font text inside a UTF-8 file", () => {
    const tcvn = decodeBytes(utf8(tcvn3Text(SAMPLE)));
    expect(encodingLabel(tcvn)).toBe("utf-8+tcvn3");
    expect(tcvn.text).toContain("Trương Thị Hường");
    const vni = decodeBytes(utf8(vniText(SAMPLE), true));
    expect(encodingLabel(vni)).toBe("utf-8-bom+vni");
    expect(vni.text).toBe(SAMPLE);
  });

  it("leaves genuine Unicode and plain ASCII alone", () => {
    expect(detectFont(SAMPLE)).toBe("unicode");
    expect(detectFont("Nguyen Van A, 05/06/1980")).toBe("unicode");
    expect(decodeBytes(utf8("a,b\r\n1,2")).text).toBe("a,b\r\n1,2");
  });

  it("lets the user force an encoding or a font, even a wrong one", () => {
    const forced = decodeBytes(cp1258(SAMPLE), { encoding: "utf-8" });
    expect(forced.encoding).toBe("utf-8");
    expect(forced.text).toContain("\ufffd");
    const asIs = decodeBytes(utf8(vniText(SAMPLE)), { font: "unicode" });
    expect(asIs.text).toBe(vniText(SAMPLE));
    expect(decodeBytes(latin1Bytes(vniText(SAMPLE)), { encoding: "vni" }).text).toBe(SAMPLE);
  });

  it("is strict about UTF-8: overlong forms, surrogates and cut sequences are not UTF-8", () => {
    const strict = (bytes: number[]) => decoder.decode(new Uint8Array(bytes), "utf-8", true);
    expect(strict([0xc0, 0xaf])).toBeNull();
    expect(strict([0xed, 0xa0, 0x80])).toBeNull();
    expect(strict([0xe1, 0xbb])).toBeNull();
    expect(strict([0xf0, 0x9f, 0x98, 0x80])).toBe("😀");
    // So a file that is not UTF-8 is read as what it is, not as UTF-8 with holes.
    expect(decodeBytes(new Uint8Array([0x41, 0xc0, 0xaf, 0x0d, 0x0a])).encoding).toBe("windows-1258");
  });

  it("judges Vietnamese syllables", () => {
    for (const word of ["Nguyễn", "Hường", "khuyến", "nghiêng", "Gìn", "ĐỖ", "Thuỷ"])
      expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ["NguyÔn", "Vaên", "Nguyeãn", "B¶o", "Th¾ng"])
      expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
