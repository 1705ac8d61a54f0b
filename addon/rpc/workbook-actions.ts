/** Actions of the foundation: the overview the sidebar opens with, and workbook set-up. */
import type { FactProgress } from "../../shared/conference/progress.ts";
import type { ConferenceSummary } from "../../shared/conference/view.ts";
import type { Message } from "../../shared/i18n/index.ts";

export interface Overview {
  spreadsheetName: string;
  /** Tabs of the schema the workbook lacks (set-up creates them). */
  missingTabs: string[];
  conference: ConferenceSummary | null;
  /** The `Hội nghị` items written and filled, and the next one to fill (null without the tab). */
  facts: FactProgress | null;
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
  /** `Hội nghị` items written (name and hint, value left empty for the clerk), in order. */
  addedFacts: string[];
}

export interface WorkbookActions {
  getOverview(): Overview;
  setupWorkbook(): SetupReport;
}
