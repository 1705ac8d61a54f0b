import { describe, expect, it } from "vitest";
import { CallCounter, createServices, EmulatedWorkbook } from "../../../local/emulator/index.ts";
import { fixture } from "./helpers.ts";

describe("call counting", () => {
  it("counts every call by service and method", () => {
    const { services, sheet } = fixture();
    services.counter.reset();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      ["a", "b"],
      ["c", "d"],
    ]);
    range.getValues();
    range.getValues();
    expect(services.counter.of("Range.getValues")).toBe(2);
    expect(services.counter.of("Range")).toBe(3);
    expect(services.counter.of("Sheet.getRange")).toBe(1);
    expect(services.counter.total).toBe(4);
  });

  it("uses a counter passed in, and does not grow with the rows written", () => {
    const counter = new CallCounter();
    const workbook = EmulatedWorkbook.create();
    const services = createServices({ workbook, counter });
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const write = (rows: number) => {
      counter.reset();
      const values = Array.from({ length: rows }, (_, i) => [`x${i}`, i]);
      sheet?.getRange(1, 1, rows, 2).setValues(values);
      return counter.total;
    };
    expect(write(10)).toBe(write(900));
  });

  it("inspection through the model counts nothing", () => {
    const f = fixture();
    f.services.counter.reset();
    f.workbook.sheetByName("Sheet1")?.cellAt(1, 1);
    f.workbook.sheetByName("Sheet1")?.values();
    expect(f.services.counter.total).toBe(0);
  });
});

describe("Ui and HtmlService", () => {
  it("records menus, sidebars and alerts", () => {
    const { services } = fixture();
    const ui = services.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Mở", "showSidebar").addSeparator().addItem("Thiết lập", "setup").addToUi();
    ui.createMenu("Đối thoại").addItem("Mở", "showSidebar").addToUi();
    ui.createMenu("Đối thoại").addItem("Mở lại", "showSidebar").addToUi();
    expect(services.log.menus).toHaveLength(2);
    expect(services.log.menus[0]).toMatchObject({ caption: null, addon: true });
    expect(services.log.menus[0]?.items.map((i) => i.functionName)).toEqual(["showSidebar", null, "setup"]);
    expect(services.log.menus[1]?.items[0]?.caption).toBe("Mở lại");
    const html = services.HtmlService.createHtmlOutput("<p>x</p>").setTitle("Đối thoại");
    expect([html.getTitle(), html.getContent()]).toEqual(["Đối thoại", "<p>x</p>"]);
    ui.showSidebar(html);
    expect(services.log.sidebars).toEqual([{ title: "Đối thoại", content: "<p>x</p>" }]);
    expect(String(ui.alert("Chú ý"))).toBe("OK");
    expect(services.log.alerts).toEqual(["Chú ý"]);
  });

  it("reads project HTML files by name, and fails like Apps Script for a missing one", () => {
    const services = createServices({
      workbook: EmulatedWorkbook.create(),
      htmlFiles: (name) => (name === "sidebar" ? "<html>side</html>" : null),
    });
    expect(services.HtmlService.createHtmlOutputFromFile("sidebar").getContent()).toBe("<html>side</html>");
    expect(services.HtmlService.createHtmlOutputFromFile("sidebar.html").getContent()).toBe(
      "<html>side</html>",
    );
    expect(() => services.HtmlService.createHtmlOutputFromFile("nope")).toThrow(
      "No HTML file named nope was found.",
    );
  });

  it("getUi throws where there is no UI", () => {
    const services = createServices({ workbook: EmulatedWorkbook.create(), uiAvailable: false });
    expect(() => services.SpreadsheetApp.getUi()).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
  });
});

describe("PropertiesService", () => {
  it("keeps document properties in the workbook, as strings, and answers copies", () => {
    const workbook = EmulatedWorkbook.create();
    const first = createServices({ workbook });
    const props = first.PropertiesService.getDocumentProperties();
    props
      ?.setProperty("batch", 42 as unknown as string)
      .setProperty("other", "x")
      .deleteProperty("other");
    const copy = props?.getProperties() ?? {};
    copy.batch = "changed";
    const second = createServices({ workbook });
    expect(second.PropertiesService.getDocumentProperties()?.getProperty("batch")).toBe("42");
    expect(second.PropertiesService.getDocumentProperties()?.getProperty("other")).toBeNull();
    expect(workbook.documentProperties.get("batch")).toBe("42");
  });

  it("keeps user properties in the store given, and refuses values over 9 kB", () => {
    const store = new Map<string, string>();
    const services = createServices({ workbook: EmulatedWorkbook.create(), userProperties: store });
    services.PropertiesService.getUserProperties().setProperty("locale", "vi");
    expect(store.get("locale")).toBe("vi");
    expect(() =>
      services.PropertiesService.getUserProperties().setProperty("big", "x".repeat(10_000)),
    ).toThrow("Argument too large");
  });

  it("has no document properties or lock when not bound to a document", () => {
    const services = createServices({ workbook: EmulatedWorkbook.create(), bound: false });
    expect(services.PropertiesService.getDocumentProperties()).toBeNull();
    expect(services.LockService.getDocumentLock()).toBeNull();
  });
});

describe("LockService", () => {
  it("takes, reports and releases the document lock", () => {
    const { services } = fixture();
    const lock = services.LockService.getDocumentLock();
    expect(lock?.hasLock()).toBe(false);
    expect(lock?.tryLock(1000)).toBe(true);
    expect(lock?.hasLock()).toBe(true);
    // hasLock answers for its own object (the Apps Script reference): a second one never locked.
    expect(services.LockService.getDocumentLock()?.hasLock()).toBe(false);
    lock?.releaseLock();
    expect(lock?.hasLock()).toBe(false);
  });

  it("fails while another execution holds it", () => {
    const workbook = EmulatedWorkbook.create();
    const one = createServices({ workbook });
    const two = createServices({ workbook });
    one.LockService.getDocumentLock()?.waitLock(1000);
    const lock = two.LockService.getDocumentLock();
    expect(lock?.tryLock(10_000)).toBe(false);
    expect(() => lock?.waitLock(10_000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    one.endExecution();
    expect(lock?.tryLock(10_000)).toBe(true);
  });

  it("lets a test simulate contention", () => {
    const { services, workbook } = fixture();
    workbook.documentLock.holdAsOther();
    expect(services.LockService.getDocumentLock()?.tryLock(100)).toBe(false);
    workbook.documentLock.releaseOther();
    expect(services.LockService.getDocumentLock()?.tryLock(100)).toBe(true);
  });

  it("refuses timeouts outside 0..300000 ms", () => {
    const { services } = fixture();
    expect(() => services.LockService.getDocumentLock()?.tryLock(400_000)).toThrow();
  });
});

describe("globals", () => {
  it("hands out the four services for a global object", () => {
    const { services } = fixture();
    const globals = services.globals();
    expect(Object.keys(globals).sort()).toEqual([
      "HtmlService",
      "LockService",
      "PropertiesService",
      "SpreadsheetApp",
    ]);
    expect(globals.SpreadsheetApp).toBe(services.SpreadsheetApp);
  });
});
