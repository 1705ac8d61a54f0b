import { describe, expect, it } from "vitest";
import { collapseSpaces, foldKey, nfc, sameFolded, stripDiacritics } from "../../shared/text/fold.ts";

describe("folding", () => {
  it("folds header spellings staff actually type to one key", () => {
    const spellings = ["Họ và tên", "HỌ VÀ TÊN", "  ho   va ten ", "ho_va_ten", "Ho-va-ten"];
    for (const s of spellings) expect(foldKey(s)).toBe("ho va ten");
  });

  it("folds đ/Đ and decomposed input", () => {
    expect(stripDiacritics("Đường Đống Đa")).toBe("Duong Dong Da");
    const decomposed = "Ý kiến".normalize("NFD");
    expect(sameFolded(decomposed, "Y KIEN")).toBe(true);
    expect(nfc(decomposed)).toBe("Ý kiến".normalize("NFC"));
  });

  it("collapses every kind of white space", () => {
    expect(collapseSpaces("\u00a0Tổ \t 5\n")).toBe("Tổ 5");
  });
});
