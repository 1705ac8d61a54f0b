import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey, t } from "../../shared/i18n/index.ts";
import { ROOT } from "./dist.ts";

const html = readFileSync(join(ROOT, "extension", "app", "app.html"), "utf8");

describe("extension/app/app.html", () => {
  it("holds, before its script runs, the catalogue's Vietnamese for every data-i18n element", () => {
    const marked = [...html.matchAll(/data-i18n="([^"]+)"[^>]*>([^<]*)</g)];
    expect(marked.length).toBeGreaterThanOrEqual(5);
    for (const [, key = "", text = ""] of marked) {
      expect(isMessageKey(key), key).toBe(true);
      if (isMessageKey(key)) expect(text, key).toBe(t(key, {}, "vi"));
    }
  });

  it("has no inline script, inline style or inline handler (the CSP would block them)", () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
});
