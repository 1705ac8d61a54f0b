/** What every emulated service object of one execution shares. */
import type { CallCounter } from "../call-counter.ts";
import type { EmulatedWorkbook } from "../model/workbook.ts";

export interface RecordedMenuItem {
  caption: string | null;
  functionName: string | null;
  separator: boolean;
}

export interface RecordedMenu {
  /** Null for the add-on menu (Sheets names it after the add-on). */
  caption: string | null;
  addon: boolean;
  items: RecordedMenuItem[];
}

/** What the user would have seen: menus, sidebars, alerts and toasts, in order. */
export interface ServiceLog {
  menus: RecordedMenu[];
  sidebars: { title: string; content: string }[];
  alerts: string[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
}

export function newServiceLog(): ServiceLog {
  return { menus: [], sidebars: [], alerts: [], toasts: [] };
}

export interface EmuContext {
  readonly workbook: EmulatedWorkbook;
  readonly counter: CallCounter;
  /** Dates handed to the caller are made with this constructor (the caller's realm). */
  readonly DateCtor: DateConstructor;
  readonly log: ServiceLog;
  readonly now: () => Date;
  readonly timeZone: string;
  readonly uiAvailable: boolean;
}
