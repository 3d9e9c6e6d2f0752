// Roll-ups of quarters into a period — docs/CONTRACT.md §4, one table row per Agregasi. Each row says
// its rule twice, as a computation and as spreadsheet formula text over the recap row's cells, side by
// side so they cannot drift apart; formulas.ts walks the table to build the per-row IF ladder, and the
// LibreOffice tests check that both give the same figures.
import { Agregasi } from "./contract";

export type QuarterFigures = {
  realisasi: number | null;
  pembilang: number | null;
  penyebut: number | null;
};

/**
 * A recap row's cells as formula text: `values`/`penyebut` ranges, `latest` the latest reported value,
 * `pengali` the row's Pengali (a cell, or the default as a number).
 */
export type PeriodRefs = { values: string; penyebut: string; latest: string; pengali: string };
/** A semester row's quarter targets: `list` the references, `latest` the period's last target or "". */
export type TargetRefs = { list: string; latest: string };

export type Rollup = {
  /** Whether a quarter counts as reported for this Agregasi. */
  reported: (f: QuarterFigures) => boolean;
  /** Realisasi of the period from its counting quarters in order; null when nothing can be said. */
  realisasi: (quarters: readonly QuarterFigures[], pengali: number) => number | null;
  /** A semester's target from the period's due quarters' targets (in order); null when none is given. */
  semesterTarget: (targets: readonly (number | null)[]) => number | null;
  /** `realisasi` as formula text, given that at least one quarter is reported. */
  realisasiFormula: (r: PeriodRefs) => string;
  /** `semesterTarget` as formula text. */
  semesterTargetFormula: (t: TargetRefs) => string;
};

const numbers = (xs: readonly (number | null)[]): number[] =>
  xs.filter((x): x is number => x !== null);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const lastOf = (xs: readonly (number | null)[]): number | null => {
  const last = xs[xs.length - 1];
  return last === undefined ? null : last;
};
const latestReported = (xs: readonly (number | null)[]): number | null => {
  const given = numbers(xs);
  return given.length === 0 ? null : given[given.length - 1];
};
const total = (xs: readonly (number | null)[]): number | null =>
  numbers(xs).length === 0 ? null : sum(numbers(xs));
const mean = (xs: readonly (number | null)[]): number | null => {
  const given = numbers(xs);
  return given.length === 0 ? null : sum(given) / given.length;
};

const byRealisasi = (f: QuarterFigures): boolean => f.realisasi !== null;

export const ROLLUPS: Record<Agregasi, Rollup> = {
  Jumlah: {
    reported: byRealisasi,
    realisasi: (qs) => total(qs.map((q) => q.realisasi)),
    semesterTarget: total,
    realisasiFormula: (r) => `SUM(${r.values})`,
    semesterTargetFormula: (t) => `IF(COUNT(${t.list})=0,"",SUM(${t.list}))`,
  },
  "Rata-rata": {
    reported: byRealisasi,
    realisasi: (qs) => mean(qs.map((q) => q.realisasi)),
    semesterTarget: mean,
    realisasiFormula: (r) => `AVERAGE(${r.values})`,
    semesterTargetFormula: (t) => `IF(COUNT(${t.list})=0,"",AVERAGE(${t.list}))`,
  },
  Terakhir: {
    reported: byRealisasi,
    realisasi: (qs) => latestReported(qs.map((q) => q.realisasi)),
    semesterTarget: lastOf,
    realisasiFormula: (r) => r.latest,
    semesterTargetFormula: (t) => t.latest,
  },
  Rasio: {
    // Validation guarantees Pembilang and Penyebut come together, so one of them decides.
    reported: (f) => f.penyebut !== null,
    realisasi: (qs, pengali) => {
      const penyebut = total(qs.map((q) => q.penyebut));
      if (penyebut === null || penyebut === 0) return null;
      return ((total(qs.map((q) => q.pembilang)) ?? 0) / penyebut) * pengali;
    },
    semesterTarget: lastOf,
    realisasiFormula: (r) =>
      `IF(SUM(${r.penyebut})=0,"",SUM(${r.values})/SUM(${r.penyebut})*${r.pengali})`,
    semesterTargetFormula: (t) => t.latest,
  },
};

/** A Rasio period whose reported denominators add up to 0 has no Realisasi. */
export function penyebutZero(agregasi: Agregasi, quarters: readonly QuarterFigures[]): boolean {
  return agregasi === "Rasio" && total(quarters.map((q) => q.penyebut)) === 0;
}
