/**
 * The menu and the sidebar. onOpen may run before the add-on is authorised (AuthMode.NONE): the
 * menu is built from the UI service alone and reads nothing from the spreadsheet.
 */
import { formatMessage, t } from "../../shared/i18n/index.ts";
import { setupWorkbook } from "./actions/setup.ts";
import type { ServerContext, ServerServices } from "./context.ts";
import type { GasUi } from "./gas/spreadsheet-types.ts";

/** Names of the entry file's functions that the menu calls. */
export const MENU_FUNCTIONS = { openSidebar: "showSidebar", setup: "setupWorkbookFromMenu" } as const;

export function buildMenu(ui: GasUi): void {
  ui.createAddonMenu()
    .addItem(t("menu.openSidebar"), MENU_FUNCTIONS.openSidebar)
    .addItem(t("menu.setup"), MENU_FUNCTIONS.setup)
    .addToUi();
}

export function openSidebar(services: ServerServices): void {
  const html = services.HtmlService.createHtmlOutputFromFile("sidebar").setTitle(t("sidebar.title"));
  services.SpreadsheetApp.getUi().showSidebar(html);
}

/** Set-up from the menu: same action as the sidebar's, with the result in a toast. */
export function setupFromMenu(ctx: ServerContext): void {
  const report = setupWorkbook(ctx);
  const changed = report.createdTabs.length + report.addedColumns.length + report.addedFacts.length > 0;
  const text = changed
    ? formatMessage({
        key: "workbook.setupDone",
        params: {
          tabs: report.createdTabs.length,
          columns: report.addedColumns.length,
          facts: report.addedFacts.length,
        },
      })
    : formatMessage({ key: "workbook.setupNothing" });
  ctx.spreadsheet.toast(text, t("app.name"), 5);
}
