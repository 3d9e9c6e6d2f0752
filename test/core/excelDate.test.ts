import { formatSerial, fromSerial, serialYear, toSerial } from "../../src/core/excelDate";

// Reference points worked out by hand: DATE(2023,1,1) = 44927 in Excel; Jan–Jun 2023 have
// 31+28+31+30+31+30 = 181 days, so 1 July 2023 is 45108; 2023 has 365 days, so 1 Jan 2024 is 45292.
const WIB = 7 * 60;
const WIT = 9 * 60;

describe("Excel date serials in the user's local time", () => {
  test("midnight UTC of 1 January 2023 is 44927 on a UTC clock", () => {
    expect(toSerial(new Date("2023-01-01T00:00:00Z"), 0)).toBe(44927);
  });

  test("08:30 WIB on 1 July 2023 (01:30 UTC) is 45108 + 8.5/24", () => {
    expect(toSerial(new Date("2023-07-01T01:30:00Z"), WIB)).toBeCloseTo(45108 + 8.5 / 24, 10);
  });

  test("an evening in UTC that is already the next year in WIB lands on 1 January 2024, 03:00", () => {
    expect(toSerial(new Date("2023-12-31T20:00:00Z"), WIB)).toBeCloseTo(45292.125, 10);
  });

  test("midnight WIT is 15:00 UTC the day before", () => {
    expect(toSerial(new Date("2023-06-30T15:00:00Z"), WIT)).toBeCloseTo(45108, 10);
  });

  test("a serial goes back to the same instant, to the millisecond", () => {
    expect(fromSerial(45108 + 8.5 / 24, WIB).toISOString()).toBe("2023-07-01T01:30:00.000Z");
    // Noon in New York (UTC−5 in January) is 17:00 UTC.
    expect(fromSerial(44927.5, -300).toISOString()).toBe("2023-01-01T17:00:00.000Z");
    const instant = new Date("2024-02-29T23:59:59.123Z");
    expect(fromSerial(toSerial(instant, WIB), WIB).getTime()).toBe(instant.getTime());
  });

  test("the wall-clock text and year of a serial need no zone", () => {
    expect(formatSerial(45108 + 8.5 / 24)).toBe("01/07/2023 08:30");
    expect(formatSerial(45292.125)).toBe("01/01/2024 03:00");
    expect(serialYear(45291.99)).toBe(2023);
  });
});
