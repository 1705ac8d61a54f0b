/** The sidebar's tabs, in the order staff see them. */
import { conferenceTab } from "./conference.tsx";
import { documentsTab } from "./documents.tsx";
import { importTab } from "./import/index.tsx";
import { opinionsTab } from "./opinions.tsx";
import { rosterTab } from "./roster.tsx";
import type { SidebarTab } from "./types.ts";

export const TABS: readonly SidebarTab[] = [conferenceTab, rosterTab, opinionsTab, importTab, documentsTab];
