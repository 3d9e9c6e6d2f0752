// The recap of one period, computed in the core — the figures the sheet formulas must reproduce. Only
// the quarters that count (schedule.ts: due for the indicator's Frekuensi, and ended) enter it.
import { PeriodSpan, Quarter, QUARTER_LABEL } from "./contract";
import { capaian, kategoriOf } from "./capaian";
import { Indicator, KinerjaModel } from "./model";
import { penyebutZero, QuarterFigures, ROLLUPS } from "./rollup";
import { kodeKey } from "./names";
import { counts, isDue, notAssessedText } from "./schedule";
import { rangeCapaian, RangeTarget, rangeText, rollUpRange, TargetRange } from "./range";

export type RecapRow = {
  no: number;
  indicator: Indicator;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
  status: string;
  /** The period's due quarters that do not count yet: not reported, or not ended. */
  missingQuarters: Quarter[];
  /** False when the indicator is due in no quarter of the period (Semester I of a Tahunan one). */
  assessed: boolean;
  /**
   * What the sheet shows instead of the number, where it differs: a Predikat indicator's
   * predicates as typed, a range target as `80 – 90`.
   */
  shown?: { target?: string | null; realisasi?: string | null };
  /** The period's target range (range.ts), which the sheet's formulas bake in; `target` is its hi. */
  range?: RangeTarget;
};

const NOT_REPORTED: QuarterFigures = { realisasi: null, pembilang: null, penyebut: null };

/** The figures quarter `q` holds for the indicator whose Kode has `key` (names.ts `kodeKey`). */
export function quarterFigures(model: KinerjaModel, key: string, q: Quarter): QuarterFigures {
  return model.quarters[q].entries.get(key) ?? NOT_REPORTED;
}

/** The period's quarters the indicator reports in. */
export const dueQuarters = (ind: Indicator, period: PeriodSpan): Quarter[] =>
  period.quarters.filter((q) => isDue(ind.frekuensi, q));

export function periodTarget(ind: Indicator, period: PeriodSpan): number | null {
  if (period.usesAnnualTarget) return ind.targetTahunan;
  return ROLLUPS[ind.agregasi].semesterTarget(
    dueQuarters(ind, period).map((q) => ind.quarterTargets[q])
  );
}

export function recapPeriod(model: KinerjaModel, period: PeriodSpan): RecapRow[] {
  const kategoriOfCapaian = kategoriOf(model.settings.scale);
  return model.indicators.map((ind, i) => {
    const rollup = ROLLUPS[ind.agregasi];
    const due = dueQuarters(ind, period);
    if (due.length === 0) return notAssessed(ind, i);
    const key = kodeKey(ind.kode);
    const figures = period.quarters.map((q) =>
      counts(ind, q, model.clock) ? quarterFigures(model, key, q) : NOT_REPORTED
    );
    const missingQuarters = due.filter(
      (q) => !rollup.reported(figures[period.quarters.indexOf(q)])
    );
    const range = periodRange(ind, period);
    const target = range ? range.hi : periodTarget(ind, period);
    const realisasi = rollup.realisasi(figures, ind.pengali);
    const result = range
      ? rangeCapaian(ind.polaritas, range, realisasi)
      : capaian(ind.polaritas, target, realisasi);
    const notes = [
      target === null ? "target kosong" : null,
      target === 0 && ind.polaritas !== "Negatif" ? "target 0" : null,
      penyebutZero(ind.agregasi, figures) ? "penyebut 0" : null,
    ].filter((n): n is string => n !== null);
    return {
      no: i + 1,
      indicator: ind,
      target,
      realisasi,
      capaian: result.value,
      kategori: kategoriOfCapaian(result.value),
      status: statusText(missingQuarters, notes),
      missingQuarters,
      assessed: true,
      ...(ind.predikat && { shown: predikatShown(model, ind, key, period) }),
      ...(range && {
        shown: { target: rangeText(range) },
        range: { kode: ind.kode, range, guard: rangeGuard(ind, period) },
      }),
    };
  });
}

/** A row's Target or Realisasi cell as the sheet shows it: its text where it has one, else the number. */
export function shownValue(row: RecapRow, field: "target" | "realisasi"): string | number {
  const text = row.shown?.[field];
  return text !== undefined ? (text ?? "") : (row[field] ?? "");
}

/** A period's target range when its targets hold one and the roll-up keeps two different bounds. */
function periodRange(ind: Indicator, period: PeriodSpan): TargetRange | null {
  const ranges = ind.ranges;
  if (!ranges) return null;
  const range = period.usesAnnualTarget
    ? (ranges.tahunan ?? null)
    : rollUpRange(
        ind.agregasi,
        dueQuarters(ind, period).map((q) => ranges[q] ?? ind.quarterTargets[q])
      );
  return range && range.lo < range.hi ? range : null;
}

/** The period's target cells as the formulas' guard reads them (range.ts `guardToken`). */
const rangeGuard = (ind: Indicator, period: PeriodSpan): string =>
  (period.usesAnnualTarget ? (["tahunan"] as const) : period.quarters)
    .map((s) => ind.guard?.[s] ?? "")
    .join("|");

/**
 * A Predikat indicator's period target and realisation as typed: as its nilai are rolled up
 * (Terakhir), the target of the period (Tahunan: Target Tahunan; else the last due quarter's) and
 * the latest counted predicate.
 */
function predikatShown(
  model: KinerjaModel,
  ind: Indicator,
  key: string,
  period: PeriodSpan
): { target: string | null; realisasi: string | null } {
  const labels = ind.predikat;
  const due = dueQuarters(ind, period);
  const target = period.usesAnnualTarget
    ? (labels?.tahunan ?? null)
    : (labels?.quarters[due[due.length - 1]] ?? null);
  const reported = due
    .filter((q) => counts(ind, q, model.clock))
    .map((q) => model.quarters[q].entries.get(key)?.predikat)
    .filter((p): p is string => p !== undefined);
  return { target, realisasi: reported[reported.length - 1] ?? null };
}

/** A period the indicator reports in no quarter of: nothing to compare, and nothing missing. */
const notAssessed = (ind: Indicator, i: number): RecapRow => ({
  no: i + 1,
  indicator: ind,
  target: null,
  realisasi: null,
  capaian: null,
  kategori: null,
  status: notAssessedText(ind.frekuensi),
  missingQuarters: [],
  assessed: false,
});

/** `Lengkap` or `Belum lengkap (TW II, TW IV)`, then `; note` for each note. */
export function statusText(missing: readonly Quarter[], notes: readonly string[]): string {
  const base =
    missing.length === 0
      ? "Lengkap"
      : `Belum lengkap (${missing.map((q) => QUARTER_LABEL[q]).join(", ")})`;
  return [base, ...notes].join("; ");
}
