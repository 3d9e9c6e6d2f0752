// The add-in recaps the Predikat workbook on the strict test host; what it wrote (formulas through
// Office.js, the predicate table baked in as an inline array) is saved as .xlsx and recomputed by
// LibreOffice, which must reach the figures worked out by hand.
import { asWorkbook, recapOnHost } from "./hostWorkbook";
import { predikatDifferences, predikatSheets, PREDIKAT_WARNINGS } from "./textTargetsWorkbook";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { ALL_PERIODS } from "../../src/core/plan";

const env = { now: () => new Date("2026-07-15T03:00:00Z"), user: "uji", utcOffset: () => 420 };

describeWithLibreOffice("the add-in's recap of Predikat indicators", () => {
  test("predicates recompute to the hand-worked figures", async () => {
    const { fake, warnings } = await recapOnHost(predikatSheets(), ALL_PERIODS, env);
    expect(warnings).toEqual(PREDIKAT_WARNINGS);
    const file = await writeBook(tmpDir(), "host-predikat.xlsx", asWorkbook(fake));
    expect(predikatDifferences(recalculatedSheets(file))).toEqual([]);
  });
});
