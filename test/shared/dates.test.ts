import { describe, expect, it } from "vitest";
import {
  compareCivilDates,
  fromSerialDay,
  parseDateText,
  parseTimeText,
  toSerialDay,
  weekday,
} from "../../shared/dates/civil.ts";
import {
  formatDeadlineDate,
  formatLongDate,
  formatShortDate,
  formatStartMoment,
  weekdayName,
} from "../../shared/dates/vietnamese.ts";

describe("civil dates", () => {
  it("parses the ways dates are typed and rejects impossible ones", () => {
    expect(parseDateText("15/6/2022")).toEqual({ year: 2022, month: 6, day: 15 });
    expect(parseDateText("05-07-2022")).toEqual({ year: 2022, month: 7, day: 5 });
    expect(parseDateText("2022-06-15")).toEqual({ year: 2022, month: 6, day: 15 });
    expect(parseDateText("31/02/2022")).toBeNull();
    expect(parseDateText("29/02/2023")).toBeNull();
    expect(parseDateText("29/02/2024")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDateText("15/13/2022")).toBeNull();
    expect(parseDateText("hôm qua")).toBeNull();
  });

  it("round-trips Excel serial days", () => {
    const d = { year: 2022, month: 6, day: 15 };
    expect(toSerialDay(d)).toBe(44727);
    expect(fromSerialDay(44727)).toEqual(d);
    expect(compareCivilDates(d, { year: 2022, month: 7, day: 5 })).toBeLessThan(0);
  });

  it("parses clock times in the forms used in offices", () => {
    expect(parseTimeText("8:00")).toEqual({ hour: 8, minute: 0 });
    expect(parseTimeText("08 giờ 30")).toEqual({ hour: 8, minute: 30 });
    expect(parseTimeText("14h")).toEqual({ hour: 14, minute: 0 });
    expect(parseTimeText("25:00")).toBeNull();
  });
});

describe("Vietnamese date wording (decree 30/2020)", () => {
  it("pads days under 10 and months 1 and 2 only", () => {
    expect(formatLongDate({ year: 2022, month: 1, day: 5 })).toBe("ngày 05 tháng 01 năm 2022");
    expect(formatLongDate({ year: 2022, month: 6, day: 29 })).toBe("ngày 29 tháng 6 năm 2022");
    expect(formatLongDate({ year: 2022, month: 12, day: 1 })).toBe("ngày 01 tháng 12 năm 2022");
  });

  it("computes the weekday of the start as the seed writes it", () => {
    const d = { year: 2022, month: 6, day: 15 };
    expect(weekday(d)).toBe(3);
    expect(weekdayName(d)).toBe("thứ Tư");
    expect(weekdayName({ year: 2022, month: 6, day: 19 })).toBe("Chủ nhật");
    expect(formatStartMoment(d, { hour: 8, minute: 0 })).toBe("08 giờ 00, thứ Tư ngày 15/6/2022");
    expect(formatDeadlineDate({ year: 2022, month: 7, day: 5 })).toBe("05/7/2022");
  });

  it("writes short dates by the same rule as long ones, January and February included", () => {
    expect(formatShortDate({ year: 2026, month: 1, day: 5 })).toBe("05/01/2026");
    expect(formatShortDate({ year: 2026, month: 1, day: 31 })).toBe("31/01/2026");
    expect(formatShortDate({ year: 2026, month: 2, day: 28 })).toBe("28/02/2026");
    expect(formatShortDate({ year: 2026, month: 3, day: 5 })).toBe("05/3/2026");
    expect(formatShortDate({ year: 2022, month: 12, day: 15 })).toBe("15/12/2022");
    expect(formatStartMoment({ year: 2027, month: 1, day: 8 }, { hour: 7, minute: 30 })).toBe(
      "07 giờ 30, thứ Sáu ngày 08/01/2027",
    );
    expect(formatDeadlineDate).toBe(formatShortDate);
  });
});
