// The add-in recaps the "which quarters count" workbooks on the strict test host; what it wrote is
// saved as .xlsx and recomputed by LibreOffice, which must reach the figures worked out by hand.
import { asWorkbook, recapOnHost } from "./hostWorkbook";
import {
  AHEAD_EXPECTED,
  aheadSheets,
  differences,
  PAST_EXPECTED,
  pastSheets,
} from "./scheduleWorkbook";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { ALL_PERIODS } from "../../src/core/plan";

// 15 July 2026 in Jakarta: 2023 has ended, 2099 has not begun.
const env = { now: () => new Date("2026-07-15T03:00:00Z"), user: "uji", utcOffset: () => 420 };

describeWithLibreOffice("the add-in's recap of which quarters count", () => {
  const dir = tmpDir();

  test("Tahunan, Semesteran and per-10,000 figures recompute to the hand-worked ones", async () => {
    const { fake, warnings } = await recapOnHost(pastSheets(), ALL_PERIODS, env);
    expect(warnings).toEqual([
      "TW II!E4: peringatan — indikator Tahunan: nilai TW II tidak dihitung — hanya TW IV",
      "TW I!E5: peringatan — indikator Semesteran: nilai TW I tidak dihitung — hanya TW II dan TW IV",
    ]);
    const file = await writeBook(dir, "host-past.xlsx", asWorkbook(fake));
    expect(differences(recalculatedSheets(file), PAST_EXPECTED)).toEqual([]);
  });

  test("a year not yet begun counts nothing, and says so at each typed value", async () => {
    const { fake, warnings } = await recapOnHost(aheadSheets(), ALL_PERIODS, env);
    expect(warnings).toHaveLength(4);
    expect(warnings[3]).toBe(
      "TW IV!E3: peringatan — TW IV 2099 belum berakhir (31 Desember 2099) — nilai ini belum dihitung"
    );
    const file = await writeBook(dir, "host-ahead.xlsx", asWorkbook(fake));
    expect(differences(recalculatedSheets(file), AHEAD_EXPECTED)).toEqual([]);
  });
});
