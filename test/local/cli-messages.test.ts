/**
 * The CLI puts messages in words: `call` prints each message's text beside its key (an unknown
 * `Hội nghị` item reads as a sentence with its row), and a message naming a Sheets menu is printed
 * with the command to run instead.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../local/cli/main.ts";
import { cliText, withMessageTexts } from "../../local/cli/messages.ts";
import { createServices } from "../../local/emulator/index.ts";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../local/emulator/xlsx-store.ts";
import { tempDir } from "../support/sample.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("CLI messages", () => {
  it("prints an unknown item of Hội nghị in words, with its row, and takes “Thư kí” as Thư ký", async () => {
    const file = join(await tempDir(), "x.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const workbook = await loadWorkbookFromXlsx(file);
    const sheet = createServices({ workbook, uiAvailable: false })
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Hội nghị");
    const last = sheet?.getLastRow() ?? 0;
    sheet?.getRange(last + 1, 1, 2, 2).setValues([
      ["Thư kí", ""],
      ["Số ghế", "200"],
    ]);
    sheet?.getRange(2, 1, 1, 2).setValues([["Thư kí", "Trần Thị B"]]);
    await saveWorkbookToXlsx(workbook, file);
    const result = await run("call", file, "getOverview");
    const overview = JSON.parse(result.out);
    expect(overview.value.conference.secretary.name).toBe("Trần Thị B");
    expect(overview.value.problems).toContainEqual({
      key: "workbook.unknownFact",
      params: { tab: "Hội nghị", row: last + 2, label: "Số ghế" },
      text: `Trang tính “Hội nghị”, dòng ${last + 2}: mục “Số ghế” không được nhận ra nên bị bỏ qua.`,
    });
  });

  it("names the command, not the Sheets menu, for a missing tab", () => {
    const message = { key: "workbook.missingTab", params: { tab: "Hội nghị" } } as const;
    expect(cliText(message)).toBe(
      "Không tìm thấy trang tính “Hội nghị”. Hãy chạy: doi-thoai call <tệp.xlsx> setupWorkbook",
    );
    expect(cliText(message, "en")).toContain("Run: doi-thoai call <file.xlsx> setupWorkbook");
    expect(JSON.stringify(withMessageTexts({ ok: false, messages: [message] }))).not.toContain("Đối thoại ›");
    // Objects that only look like messages are left alone.
    expect(withMessageTexts({ key: "plan", params: {} })).toEqual({ key: "plan", params: {} });
  });
});
