/**
 * The stand-in for google.script.run in the local preview: same builder API (withSuccessHandler,
 * withFailureHandler, withUserObject, any server function name), same JSON-only arguments, calls
 * the preview server which runs the add-on bundle. Injected before the sidebar's own script.
 */
export const BRIDGE_SCRIPT = `(() => {
  "use strict";
  function runner(success, failure, userObject) {
    const base = {
      withSuccessHandler: (fn) => runner(fn, failure, userObject),
      withFailureHandler: (fn) => runner(success, fn, userObject),
      withUserObject: (obj) => runner(success, failure, obj),
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name];
        return (...args) => {
          fetch("/run", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ fn: String(name), args }),
          })
            .then(async (response) => {
              const body = await response.json();
              if (!response.ok) throw new Error(body.error || response.statusText);
              if (success) success(body.result, userObject);
            })
            .catch((error) => {
              if (failure) failure(error instanceof Error ? error : new Error(String(error)), userObject);
            });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() {}, setHeight() {}, setWidth() {} } } };
  window.__doiThoaiPreview = { downloadUrl: (kind) => "/download/" + encodeURIComponent(kind) + ".docx" };
})();`;

/** Puts the bridge first in <head> and frames the page like the 300 px Sheets sidebar. */
export function withBridge(sidebarHtml: string): string {
  const injected = `<script>${BRIDGE_SCRIPT}</script><style>body{max-width:300px;margin:0 auto;box-shadow:0 0 0 1px #dadce0;min-height:100vh}</style>`;
  return sidebarHtml.replace(/<head>/i, (head) => `${head}\n${injected}`);
}
