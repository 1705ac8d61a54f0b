/** Ui and Menu: what the user would see is recorded in the execution's ServiceLog. */
import type { GasHtmlOutput, GasMenu, GasUi } from "../../addon/server/gas/spreadsheet-types.ts";
import { EmuHtmlOutput } from "./html.ts";
import type { EmuContext, RecordedMenu } from "./spreadsheet/context.ts";
import { signatureError } from "./spreadsheet/errors.ts";

export class EmuMenu implements GasMenu {
  private readonly menu: RecordedMenu;

  constructor(
    private readonly ctx: EmuContext,
    caption: string | null,
  ) {
    this.menu = { caption, addon: caption === null, items: [] };
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.ctx.counter.record("Menu", "addItem");
    this.menu.items.push({ caption: String(caption), functionName: String(functionName), separator: false });
    return this;
  }

  addSeparator(): GasMenu {
    this.ctx.counter.record("Menu", "addSeparator");
    this.menu.items.push({ caption: null, functionName: null, separator: true });
    return this;
  }

  /** Adds the menu, replacing an earlier one with the same caption (as reopening the file does). */
  addToUi(): void {
    this.ctx.counter.record("Menu", "addToUi");
    const menus = this.ctx.log.menus;
    const copy: RecordedMenu = { ...this.menu, items: this.menu.items.map((item) => ({ ...item })) };
    const at = menus.findIndex((m) => m.caption === copy.caption && m.addon === copy.addon);
    if (at >= 0) menus[at] = copy;
    else menus.push(copy);
  }
}

export class EmuUi implements GasUi {
  constructor(private readonly ctx: EmuContext) {}

  createAddonMenu(): GasMenu {
    this.ctx.counter.record("Ui", "createAddonMenu");
    return new EmuMenu(this.ctx, null);
  }

  createMenu(caption: string): GasMenu {
    this.ctx.counter.record("Ui", "createMenu");
    return new EmuMenu(this.ctx, String(caption));
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.ctx.counter.record("Ui", "showSidebar");
    if (!(userInterface instanceof EmuHtmlOutput)) throw signatureError("Ui", "showSidebar", [userInterface]);
    this.ctx.log.sidebars.push({ title: userInterface.title, content: userInterface.content });
  }

  /** Records the message; the emulated user presses OK. */
  alert(prompt: string): GoogleAppsScript.Base.Button {
    this.ctx.counter.record("Ui", "alert");
    this.ctx.log.alerts.push(String(prompt));
    return "OK" as unknown as GoogleAppsScript.Base.Button;
  }
}
