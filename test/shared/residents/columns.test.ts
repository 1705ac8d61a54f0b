/**
 * Header synonyms (case, spacing, diacritics, "_" folded), the user's mapping, unknown columns
 * listed as written, and sensitive columns never imported whatever the mapping says.
 */
import { describe, expect, it } from "vitest";
import { mapColumns, previewDelimited, targetOfHeader } from "../../../shared/residents/index.ts";
import { TEST_AREAS, TODAY } from "./helpers/data.ts";
import { decoder } from "./helpers/decoder.ts";
import { utf8 } from "./helpers/encoders.ts";

describe("header synonyms", () => {
  const cases: [string, string][] = [
    ["Họ và tên", "fullName"],
    ["Họ tên", "fullName"],
    ["HỌ VÀ TÊN", "fullName"],
    ["Ho ten", "fullName"],
    ["ho_ten", "fullName"],
    ["  Họ   và tên (*) ", "fullName"],
    ["Ngày sinh", "birthDate"],
    ["Năm sinh", "birthDate"],
    ["Giới tính", "gender"],
    ["Số CCCD", "idNumber"],
    ["CCCD", "idNumber"],
    ["CMND", "idNumber"],
    ["Số định danh cá nhân", "idNumber"],
    ["Số CMND/CCCD", "idNumber"],
    ["Điện thoại", "phone"],
    ["SĐT", "phone"],
    ["Số điện thoại", "phone"],
    ["Địa chỉ", "address"],
    ["Nơi thường trú", "address"],
    ["Tổ dân phố", "tdp"],
    ["Tổ", "tdp"],
    ["TDP", "tdp"],
    ["Khu dân cư", "kdc"],
    ["KDC", "kdc"],
    ["Họ và tên đệm", "familyName"],
    ["Tên", "givenName"],
  ];
  for (const [header, target] of cases)
    it(`“${header}” feeds ${target}`, () => expect(targetOfHeader(header)).toBe(target));
});

describe("columns of a file", () => {
  const text = [
    "STT,HỌ VÀ TÊN,ngay_sinh,Dân tộc,Tôn giáo,Số CMND,Ghi chú riêng,Tổ",
    "1,nguyễn văn a,1980,Kinh,Phật giáo,079123456789,abc,5",
  ].join("\r\n");

  it("refuses sensitive columns with the reason and lists unknown ones as written", () => {
    const preview = previewDelimited(utf8(text), { decoder }, TEST_AREAS, TODAY);
    expect(preview.sensitiveColumns).toEqual(["Dân tộc", "Tôn giáo"]);
    expect(preview.ignoredColumns).toEqual(["STT", "Ghi chú riêng"]);
    const sensitive = preview.notices.filter((n) => n.key === "import.sensitiveColumn");
    expect(sensitive.map((n) => n.params?.column)).toEqual(["Dân tộc", "Tôn giáo"]);
    expect(JSON.stringify(preview.rows)).not.toMatch(/Kinh|Phật/);
    expect(preview.rows[0]).toMatchObject({
      fullName: "Nguyễn Văn A",
      idNumber: "079123456789",
      tdp: "Tổ 5",
    });
  });

  it("applies the user's mapping, but never to a sensitive column", () => {
    const preview = previewDelimited(
      utf8(text),
      { decoder, mapping: { 6: "address", 3: "address", 5: "ignore" } },
      TEST_AREAS,
      TODAY,
    );
    expect(preview.rows[0]?.address).toBe("abc");
    expect(preview.rows[0]?.idNumber).toBe("");
    expect(preview.columns.find((c) => c.index === 3)).toMatchObject({ sensitive: true, target: "ignore" });
  });

  it("joins a split name (Họ và tên đệm + Tên), and takes the first filled of Ngày sinh / Năm sinh", () => {
    const columns = mapColumns(["Họ và tên đệm", "Tên", "Ngày sinh", "Năm sinh"]);
    expect(columns.map((c) => c.target)).toEqual(["familyName", "givenName", "birthDate", "birthDate"]);
    const split =
      "Họ và tên đệm,Tên,Ngày sinh,Năm sinh\r\nTrần Thị,Hoa,,1975\r\nLê Văn,Tâm,02/03/1960,1960\r\n";
    const preview = previewDelimited(utf8(split), { decoder }, TEST_AREAS, TODAY);
    expect(preview.rows.map((r) => [r.fullName, r.birthDate])).toEqual([
      ["Trần Thị Hoa", "1975"],
      ["Lê Văn Tâm", "02/03/1960"],
    ]);
  });
});
