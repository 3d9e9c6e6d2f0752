// The add-in recaps the "which quarters count" workbooks on the strict test host; what it wrote is
// saved as .xlsx and recomputed by LibreOffice, which must reach the figures worked out by hand.
import { createFakeExcel, FakeExcel } from "./fakeExcel";
import {
  AHEAD_EXPECTED,
  aheadSheets,
  differences,
  PAST_EXPECTED,
  pastSheets,
} from "./scheduleWorkbook";
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

// 15 July 2026 in Jakarta: 2023 has ended, 2099 has not begun.
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

async function recapOnHost(sheets: NewSheet[]) {
  const fake = createFakeExcel(sheets.map(toFakeSheet));
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
  const outcome = await recap(gateway, ALL_PERIODS, env);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => formatProblem(p)).join("\n"));
  return { fake, warnings: outcome.warnings.map((p) => formatProblem(p)) };
}

describeWithLibreOffice("the add-in's recap of which quarters count", () => {
  const dir = tmpDir();

  test("Tahunan, Semesteran and per-10,000 figures recompute to the hand-worked ones", async () => {
    const { fake, warnings } = await recapOnHost(pastSheets());
    expect(warnings).toEqual([
      "TW II!E4: peringatan — indikator Tahunan: nilai TW II tidak dihitung — hanya TW IV",
      "TW I!E5: peringatan — indikator Semesteran: nilai TW I tidak dihitung — hanya TW II dan TW IV",
    ]);
    const file = await writeBook(dir, "host-past.xlsx", asWorkbook(fake));
    expect(differences(recalculatedSheets(file), PAST_EXPECTED)).toEqual([]);
  });

  test("a year not yet begun counts nothing, and says so at each typed value", async () => {
    const { fake, warnings } = await recapOnHost(aheadSheets());
    expect(warnings).toHaveLength(4);
    expect(warnings[3]).toBe(
      "TW IV!E3: peringatan — TW IV 2099 belum berakhir (31 Desember 2099) — nilai ini belum dihitung"
    );
    const file = await writeBook(dir, "host-ahead.xlsx", asWorkbook(fake));
    expect(differences(recalculatedSheets(file), AHEAD_EXPECTED)).toEqual([]);
  });
});
