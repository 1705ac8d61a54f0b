/**
 * The DocumentApp/DriveApp emulation refuses what Apps Script refuses, so the renderer's tests
 * cannot pass on calls that would fail for real.
 */
import { describe, expect, it } from "vitest";
import { attributeAt, createDocumentServices } from "../../../local/emulator/document/index.ts";

describe("DocumentApp emulation", () => {
  it("starts a Doc with one empty paragraph and counts every call", () => {
    const s = createDocumentServices();
    const doc = s.DocumentApp.create("Thử");
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    body.appendParagraph("Một").setAttributes({ BOLD: true });
    expect(s.counter.snapshot()).toEqual({
      "Body.appendParagraph": 1,
      "Body.getNumChildren": 1,
      "Document.getBody": 1,
      "DocumentApp.create": 1,
      "Paragraph.setAttributes": 1,
    });
  });

  it("checks text offsets and attribute names like Apps Script", () => {
    const p = createDocumentServices().DocumentApp.create("x").getBody().appendParagraph("abc");
    expect(() => p.editAsText().setBold(1, 3, true)).toThrow(/must be less than the content length/);
    p.editAsText().setBold(1, 2, true);
    expect([0, 1, 2].map((i) => attributeAt(p, i, "BOLD") === true)).toEqual([false, true, true]);
    expect(() => p.setAttributes({ BOLDISH: true })).toThrow(/Invalid argument/);
    expect(() => p.setAttributes({ HORIZONTAL_ALIGNMENT: "MIDDLE" })).toThrow(/HORIZONTAL_ALIGNMENT/);
  });

  it("takes only a rectangular table of strings", () => {
    const body = createDocumentServices().DocumentApp.create("x").getBody();
    expect(() => body.appendTable([["a", "b"], ["c"]])).toThrow(/rectangular/);
    expect(() => body.appendTable([["a", 1 as unknown as string]])).toThrow(/rectangular/);
    const table = body.appendTable([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(table.getCell(1, 1).getText()).toBe("d");
    expect(() => table.setColumnWidth(2, 10)).toThrow(/out of range/);
  });

  it("files a new Doc in My Drive; DriveApp fails without the drive scope", () => {
    const granted = createDocumentServices({ driveGranted: true });
    const doc = granted.DocumentApp.create("x");
    const folder = granted.drive.addFolder("F");
    const file = granted.DriveApp.getFileById(doc.getId());
    expect(file.getParents().next().getId()).toBe(granted.drive.rootId);
    file.moveTo({ getId: () => folder });
    expect(granted.drive.files.get(doc.getId())?.parents).toEqual([folder]);

    // The default, as with the default appsscript.json (no drive scope).
    const denied = createDocumentServices();
    const other = denied.DocumentApp.create("y");
    expect(() => denied.DriveApp.getFileById(other.getId())).toThrow(/auth\/drive/);
  });
});
