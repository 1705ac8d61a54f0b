/**
 * A server context over the emulations: the sample (or any snapshot) as an emulated spreadsheet
 * in a Drive folder, plus the emulated DocumentApp and DriveApp.
 */
import type { ServerContext } from "../../../addon/server/context.ts";
import { createDocumentServices, type DocumentServices } from "../../../local/emulator/document/index.ts";
import { createServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";

export interface TestContext {
  ctx: ServerContext;
  docs: DocumentServices;
  folderId: string;
}

export function contextFor(
  snapshot: WorkbookSnapshot,
  options: { driveGranted?: boolean; now?: Date } = {},
): TestContext {
  const workbook = EmulatedWorkbook.fromData({
    id: "sheet-1",
    name: "Hội nghị đối thoại",
    sheets: [...snapshot.tabs].map(([name, values]) => ({ name, values })),
  });
  // One counter for every service, so a test can count a whole action's calls.
  const docs = createDocumentServices({ driveGranted: options.driveGranted });
  const sheets = createServices({ workbook, uiAvailable: false, counter: docs.counter });
  const folderId = docs.drive.addFolder("Đối thoại 2022");
  docs.drive.addFile({ id: workbook.id, name: workbook.name, folderId });
  let clock = options.now?.getTime() ?? new Date(2022, 5, 16, 9, 0, 0).getTime();
  const tick = () => {
    clock += 1000;
    return new Date(clock);
  };
  const ctx: ServerContext = {
    services: { ...sheets.globals(), DocumentApp: docs.DocumentApp, DriveApp: docs.DriveApp },
    spreadsheet: sheets.SpreadsheetApp.getActiveSpreadsheet(),
    // Each call a second later, as two clicks would be.
    now: tick,
  };
  return { ctx, docs, folderId };
}
