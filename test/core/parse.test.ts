import {
  isDateFormat,
  isPercentFormat,
  NumberContext,
  parseNumberText,
  readNumber,
} from "../../src/core/parse";

const plain: NumberContext = { satuan: "", negative: "allowed" };
const percent: NumberContext = { satuan: "%", negative: "allowed" };
const counts: NumberContext = { satuan: "Kasus", negative: "count" };
const target: NumberContext = { satuan: "Kasus", negative: "target" };

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

  test.each(["lima", "10 - 12", "1.2.3,4,5", "12,", "--3", "Rp 5 rb", "100 m2"])(
    "%j is rejected",
    (text) => {
      expect(readNumber({ value: text }, plain).kind).toBe("rejected");
    }
  );

  test("two numbers in one cell say so", () => {
    const r = readNumber({ value: "10 dan 12" }, plain);
    expect(r).toEqual({
      kind: "rejected",
      reason: { key: "severalNumbers", params: { shown: "10 dan 12" } },
    });
  });

  test("a typed percent sign is read as percent points only on a % indicator", () => {
    expect(readNumber({ value: "75%" }, percent)).toEqual(
      expect.objectContaining({ kind: "fixable", value: 75 })
    );
    expect(readNumber({ value: "75 %" }, plain).kind).toBe("rejected");
  });
});

describe("no-data markers, nihil and units typed in the cell", () => {
  test.each([
    "-",
    "–",
    "—",
    "N/A",
    "n / a",
    "NA",
    "n.a.",
    "N.A.",
    "Tidak ada data",
    " belum  ada data ",
  ])("%j means not reported", (text) => {
    expect(readNumber({ value: text }, counts)).toEqual({ kind: "noData", shown: text });
  });

  test("nihil is zero, fixable, not a no-data marker", () => {
    expect(readNumber({ value: "Nihil" }, counts)).toEqual({
      kind: "fixable",
      value: 0,
      reason: { key: "nihil", params: { shown: "Nihil" } },
    });
  });

  test.each([
    ["100 Orang", "Orang", 100],
    ["12 kasus", "Kasus", 12],
    ["Rp 1.500.000", "Rp", 1500000],
    ["Rp. 1.500.000", "rp", 1500000],
    ["75 persen", "%", 75],
    ["75 %", "persen", 75],
    ["38 kasus", "", 38],
  ])("%j with Satuan %j is fixable, read as %d", (text, satuan, value) => {
    const reading = readNumber({ value: text }, { satuan, negative: "count" });
    expect(reading).toEqual(expect.objectContaining({ kind: "fixable", value }));
  });

  test("the unit is named in the reason, the % sign keeps its own", () => {
    expect(readNumber({ value: "100 Orang" }, { satuan: "orang.", negative: "count" })).toEqual({
      kind: "fixable",
      value: 100,
      reason: { key: "unitTyped", params: { shown: "100 Orang", value: 100 } },
    });
    expect(readNumber({ value: "75%" }, percent)).toEqual(
      expect.objectContaining({ reason: expect.objectContaining({ key: "storedAsText" }) })
    );
  });

  test("a unit other than the Satuan is rejected, naming both", () => {
    expect(readNumber({ value: "100 Kasus" }, { satuan: "Orang", negative: "count" })).toEqual({
      kind: "rejected",
      reason: {
        key: "unitMismatch",
        params: { shown: "100 Kasus", unit: "Kasus", satuan: "Orang" },
      },
    });
    expect(readNumber({ value: "75 %" }, counts).kind).toBe("rejected");
  });

  test("a number with a unit is still judged as a number: ambiguous, or negative count", () => {
    expect(readNumber({ value: "1.234 Orang" }, counts)).toEqual(
      expect.objectContaining({
        kind: "rejected",
        reason: expect.objectContaining({ key: "ambiguous" }),
      })
    );
    expect(readNumber({ value: "-3 kasus" }, counts)).toEqual(
      expect.objectContaining({
        kind: "rejected",
        reason: expect.objectContaining({ key: "negative" }),
      })
    );
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
      reason: { key: "cellError", params: { error: "#REF!" } },
    });
    expect(readNumber({ value: true }, plain).kind).toBe("rejected");
    expect(readNumber({ value: 45123, numFmt: "dd/mm/yyyy" }, plain)).toEqual({
      kind: "rejected",
      reason: { key: "date" },
    });
  });

  test("negative counts are rejected, negative others are not", () => {
    expect(readNumber({ value: -2 }, counts).kind).toBe("rejected");
    expect(readNumber({ value: "-2" }, counts).kind).toBe("rejected");
    expect(readNumber({ value: -2 }, plain).kind).toBe("number");
  });

  test("a negative target is rejected whatever the Agregasi: no capaian is measured against it", () => {
    expect(readNumber({ value: -5 }, target)).toEqual({
      kind: "rejected",
      reason: { key: "negativeTarget", params: { value: -5 } },
    });
    expect(readNumber({ value: 0 }, target)).toEqual({ kind: "number", value: 0 });
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
