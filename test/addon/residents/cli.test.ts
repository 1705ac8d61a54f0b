/**
 * `doi-thoai import-residents` on a real .xlsx workbook file: the JSON summary, --dry-run leaving
 * the file as it was, a second run changing nothing, the reading options, and an .xlsx input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importResidentsCommand } from "../../../local/cli/commands/import-residents.ts";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../../local/emulator/xlsx-store.ts";
import { HEADER, makePeople, personRow, residentsCsv } from "../../shared/residents/helpers/data.ts";
import { cp1258, tcvn3Text } from "../../shared/residents/helpers/encoders.ts";
import { workbookWith } from "./helpers.ts";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await importResidentsCommand(args, {
    out: (s) => {
      out += `${s}\n`;
    },
    err: (s) => {
      err += `${s}\n`;
    },
  });
  return { code, out, err };
}

async function workbookFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "doi-thoai-import-"));
  const path = join(dir, "hoi-nghi.xlsx");
  await saveWorkbookToXlsx(workbookWith(), path);
  return path;
}

describe("doi-thoai import-residents", () => {
  it("prints one JSON object, and --dry-run leaves the workbook as it was", async () => {
    const book = await workbookFile();
    const people = makePeople(20).map((p, i) => (i === 3 ? { ...p, tdp: "Tổ 42" } : p));
    const csv = residentsCsv(people, { delimiter: ";", titleRows: ["DANH SÁCH"] });
    const file = join(book, "..", "dan-cu.csv");
    writeFileSync(file, csv);
    const before = readFileSync(book);
    const dry = await run([book, file, "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    const summary = JSON.parse(dry.out);
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        "encoding",
        "delimiter",
        "headerRow",
        "rows",
        "added",
        "updated",
        "unchanged",
        "duplicates",
        "errors",
        "warnings",
        "ignoredColumns",
      ]),
    );
    expect(summary).toMatchObject({
      encoding: "utf-8",
      delimiter: ";",
      headerRow: 3,
      rows: 20,
      added: 19,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      ignoredColumns: ["STT", "Dân tộc", "Tôn giáo", "Quan hệ với chủ hộ", "Nghề nghiệp", "Ghi chú"],
      sensitiveColumns: ["Dân tộc", "Tôn giáo"],
    });
    expect(summary.errors).toEqual([
      { row: 7, column: "Tổ dân phố", message: expect.stringContaining("Tổ 42") },
    ]);
    expect(readFileSync(book).equals(before)).toBe(true);

    const real = await run([book, file, "--json"]);
    expect(JSON.parse(real.out)).toMatchObject({
      added: 19,
      dryRun: false,
      batchId: expect.stringMatching(/^NHAP-/),
    });
    const saved = await loadWorkbookFromXlsx(book);
    expect(saved.sheetByName("Dân cư")?.values()).toHaveLength(20);
    expect(saved.sheetByName("Dân cư")?.cellAt(2, 5).value).toBe(people[0]?.idNumber);
    const again = await run([book, file, "--json"]);
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, updated: 0, unchanged: 19, batchId: null });
  });

  it("honours --encoding, --delimiter and --header-row, and prints a human summary", async () => {
    const book = await workbookFile();
    const lines = [
      "Danh sách",
      "Ghi chú",
      [...HEADER].join("|"),
      ...makePeople(3).map((p, i) => personRow(p, i).join("|")),
    ];
    const file = join(book, "..", "dan-cu.txt");
    writeFileSync(file, cp1258(lines.join("\r\n")));
    const result = await run([
      book,
      file,
      "--encoding",
      "windows-1258",
      "--delimiter",
      "pipe",
      "--header-row",
      "3",
      "--dry-run",
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("windows-1258");
    expect(result.out).toMatch(/3 dòng dữ liệu: thêm 3/);
    const bad = await run([book, file, "--encoding", "ebcdic"]);
    expect(bad.code).toBe(2);
  });

  it("imports an .xlsx file whose text is in a TCVN3 font", async () => {
    const book = await workbookFile();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["Hä vµ tªn", "N¨m sinh", "Tæ d©n phè"]);
    sheet.addRow([tcvn3Text("Nguyễn Thị Hường"), 1970, "5"]);
    const file = join(book, "..", "dan-cu.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await run([book, file, "--json"]);
    expect(JSON.parse(result.out)).toMatchObject({
      encoding: "xlsx+tcvn3",
      delimiter: null,
      headerRow: 1,
      added: 1,
    });
    const saved = await loadWorkbookFromXlsx(book);
    expect(saved.sheetByName("Dân cư")?.values()[1]?.slice(1, 3)).toEqual(["Nguyễn Thị Hường", "1970"]);
  });
});
