import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TABLE_TABS } from "../../../shared/schema/tabs.ts";
import { FIELD_INDEX } from "../../../shared/templates/fields.ts";

const doc = readFileSync(new URL("../../../docs/templates.md", import.meta.url), "utf8");

describe("docs/templates.md", () => {
  it("lists every field and every tab loop of the field list", () => {
    for (const entry of FIELD_INDEX.values())
      if (entry.text) expect(doc, entry.name).toContain(`{${entry.name}}`);
    for (const tab of TABLE_TABS) {
      expect(doc).toContain(`{#${tab.name}}…{/${tab.name}}`);
      for (const column of tab.columns) expect(doc, column.header).toContain(column.header);
    }
  });
});
