/** The sidebar's tabs, in the order staff see them. */
import { conferenceTab } from "./conference.ts";
import { documentsTab } from "./documents.ts";
import { importTab } from "./import/index.ts";
import { opinionsTab } from "./opinions.ts";
import { rosterTab } from "./roster.ts";
import type { SidebarTab } from "./types.ts";

export const TABS: readonly SidebarTab[] = [conferenceTab, rosterTab, opinionsTab, importTab, documentsTab];
