import { describe, expect, it } from "vitest";
import { fixture, modelSheet } from "./helpers.ts";

/** Writes one value into A1 (optionally formatted first) and returns what the cell holds. */
function write(value: unknown, format?: string) {
  const f = fixture();
  const range = f.sheet.getRange(1, 1, 1, 1);
  if (format) range.setNumberFormat(format);
  range.setValues([[value]]);
  return { cell: modelSheet(f).cellAt(1, 1), read: range.getValues()[0]?.[0], f };
}

describe("value coercion on write (automatic format)", () => {
  it.each([
    ["0905123456", 905123456],
    ["+84905123456", 84905123456],
    ["-12.5", -12.5],
    ["1,234,567.5", 1234567.5],
    ["007", 7],
    ["1e3", 1000],
    ["5%", 0.05],
    ["TRUE", true],
    ["false", false],
  ])("%j becomes %j", (input, expected) => {
    expect(write(input).read).toBe(expected);
  });

  it.each([["0905 123 456"], ["1,5"], ["1.234.567"], ["Tổ 5"], ["- Lưu: VT"], ["31/02/2022"], ["abc"]])(
    "%j stays text",
    (input) => {
      expect(write(input).read).toBe(input);
    },
  );

  it("reads a day-first date as a local-midnight Date with a date format", () => {
    const { read, cell } = write("15/06/2022");
    expect(read).toBeInstanceOf(Date);
    const d = read as Date;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 5, 15, 0]);
    expect(cell.numberFormat).toBe("dd/MM/yyyy");
    expect(cell.display).toBe("15/06/2022");
  });

  it("reads ISO dates and day/month without year (current year)", () => {
    const iso = write("2022-06-15").read as Date;
    expect([iso.getFullYear(), iso.getMonth(), iso.getDate()]).toEqual([2022, 5, 15]);
    const noYear = write("5/6").read as Date;
    expect([noYear.getFullYear(), noYear.getMonth(), noYear.getDate()]).toEqual([2024, 5, 5]);
  });

  it("reads a time as a Date on 1899-12-30", () => {
    const { read, cell } = write("8:30");
    const d = read as Date;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
      1899, 11, 30, 8, 30,
    ]);
    expect(cell.display).toBe("08:30:00");
  });

  it("turns '=...' into a live formula", () => {
    const { cell, read } = write("=1+1");
    expect(cell.formula).toBe("=1+1");
    expect(read).toBe(2);
    const named = write('=HYPERLINK("http://x","y")');
    expect(named.cell.formula).toBe('=HYPERLINK("http://x","y")');
    expect(named.read).toBe("#NAME?");
  });

  it("turns a signed expression into a formula (a dashed phone number is arithmetic)", () => {
    const { cell, read } = write("+84-905-123-456");
    expect(cell.formula).toBe("=+84-905-123-456");
    expect(read).toBe(84 - 905 - 123 - 456);
  });

  it("keeps text after a leading apostrophe, without the apostrophe", () => {
    const { cell, read } = write("'0905123456");
    expect(read).toBe("0905123456");
    expect(cell.formula).toBeNull();
    expect(write("'=1+1").cell.formula).toBeNull();
    expect(write("'=1+1").read).toBe("=1+1");
  });

  it("keeps numbers, booleans and Dates written as such", () => {
    expect(write(42).read).toBe(42);
    expect(write(true).read).toBe(true);
    const { read, cell } = write(new Date(2022, 5, 15));
    expect((read as Date).getTime()).toBe(new Date(2022, 5, 15).getTime());
    expect(cell.numberFormat).toBe("dd/MM/yyyy");
    expect(write(null).read).toBe("");
    expect(write(undefined).read).toBe("");
  });
});

describe("plain-text cells (@) keep strings exactly", () => {
  it.each([
    ["0905123456"],
    ["=1+1"],
    ["+84905123456"],
    ["15/06/2022"],
    ["TRUE"],
    ["5%"],
    ["'quoted"],
    ["-A1"],
  ])("%j", (input) => {
    const { cell, read } = write(input, "@");
    expect(read).toBe(input);
    expect(cell.formula).toBeNull();
    expect(cell.numberFormat).toBe("@");
  });

  it("writes a Date into a text cell as its text", () => {
    expect(write(new Date(2022, 5, 15), "@").read).toBe("15/06/2022");
  });

  it("a format set after the write does not convert what was coerced", () => {
    const f = fixture();
    const range = f.sheet.getRange(1, 1, 1, 1);
    range.setValues([["0905123456"]]);
    range.setNumberFormat("@");
    expect(range.getValues()).toEqual([[905123456]]);
  });

  it("setNumberFormats then setValues keeps a whole block as text", () => {
    const f = fixture();
    const range = f.sheet.getRange(2, 1, 2, 2);
    range.setNumberFormats([
      ["@", "@"],
      ["@", "@"],
    ]);
    range.setValues([
      ["0905123456", "=SUM(A1)"],
      ["001234567890", "+84 905"],
    ]);
    expect(range.getValues()).toEqual([
      ["0905123456", "=SUM(A1)"],
      ["001234567890", "+84 905"],
    ]);
  });
});
