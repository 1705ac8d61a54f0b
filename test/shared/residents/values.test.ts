/**
 * Normalising values: names, ID numbers, phones, birth dates, gender, TDP/KDC against the ward's
 * Danh mục; errors and warnings naming the row as the user sees it and the column as written.
 */
import { describe, expect, it } from "vitest";
import {
  capitaliseWords,
  newVerdict,
  normaliseBirthDate,
  normaliseIdNumber,
  normalisePhone,
  previewDelimited,
} from "../../../shared/residents/index.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

describe("names", () => {
  it("capitalises each word the Vietnamese way, collapses spaces, composes NFC", () => {
    expect(capitaliseWords("NGUYỄN văn a")).toBe("Nguyễn Văn A");
    expect(capitaliseWords("đỗ thị ánh")).toBe("Đỗ Thị Ánh");
    const text = "Họ và tên\r\n  TRẦN   thị\u00a0bi\u0301ch  \r\n";
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.rows[0]?.fullName).toBe("Trần Thị Bích");
  });
});

describe("ID numbers", () => {
  const id = (cell: string | number) => {
    const verdict = newVerdict();
    return {
      value: normaliseIdNumber(cell, verdict),
      error: verdict.error?.key,
      warning: verdict.warning?.key,
    };
  };
  it("keeps 12 and 9 digits as text, leading zeros included", () => {
    expect(id("079123456789")).toEqual({ value: "079123456789", error: undefined, warning: undefined });
    expect(id("012345678")).toEqual({ value: "012345678", error: undefined, warning: undefined });
    expect(id("079 123 456 789").value).toBe("079123456789");
    expect(id("'079123456789").value).toBe("079123456789");
  });
  it("restores a zero a number column dropped, with a warning", () => {
    expect(id(79123456789)).toEqual({
      value: "079123456789",
      error: undefined,
      warning: "import.idZeroRestored",
    });
    expect(id(12345678)).toMatchObject({ value: "012345678", warning: "import.idZeroRestored" });
    expect(id("79123456789")).toMatchObject({ value: "079123456789", warning: "import.idZeroRestored" });
  });
  it("does not 'repair' text that already starts with 0, nor 8 digits of text", () => {
    expect(id("04819000")).toMatchObject({ value: "04819000", error: "import.badId", warning: undefined });
    expect(id("01234567890")).toMatchObject({ error: "import.badId", warning: undefined });
    expect(id("12345678")).toMatchObject({ error: "import.badId", warning: undefined });
  });
  it("refuses malformed and scientific-notation IDs", () => {
    expect(id("12345").error).toBe("import.badId");
    expect(id("07912345678A").error).toBe("import.badId");
    expect(id("7.91235E+10").error).toBe("import.idScientific");
  });
});

describe("phones", () => {
  const phone = (cell: string | number) => {
    const verdict = newVerdict();
    return { value: normalisePhone(cell, verdict), warning: verdict.warning?.key };
  };
  it("gives 0xxxxxxxxx from +84, 84, spaces, dots, dashes and a dropped zero", () => {
    for (const input of [
      "+84 905 123 456",
      "84905123456",
      "0905.123.456",
      "0905-123-456",
      "(0905) 123456",
      905123456,
    ])
      expect(phone(input)).toEqual({ value: "0905123456", warning: undefined });
    expect(phone("0236 3821 234").value).toBe("02363821234");
  });
  it("warns about a malformed phone but keeps it as written", () => {
    expect(phone("12345")).toEqual({ value: "12345", warning: "import.badPhone" });
  });
});

describe("birth dates", () => {
  const birth = (cell: string | number, order: "dmy" | "mdy" = "dmy") => {
    const verdict = newVerdict();
    const value = normaliseBirthDate(cell, TODAY, order, verdict);
    return { value, error: verdict.error?.key, warning: verdict.warning?.key };
  };
  it("reads dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, a bare year and an Excel serial", () => {
    expect(birth("05/06/1980").value).toBe("05/06/1980");
    expect(birth("5/6/1980").value).toBe("05/06/1980");
    expect(birth("5-6-1980").value).toBe("05/06/1980");
    expect(birth("1980-06-05").value).toBe("05/06/1980");
    expect(birth("1980").value).toBe("1980");
    expect(birth(1980).value).toBe("1980");
    expect(birth(29377).value).toBe("05/06/1980");
    expect(birth("29377").value).toBe("05/06/1980");
    expect(birth("00/00/1950")).toEqual({ value: "1950", error: undefined, warning: "import.partialDate" });
    expect(birth("6/5/1980", "mdy").value).toBe("05/06/1980");
  });
  it("refuses impossible and future dates", () => {
    expect(birth("31/02/1990").error).toBe("import.impossibleDate");
    expect(birth("29/02/2023").error).toBe("import.impossibleDate");
    expect(birth("01/01/2099").error).toBe("import.futureDate");
    expect(birth("1850").error).toBe("import.impossibleDate");
    expect(birth("hôm qua").error).toBe("import.badDate");
  });
  it("recognises a month-first file as a whole", () => {
    const text = "Họ và tên,Ngày sinh\r\nA,6/5/1980\r\nB,12/25/1970\r\n";
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.dateOrder).toBe("mdy");
    expect(preview.rows.map((r) => r.birthDate)).toEqual(["05/06/1980", "25/12/1970"]);
    expect(preview.notices.map((n) => n.key)).toContain("import.monthFirstDates");
  });
});

describe("areas, gender and issues", () => {
  const header = "Họ và tên,Giới tính,Số CCCD,SĐT,Tổ dân phố,Khu dân cư";
  it("matches TDP/KDC spellings to the Danh mục and derives the KDC from the TDP", () => {
    const text = [
      header,
      "A,nam,,,TDP 05,",
      "B,Nữ,,,Tổ05,KDC phu loc",
      "C,F,,,5,Phú Lộc",
      "D,,,,tổ dân phố số 12,",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.gender, r.tdp, r.kdc])).toEqual([
      ["Nam", "Tổ 5", "KDC Phú Lộc"],
      ["Nữ", "Tổ 5", "KDC Phú Lộc"],
      ["Nữ", "Tổ 5", "KDC Phú Lộc"],
      ["", "Tổ 12", "KDC số 3"],
    ]);
    expect(preview.derivedKdc).toBe(2);
  });

  it("rejects rows with errors (named by row and column) and imports rows with warnings", () => {
    const text = [
      "DANH SÁCH",
      header,
      ",Nam,079123456789,,Tổ 5,",
      "B,Nam,123,,Tổ 5,",
      "C,Nam,,,Tổ 99,",
      "D,Nam,,,Tổ 1,KDC Phú Lộc",
      "E,X,,12345,Tổ 1,",
    ].join("\r\n");
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.errors.map((e) => [e.row, e.column, e.message.key])).toEqual([
      [3, "Họ và tên", "import.missingName"],
      [4, "Số CCCD", "import.badId"],
      [5, "Tổ dân phố", "import.unknownTdp"],
      [6, "Khu dân cư", "import.areaMismatch"],
    ]);
    expect(preview.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(preview.rows.map((r) => r.row)).toEqual([7]);
    expect(preview.warnings.map((w) => [w.row, w.column, w.message.key])).toEqual([
      [7, "Giới tính", "import.badGender"],
      [7, "SĐT", "import.badPhone"],
    ]);
  });

  it("keeps TDP/KDC as written when the Danh mục lists none, and says so", () => {
    const preview = previewDelimited(
      utf8(`${header}\r\nA,Nam,,,Tổ 77,\r\n`),
      { decoder },
      { kdcs: [], tdps: [] },
      TODAY,
    );
    expect(preview.rows[0]?.tdp).toBe("Tổ 77");
    expect(preview.notices.map((n) => n.key)).toContain("import.noAreas");
  });
});
