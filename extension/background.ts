/**
 * Background (Chrome: service worker; Firefox: event page). Thin on purpose: it only opens the app
 * page, where the real work runs (a worker has no DOM and no XHR, and may be stopped at any time).
 */
import browser from "webextension-polyfill";

browser.action.onClicked.addListener(() => {
  void browser.tabs.create({ url: browser.runtime.getURL("app.html") });
});
