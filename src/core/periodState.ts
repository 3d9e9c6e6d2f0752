// Where each period's report stands in the SOP's review (docs/CONTRACT.md §"Tahapan SOP", states):
// `Draf` → `Diajukan` (staff submits it, step 6) → `Disetujui` (Ya, step 7) or `Dikembalikan` (Tidak)
// → `Diajukan` again after corrections. The state is the tracker's latest such row: it lives in the
// workbook, never in a browser, and everyone who opens the workbook sees the same.
import { normalizeWord, PeriodId, PERIODS } from "./contract";
import { DECISION_STEP } from "./sop";
import { parsePeriode, TrackerEntry } from "./tracker";

export type PeriodState = "Draf" | "Diajukan" | "Disetujui" | "Dikembalikan";
export type PeriodAction = "submit" | "approve" | "giveBack";

/** SOP step 6 ("menyusun laporan … semester") ends with the report handed to the Kasubag. */
export const SUBMIT_STEP = 6;
/** What a submission row holds in `Keputusan`. */
export const SUBMITTED = "Diajukan";

/** Which actions each state allows: a Ya or a Tidak answers a submission; an approval can be reopened. */
export const ALLOWED: Record<PeriodState, readonly PeriodAction[]> = {
  Draf: ["submit"],
  Diajukan: ["approve", "giveBack"],
  Disetujui: ["submit", "giveBack"],
  Dikembalikan: ["submit"],
};

export type PeriodStateView = {
  state: PeriodState;
  /** The row that moved it there; null for Draf. */
  entry: TrackerEntry | null;
};

function stateOf(e: TrackerEntry): PeriodState | null {
  const k = normalizeWord(e.keputusan);
  if (e.langkah === SUBMIT_STEP && k === normalizeWord(SUBMITTED)) return "Diajukan";
  if (e.langkah !== DECISION_STEP) return null;
  return k === "ya" ? "Disetujui" : k === "tidak" ? "Dikembalikan" : null;
}

/** When a row happened: Selesai, else Mulai; rows without either count as the oldest. */
const when = (e: TrackerEntry): number => e.selesai ?? e.mulai ?? -Infinity;

/**
 * Each period's state from the tracker. Latest by Selesai, not by position (people sort the tracker);
 * ties go to the lower row (appended later). A row naming no year counts for any year; with `year`
 * null (Pengaturan has no Tahun) every year counts.
 */
export function periodStates(
  entries: readonly TrackerEntry[],
  year: number | null
): Record<PeriodId, PeriodStateView> {
  const latest = new Map<PeriodId, { entry: TrackerEntry; state: PeriodState }>();
  for (const e of entries) {
    const state = stateOf(e);
    const periode = parsePeriode(e.periode);
    if (state === null || !periode) continue;
    if (periode.key !== "semester1" && periode.key !== "semester2" && periode.key !== "tahunan")
      continue;
    if (year !== null && periode.year !== null && periode.year !== year) continue;
    const current = latest.get(periode.key)?.entry;
    if (!current || when(e) > when(current) || (when(e) === when(current) && e.row > current.row))
      latest.set(periode.key, { entry: e, state });
  }
  return Object.fromEntries(
    PERIODS.map((p) => {
      const found = latest.get(p.id);
      return [p.id, found ?? { state: "Draf", entry: null }];
    })
  ) as Record<PeriodId, PeriodStateView>;
}
