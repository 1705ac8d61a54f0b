/** Actions of the foundation: the overview the sidebar opens with, and workbook set-up. */
import type { Message } from "../../shared/i18n/index.ts";

export interface PersonView {
  name: string;
  title: string;
}

export interface ConferenceView {
  title: string;
  issuingBody: string;
  placeName: string;
  /** ISO date (YYYY-MM-DD), dates cannot cross google.script.run. */
  startDate: string | null;
  /** "08 giờ 00, thứ Tư ngày 15/6/2022", already in the documents' wording. */
  startMoment: string | null;
  venue: string;
  chairs: PersonView[];
  secretary: PersonView | null;
}

export interface Overview {
  spreadsheetName: string;
  /** Tabs of the schema the workbook lacks (set-up creates them). */
  missingTabs: string[];
  conference: ConferenceView | null;
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
