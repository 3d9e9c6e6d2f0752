import { parseNumberText, readNumber, isDateFormat, isPercentFormat } from "../../src/core/parse";

const plain = { percentIndicator: false, nonNegative: false };
const percent = { percentIndicator: true, nonNegative: false };
const counts = { percentIndicator: false, nonNegative: true };

describe("numbers typed as text", () => {
  test.each([
    ["14,5", 14.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    [" 12 ", 12],
    ["\u00a012\u00a0", 12],
    ["0,125", 0.125],
    ["-3", -3],
    [",5", 0.5],
    ["12.5", 12.5],
  ])("%j is recognised as %d and marked fixable", (text, value) => {
    expect(readNumber({ value: text }, plain)).toEqual(
      expect.objectContaining({ kind: "fixable", value })
    );
  });

  test("a lone separator before three digits is ambiguous and refused", () => {
    expect(parseNumberText("1.234")).toEqual({ kind: "ambiguous" });
    expect(parseNumberText("1,234")).toEqual({ kind: "ambiguous" });
    expect(readNumber({ value: "1.234" }, plain).kind).toBe("rejected");
  });

  test.each(["lima", "10 - 12", "5 kasus", "1.2.3,4,5", "12,", "--3"])("%j is rejected", (text) => {
    expect(readNumber({ value: text }, plain).kind).toBe("rejected");
  });

  test("two numbers in one cell say so", () => {
    const r = readNumber({ value: "10 dan 12" }, plain);
    expect(r).toEqual({
      kind: "rejected",
      reason: expect.stringContaining("lebih dari satu angka"),
    });
  });

  test("a typed percent sign is read as percent points only on a % indicator", () => {
    expect(readNumber({ value: "75%" }, percent)).toEqual(
      expect.objectContaining({ kind: "fixable", value: 75 })
    );
    expect(readNumber({ value: "75 %" }, plain).kind).toBe("rejected");
  });
});

describe("stored values", () => {
  test("blank, empty text and whitespace mean not reported", () => {
    expect(readNumber(undefined, plain).kind).toBe("blank");
    expect(readNumber({ value: null }, plain).kind).toBe("blank");
    expect(readNumber({ value: "   " }, plain).kind).toBe("blank");
  });

  test("a real number is a number, zero included", () => {
    expect(readNumber({ value: 0 }, counts)).toEqual({ kind: "number", value: 0 });
    expect(readNumber({ value: 42.5, formula: "40+2.5" }, plain)).toEqual({
      kind: "number",
      value: 42.5,
    });
  });

  test("a percent-formatted fraction on a % indicator means percent points", () => {
    expect(readNumber({ value: 0.75, numFmt: "0%" }, percent)).toEqual(
      expect.objectContaining({ kind: "fixable", value: 75 })
    );
    expect(readNumber({ value: 1.05, numFmt: "0.00%" }, percent)).toEqual(
      expect.objectContaining({ kind: "fixable", value: 105 })
    );
    expect(readNumber({ value: 0.75, numFmt: "0%" }, plain)).toEqual({
      kind: "number",
      value: 0.75,
    });
  });

  test("errors, booleans and dates are rejected", () => {
    expect(readNumber({ value: { error: "#REF!" } }, plain)).toEqual({
      kind: "rejected",
      reason: expect.stringContaining("#REF!"),
    });
    expect(readNumber({ value: true }, plain).kind).toBe("rejected");
    expect(readNumber({ value: 45123, numFmt: "dd/mm/yyyy" }, plain)).toEqual({
      kind: "rejected",
      reason: expect.stringContaining("tanggal"),
    });
  });

  test("negative counts are rejected, negative others are not", () => {
    expect(readNumber({ value: -2 }, counts).kind).toBe("rejected");
    expect(readNumber({ value: "-2" }, counts).kind).toBe("rejected");
    expect(readNumber({ value: -2 }, plain).kind).toBe("number");
  });
});

describe("number formats", () => {
  test.each([
    ["0%", true],
    ["0.00%", true],
    ['0"%"', false],
    ["General", false],
  ])("%s percent? %s", (fmt, expected) => expect(isPercentFormat(fmt)).toBe(expected));

  test.each([
    ["dd/mm/yyyy", true],
    ["m/d/yyyy", true],
    ["[$-421]d mmmm yyyy", true],
    ["h:mm", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ['0 "hari"', false],
  ])("%s date? %s", (fmt, expected) => expect(isDateFormat(fmt)).toBe(expected));
});
