import { describe, expect, it } from "vitest";
import { catalogue, formatMessage, t } from "../../shared/i18n/index.ts";

describe("message catalogue", () => {
  const entries = Object.entries(catalogue);

  it("has every message in both languages, Vietnamese in NFC", () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const [key, text] of entries) {
      expect(text.vi.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect(text.vi, key).toBe(text.vi.normalize("NFC"));
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of entries) expect(names(text.en), key).toEqual(names(text.vi));
  });

  it("fills parameters and leaves unknown ones visible", () => {
    expect(t("workbook.missingTab", { tab: "Ý kiến" })).toContain("“Ý kiến”");
    expect(t("workbook.missingTab", { tab: "Ý kiến" }, "en")).toContain("Sheet “Ý kiến”");
    expect(formatMessage({ key: "workbook.missingTab" })).toContain("{tab}");
  });
});
