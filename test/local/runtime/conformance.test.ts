/**
 * The built bundle (dist/addon/Code.js) in a V8 context holding only the Apps Script globals: no
 * require, process, window or timers. What runs here is what `clasp push` uploads.
 */
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { loadAddonScript } from "../../../local/runtime/addon-runtime.ts";

function appsScriptContext(workbook: EmulatedWorkbook, options: { uiAvailable?: boolean } = {}) {
  const { script, html } = loadAddonScript();
  const context = vm.createContext({});
  const services = createServices({
    workbook,
    htmlFiles: html,
    dateConstructor: vm.runInContext("Date", context) as DateConstructor,
    uiAvailable: options.uiAvailable ?? true,
  });
  Object.assign(context, services.globals());
  script.runInContext(context);
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`no top-level ${name}`);
    return fn(...args);
  };
  return { context, services, call };
}

describe("Code.js in an Apps Script-like context", () => {
  it("sees no Node or browser global", () => {
    const { context } = appsScriptContext(EmulatedWorkbook.create({ sheetNames: [] }));
    const kinds = vm.runInContext(
      "[typeof require, typeof process, typeof window, typeof document, typeof setTimeout, typeof Buffer, typeof fetch]",
      context,
    );
    expect(kinds).toEqual(Array(7).fill("undefined"));
  });

  it("declares the top-level functions triggers, menu and google.script.run need", () => {
    const { context } = appsScriptContext(EmulatedWorkbook.create({ sheetNames: [] }));
    for (const name of ["onOpen", "onInstall", "showSidebar", "setupWorkbookFromMenu", "rpc"]) {
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe("function");
    }
  });

  it("builds the menu in onOpen without touching the spreadsheet (AuthMode.NONE)", () => {
    const { services, call } = appsScriptContext(EmulatedWorkbook.create({ sheetNames: ["Sheet1"] }));
    call("onOpen", { authMode: "NONE" });
    expect(services.log.menus).toHaveLength(1);
    expect(JSON.stringify(services.log.menus[0])).toContain("Thiết lập bảng tính");
    expect(services.counter.of("Spreadsheet")).toBe(0);
    expect(services.counter.of("Sheet")).toBe(0);
    expect(services.counter.of("Range")).toBe(0);
  });

  it("opens the sidebar from the pushed sidebar.html", () => {
    const { services, call } = appsScriptContext(EmulatedWorkbook.create({ sheetNames: ["Sheet1"] }));
    call("showSidebar");
    expect(services.log.sidebars).toHaveLength(1);
    const shown = JSON.stringify(services.log.sidebars[0]);
    expect(shown).toContain("Đối thoại");
  });

  it("sets the workbook up from the menu, then an RPC reads it", () => {
    const workbook = EmulatedWorkbook.create({ sheetNames: ["Sheet1"] });
    const first = appsScriptContext(workbook);
    first.call("setupWorkbookFromMenu");
    expect(workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Hội nghị",
        "Thành phần",
        "Đại biểu",
        "Dân cư",
        "Ý kiến",
        "Danh mục",
        "Sheet1",
      ]),
    );
    expect(JSON.stringify(first.services.log.toasts)).toContain("6 trang tính mới");
    const second = appsScriptContext(workbook);
    const result = second.call("rpc", "getOverview", null) as {
      ok: boolean;
      value: { missingTabs: string[] };
    };
    expect(result.ok).toBe(true);
    expect(result.value.missingTabs).toEqual([]);
  });

  it("answers an unknown action with a message, not an exception", () => {
    const { call } = appsScriptContext(EmulatedWorkbook.create({ sheetNames: [] }));
    expect(call("rpc", "dropAllTables", null)).toEqual({
      ok: false,
      messages: [{ key: "common.unknownAction", params: { action: "dropAllTables" } }],
    });
  });
});
