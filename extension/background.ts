/**
 * Background (Chrome: service worker; Firefox: event page). Thin on purpose: it only opens the app
 * page (or brings it forward), where the real work runs (a worker has no DOM and no XHR, and may be
 * stopped at any time).
 */
import browser from "webextension-polyfill";
import type { ExtensionApi } from "./platform/api.ts";
import { onToolbarClick } from "./platform/background-logic.ts";

const api: ExtensionApi = browser;

browser.action.onClicked.addListener((tab) => {
  void onToolbarClick(api, tab);
});
