// Which quarters count, proved by an independent calculator: the CLI recaps a workbook with Tahunan,
// Semesteran and per-10,000 indicators, and one whose year (2099) has not begun; LibreOffice recomputes
// the recap's live formulas and must arrive at the figures worked out by hand.
import { readFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import {
  AHEAD_EXPECTED,
  aheadSheets,
  differences,
  PAST_EXPECTED,
  pastSheets,
} from "../excel/scheduleWorkbook";

/** Every formula text of the generated sheets in a file. */
function recapFormulas(file: string): string[] {
  return readSnapshot(readFileSync(file))
    .sheets.filter((s) => ["Semester I", "Semester II", "Tahunan"].includes(s.name))
    .flatMap((s) => s.rows.flatMap((r) => r.map((c) => c?.formula ?? "")))
    .filter((f) => f !== "");
}

describeWithLibreOffice("LibreOffice recomputes which quarters count", () => {
  const dir = tmpDir();

  test("Tahunan, Semesteran and a Rasio per 10,000 roll up only their due quarters", async () => {
    const file = await writeBook(dir, "past.xlsx", pastSheets());
    const out = path.join(dir, "past-recap.xlsx");
    const run = await cli("recap", file, "--out", out);
    expect(run.code).toBe(0);
    // The two values typed in quarters their indicators are not due in are said, and left out.
    expect(run.out).toContain("indikator Tahunan: nilai TW II tidak dihitung — hanya TW IV");
    expect(run.out).toContain(
      "indikator Semesteran: nilai TW I tidak dihitung — hanya TW II dan TW IV"
    );
    expect(differences(recalculatedSheets(out), PAST_EXPECTED)).toEqual([]);
    // A year long past: no volatile function anywhere.
    expect(recapFormulas(out).filter((f) => f.includes("TODAY("))).toEqual([]);
  });

  test("zeros typed for quarters that have not ended count only once each quarter ends", async () => {
    const file = await writeBook(dir, "ahead.xlsx", aheadSheets());
    const out = path.join(dir, "ahead-recap.xlsx");
    const run = await cli("recap", file, "--out", out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "TW III 2099 belum berakhir (30 September 2099) — nilai ini belum dihitung"
    );
    expect(differences(recalculatedSheets(out), AHEAD_EXPECTED)).toEqual([]);
    // Each quarter's value cells wait for the day after its end, by the sheet's own clock.
    const formulas = recapFormulas(out).join("\n");
    for (const end of ["2099,3,31", "2099,6,30", "2099,9,30", "2099,12,31"])
      expect(formulas).toContain(`TODAY()>DATE(${end})`);
  });
});
