/** Formula row references after rows are deleted, as Sheets moves them. */
import { describe, expect, it } from "vitest";
import { afterDeletedRows } from "../../shared/workbook/formula-rows.ts";

describe("afterDeletedRows", () => {
  it("moves references below the deleted rows up, with or without $", () => {
    expect(afterDeletedRows("=2025-C12", [3, 7])).toBe("=2025-C10");
    expect(afterDeletedRows("=C$12+$D12", [3, 7])).toBe("=C$10+$D10");
    expect(afterDeletedRows("=B1*2", [3, 7])).toBe("=B1*2");
  });

  it("makes a reference to a deleted row #REF!, and shrinks a range whose end was deleted", () => {
    expect(afterDeletedRows("=B3", [3])).toBe("=#REF!");
    expect(afterDeletedRows("=SUM(C$2:C$500)", [2, 500])).toBe("=SUM(C$2:C$498)");
    expect(afterDeletedRows("=SUM(C4:C9)", [5, 6])).toBe("=SUM(C4:C7)");
  });

  it("leaves text, other sheets and function names alone", () => {
    expect(afterDeletedRows('=IF(A9="B9";Sheet1!B9;LOG10(A9))', [2])).toBe(
      '=IF(A8="B9";Sheet1!B9;LOG10(A8))',
    );
  });
});
