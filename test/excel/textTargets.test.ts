// The add-in recaps the Predikat workbook on the strict test host; what it wrote (formulas through
// Office.js, the predicate table baked in as an inline array) is saved as .xlsx and recomputed by
// LibreOffice, which must reach the figures worked out by hand.
import { createFakeExcel, FakeExcel } from "./fakeExcel";
import { predikatDifferences, predikatSheets, PREDIKAT_WARNINGS } from "./textTargetsWorkbook";
import { toFakeSheet } from "./workbooks";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { ALL_PERIODS } from "../../src/core/plan";
import { formatProblem } from "../../src/core/problems";
import { NewSheet } from "../../src/core/newSheet";
import { OutCell } from "../../src/core/workbook";

const env = { now: () => new Date("2026-07-15T03:00:00Z"), user: "uji", utcOffset: () => 420 };

/** The host's sheets as a new workbook: values and formulas as the add-in left them. */
function asWorkbook(fake: FakeExcel): NewSheet[] {
  return fake.sheets.map((s): NewSheet => {
    const rows: OutCell[][] = [];
    for (const [k, cell] of s.cells) {
      const [r, c] = [Math.floor(k / 16384), k % 16384];
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push({ value: null });
      const value = typeof cell.value === "object" && cell.value !== null ? null : cell.value;
      rows[r][c] = cell.formula
        ? { value: null, formula: cell.formula }
        : { value: typeof value === "boolean" ? String(value) : value };
    }
    return {
      name: s.name,
      rows,
      columns: [],
      frozenRows: 0,
      protect: false,
      validations: [],
      visibility: "visible",
    };
  });
}

describeWithLibreOffice("the add-in's recap of Predikat indicators", () => {
  test("predicates recompute to the hand-worked figures", async () => {
    const fake = createFakeExcel(predikatSheets().map(toFakeSheet));
    // The fake implements only what the adapter touches; Office.js's full types do not fit it.
    const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
    const outcome = await recap(gateway, ALL_PERIODS, env);
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => formatProblem(p)).join("\n"));
    expect(outcome.warnings.map((p) => formatProblem(p))).toEqual(PREDIKAT_WARNINGS);
    const file = await writeBook(tmpDir(), "host-predikat.xlsx", asWorkbook(fake));
    expect(predikatDifferences(recalculatedSheets(file))).toEqual([]);
  });
});
