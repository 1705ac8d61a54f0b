/**
 * `sidebarChunk` on the built add-on (dist/addon) in the emulation: it hands over exactly the
 * script whose SHA-256 the sidebar was built with, and refuses names it does not know.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { createAddonRuntime, DEFAULT_DIST } from "../../../local/runtime/addon-runtime.ts";

function runtime() {
  return createAddonRuntime({
    workbook: EmulatedWorkbook.fromData({ name: "x", sheets: [] }),
    uiAvailable: false,
  });
}

describe("sidebarChunk", () => {
  it("hands over the .xlsx reader the sidebar was built to accept", () => {
    const { result } = runtime().run("sidebarChunk", { name: "xlsx" });
    const answer = result as { ok: true; value: { name: string; code: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value.name).toBe("xlsx");
    expect(answer.value.code).toContain("__doiThoaiChunk");
    const hash = createHash("sha256").update(answer.value.code, "utf8").digest("hex");
    expect(readFileSync(join(DEFAULT_DIST, "sidebar.html"), "utf8")).toContain(hash);
  });

  it("refuses an unknown chunk or a missing name with a message", () => {
    for (const input of [{ name: "../Code" }, null]) {
      const { result } = runtime().run("sidebarChunk", input);
      expect(result).toMatchObject({ ok: false, messages: [{ key: "common.badArguments" }] });
    }
  });
});
