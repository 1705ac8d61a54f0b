/** Actions of the foundation: the overview the sidebar opens with, and workbook set-up. */
import type { ConferenceSummary } from "../../shared/conference/view.ts";
import type { Message } from "../../shared/i18n/index.ts";

export interface Overview {
  spreadsheetName: string;
  /** Tabs of the schema the workbook lacks (set-up creates them). */
  missingTabs: string[];
  conference: ConferenceSummary | null;
  counts: {
    categories: number;
    invitees: number;
    present: number;
    residents: number;
    opinions: number;
    kdc: number;
    tdp: number;
  };
  /** Problems found while reading, for the user to fix; reading goes on past them. */
  problems: Message[];
}

export interface SetupReport {
  createdTabs: string[];
  addedColumns: { tab: string; column: string }[];
}

export interface WorkbookActions {
  getOverview(): Overview;
  setupWorkbook(): SetupReport;
}
