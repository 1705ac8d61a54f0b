import type { FunctionComponent } from "preact";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { Overview } from "../../rpc/workbook-actions.ts";

/** What every tab can reach: the last overview, a way to reload it, and a place for notices. */
export interface SidebarApp {
  overview(): Overview | null;
  reloadOverview(): Promise<void>;
  showError(error: unknown): void;
  showNotice(text: string): void;
}

export interface TabProps {
  app: SidebarApp;
  /** The last overview (null while loading); a new one renders the panel again. */
  overview: Overview | null;
}

export interface SidebarTab {
  id: string;
  label: MessageKey;
  /** The panel's content; rendered again (patched in place) after a reload or a change of language. */
  Panel: FunctionComponent<TabProps>;
}
