// The Kasubag Perencanaan's decision on a semester or annual report (SOP step 7, Keputusan Ya/Tidak):
// the state of each period as the tracker's history tells it, and what must hold before a Ya.
import { PeriodId, periodById, PERIODS } from "./contract";
import { planRecap } from "./plan";
import { blocking, Problem } from "./problems";
import { DECISION_STEP } from "./sop";
import { WorkbookSnapshot } from "./workbook";
import { Keputusan, parsePeriode, TrackerEntry } from "./tracker";

export type PeriodDecision = { keputusan: Keputusan; entry: TrackerEntry } | { keputusan: null };

const keputusanOf = (text: string): Keputusan | null => {
  const t = text.trim().toLowerCase();
  return t === "ya" ? "Ya" : t === "tidak" ? "Tidak" : null;
};

/** When an entry happened: Selesai, else Mulai; rows without either count as the oldest. */
const when = (e: TrackerEntry): number => e.selesai ?? e.mulai ?? -Infinity;

/**
 * The latest step-7 row with a Keputusan per period. Latest by Selesai, not by position: people sort
 * the tracker. Ties go to the lower row (appended later). A row naming no year counts for any year;
 * with `year` null (Pengaturan has no Tahun) every year counts.
 */
export function latestDecisions(
  entries: readonly TrackerEntry[],
  year: number | null
): Record<PeriodId, PeriodDecision> {
  const out = Object.fromEntries(PERIODS.map((p) => [p.id, { keputusan: null }])) as Record<
    PeriodId,
    PeriodDecision
  >;
  const best = new Map<PeriodId, TrackerEntry>();
  for (const e of entries) {
    const keputusan = keputusanOf(e.keputusan);
    const periode = parsePeriode(e.periode);
    if (e.langkah !== DECISION_STEP || keputusan === null || !periode) continue;
    if (periode.key !== "semester1" && periode.key !== "semester2" && periode.key !== "tahunan")
      continue;
    if (year !== null && periode.year !== null && periode.year !== year) continue;
    const current = best.get(periode.key);
    if (!current || when(e) > when(current) || (when(e) === when(current) && e.row > current.row))
      best.set(periode.key, e);
  }
  for (const [period, entry] of best)
    out[period] = { keputusan: keputusanOf(entry.keputusan) as Keputusan, entry };
  return out;
}

export type RecapState = "missing" | "stale" | "current" | "unchecked";

/**
 * Whether a period's recap sheet is what a recap would write now: `missing`; `stale` when it no longer
 * lists the Perjanjian Kinerja's indicators; `current`; `unchecked` when the workbook has problems a
 * recap would refuse (then nothing can be compared). The recap's figures are live formulas, so a sheet
 * with the right rows is current; `recapRows` is the number of rows the sheet uses (null when it does
 * not exist). `problems` says why the period cannot be approved (empty when current).
 */
export function recapCurrency(
  book: WorkbookSnapshot,
  period: PeriodId,
  recapRows: number | null
): { state: RecapState; problems: Problem[] } {
  const def = periodById(period);
  const plan = planRecap(book, [period]);
  if (!plan.ok)
    return {
      state: recapRows === null ? "missing" : "unchecked",
      problems: blocking(plan.problems),
    };
  if (recapRows === null) {
    return {
      state: "missing",
      problems: [
        {
          sheet: def.sheet,
          cell: "A1",
          severity: "error",
          message: `lembar ${def.sheet} belum ada — jalankan Rekap ${def.title} dulu`,
        },
      ],
    };
  }
  const expected = plan.patch.sheets[0].rows.length;
  if (recapRows !== expected) {
    const n = plan.results[0].rows.length;
    return {
      state: "stale",
      problems: [
        {
          sheet: def.sheet,
          cell: "A1",
          severity: "error",
          message: `lembar ${def.sheet} tidak sesuai Perjanjian Kinerja saat ini (${n} indikator) — jalankan Rekap ${def.title} lagi`,
        },
      ],
    };
  }
  return { state: "current", problems: [] };
}

/**
 * Why a period cannot be approved: the recap would refuse the workbook (its problems), the period's
 * recap sheet is missing, or it no longer lists the Perjanjian Kinerja's indicators.
 */
export function approvalProblems(
  book: WorkbookSnapshot,
  period: PeriodId,
  recapRows: number | null
): Problem[] {
  return recapCurrency(book, period, recapRows).problems;
}
