import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderWorkbookDoc } from "../../local/docs/workbook-doc.ts";
import { TABS } from "../../shared/schema/tabs.ts";

describe("docs/workbook.md", () => {
  it("is what the schema says (run `npm run docs` after changing the schema)", () => {
    const committed = readFileSync(new URL("../../docs/workbook.md", import.meta.url), "utf8");
    expect(committed).toBe(renderWorkbookDoc());
  });

  it("documents every tab and column", () => {
    const doc = renderWorkbookDoc();
    for (const tab of TABS) {
      expect(doc).toContain(`## ${tab.name}`);
      for (const column of tab.columns) expect(doc).toContain(`| ${column.header}`);
    }
  });
});
