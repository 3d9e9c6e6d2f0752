// How the report prints figures (docs/CONTRACT.md §4, "Reports"): Target and Realisasi with every
// digit they have, a division that does not end with 4 decimals, Capaian with exactly two decimals.
// Expected texts are written by hand in Indonesian notation.
import { bookOf, TwRow } from "../helpers/book";
import { periodById } from "../../src/core/contract";
import { planRecap } from "../../src/core/plan";
import {
  buildReport,
  figureDecimals,
  formatReportCell,
  REPORT_COLUMNS,
} from "../../src/core/report";

const column = (header: string) => REPORT_COLUMNS.find((c) => c.header === header)!;
const TARGET = column("Target");
const REALISASI = column("Realisasi");
const CAPAIAN = column("Capaian (%)");

describe("Target and Realisasi print the digits they have", () => {
  test.each([
    [0.648, "0,648"],
    [1234.648, "1.234,648"],
    [1234.5, "1.234,5"],
    [12, "12"],
    [0, "0"],
    [-0.648, "-0,648"],
    [12345678901234, "12.345.678.901.234"], // a budget in rupiah: 14 digits, all printed
    [123456789012.34, "123.456.789.012,34"],
    [0.00012, "0,00012"],
  ])("%p prints %p", (x, text) => {
    expect(formatReportCell(x, TARGET)).toBe(text);
    expect(formatReportCell(x, REALISASI)).toBe(text);
  });

  test("binary noise past Excel's 15 significant digits is not a digit: 0,1 + 0,2 prints 0,3", () => {
    expect(formatReportCell(0.1 + 0.2, REALISASI)).toBe("0,3");
    expect(formatReportCell(250.25 + 300 + 310.125 + 374.273, REALISASI)).toBe("1.234,648");
  });

  test("a division that does not end prints 4 decimals: 1 ÷ 3 × 100 is 33,3333, 5 ÷ 3 is 1,6667", () => {
    expect(formatReportCell((1 / 3) * 100, REALISASI)).toBe("33,3333");
    expect(formatReportCell(100 / 3, REALISASI)).toBe("33,3333");
    expect(formatReportCell(5 / 3, REALISASI)).toBe("1,6667");
    expect(formatReportCell(100000 + 2 / 3, REALISASI)).toBe("100.000,6667");
    expect(figureDecimals(100 / 3)).toBe(4);
  });

  test("…and at least 4 significant digits below 0,001: 1 ÷ 3000 is 0,0003333", () => {
    expect(formatReportCell(1 / 3000, REALISASI)).toBe("0,0003333");
  });

  test("a missing figure is a dash; text is printed as it is", () => {
    expect(formatReportCell(null, TARGET)).toBe("–");
    expect(formatReportCell("WTP", TARGET)).toBe("WTP");
  });
});

describe("Capaian prints exactly two decimals", () => {
  test.each([
    [105, "105,00"],
    [42.97, "42,97"],
    [100.5, "100,50"],
    [0, "0,00"],
    [1234.5, "1.234,50"],
  ])("%p prints %p", (x, text) => expect(formatReportCell(x, CAPAIAN)).toBe(text));
});

describe("the report of a recap", () => {
  const quarters = (values: number[]): Record<1 | 2 | 3 | 4, TwRow[]> => ({
    1: [{ kode: "A", realisasi: values[0] }],
    2: [{ kode: "A", realisasi: values[1] }],
    3: [{ kode: "A", realisasi: values[2] }],
    4: [{ kode: "A", realisasi: values[3] }],
  });
  const reportOf = (book: ReturnType<typeof bookOf>) => {
    const plan = planRecap(book, ["tahunan"]);
    if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join("\n"));
    const report = buildReport(
      periodById("tahunan"),
      plan.results[0].rows,
      plan.settings,
      new Date(Date.UTC(2024, 0, 15))
    );
    return report.rows[0].map((x, i) => formatReportCell(x, report.columns[i]));
  };

  test("a Terakhir realisation 0,652 against a target 0,648 prints 0,648 / 0,652 / 100,62", () => {
    const row = reportOf(
      bookOf(
        [
          {
            kode: "A",
            satuan: "Indeks",
            targetTahunan: 0.648,
            targets: [0.6, 0.62, 0.64, 0.648],
            agregasi: "Terakhir",
          },
        ],
        quarters([0.61, 0.63, 0.64, 0.652])
      )
    );
    // 0,652 ÷ 0,648 × 100 = 100,617…
    expect(row.slice(4, 7)).toEqual(["0,648", "0,652", "100,62"]);
  });

  test("a Jumlah of 250,25 + 300 + 310,125 + 374,273 against 1.234,5 prints 1.234,648 and 100,01", () => {
    const row = reportOf(
      bookOf(
        [{ kode: "A", targetTahunan: 1234.5, targets: [300, 300, 300, 334.5] }],
        quarters([250.25, 300, 310.125, 374.273])
      )
    );
    // 1.234,648 ÷ 1.234,5 × 100 = 100,0119…
    expect(row.slice(4, 7)).toEqual(["1.234,5", "1.234,648", "100,01"]);
  });

  test("a Rasio of 4 ÷ 12 × 100 against 40 prints 40 / 33,3333 / 83,33", () => {
    const pembilang = { 1: 1, 2: 1, 3: 1, 4: 1 };
    const row = reportOf(
      bookOf(
        [{ kode: "A", targetTahunan: 40, targets: [40, 40, 40, 40], agregasi: "Rasio" }],
        Object.fromEntries(
          Object.entries(pembilang).map(([q, p]) => [q, [{ kode: "A", pembilang: p, penyebut: 3 }]])
        )
      )
    );
    // 33,333… ÷ 40 × 100 = 83,333…
    expect(row.slice(4, 7)).toEqual(["40", "33,3333", "83,33"]);
  });
});
