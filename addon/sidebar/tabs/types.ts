import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { Overview } from "../../rpc/workbook-actions.ts";

/** What every tab can reach: the last overview, a way to reload it, and a place for notices. */
export interface SidebarApp {
  overview(): Overview | null;
  reloadOverview(): Promise<void>;
  showError(error: unknown): void;
  showNotice(text: string): void;
}

export interface SidebarTab {
  id: string;
  label: MessageKey;
  /** Draws the tab into its panel; called again after a reload or a change of language. */
  render(panel: HTMLElement, app: SidebarApp): void;
}
