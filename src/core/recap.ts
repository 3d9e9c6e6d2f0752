// The recap of one period, computed in the core — the figures the sheet formulas must reproduce.
import { PeriodDef, Quarter, QUARTER_LABEL } from "./contract";
import { capaian, kategori } from "./capaian";
import { Indicator, KinerjaModel } from "./model";
import { penyebutZero, QuarterFigures, ROLLUPS } from "./rollup";
import { kodeKey } from "./names";

export type RecapRow = {
  no: number;
  indicator: Indicator;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
  status: string;
  missingQuarters: Quarter[];
};

const NOT_REPORTED: QuarterFigures = { realisasi: null, pembilang: null, penyebut: null };

export function quarterFigures(model: KinerjaModel, ind: Indicator, q: Quarter): QuarterFigures {
  return model.quarters[q].entries.get(kodeKey(ind.kode)) ?? NOT_REPORTED;
}

export function periodTarget(ind: Indicator, period: PeriodDef): number | null {
  if (period.usesAnnualTarget) return ind.targetTahunan;
  return ROLLUPS[ind.agregasi].semesterTarget(period.quarters.map((q) => ind.quarterTargets[q]));
}

export function recapPeriod(model: KinerjaModel, period: PeriodDef): RecapRow[] {
  return model.indicators.map((ind, i) => {
    const rollup = ROLLUPS[ind.agregasi];
    const figures = period.quarters.map((q) => quarterFigures(model, ind, q));
    const missingQuarters = period.quarters.filter((_, k) => !rollup.reported(figures[k]));
    const target = periodTarget(ind, period);
    const realisasi = rollup.realisasi(figures);
    const result = capaian(ind.polaritas, target, realisasi);
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
      kategori: kategori(model.settings.scale, result.value),
      status: statusText(missingQuarters, notes),
      missingQuarters,
    };
  });
}

/** `Lengkap` or `Belum lengkap (TW II, TW IV)`, then `; note` for each note. */
export function statusText(missing: readonly Quarter[], notes: readonly string[]): string {
  const base =
    missing.length === 0
      ? "Lengkap"
      : `Belum lengkap (${missing.map((q) => QUARTER_LABEL[q]).join(", ")})`;
  return [base, ...notes].join("; ");
}
