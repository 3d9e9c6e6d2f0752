// Roll-ups of quarters into a period — docs/CONTRACT.md §4, one table row per Agregasi.
import { Agregasi } from "./contract";

export type QuarterFigures = {
  realisasi: number | null;
  pembilang: number | null;
  penyebut: number | null;
};

export type Rollup = {
  /** Whether a quarter counts as reported for this Agregasi. */
  reported: (f: QuarterFigures) => boolean;
  /** Realisasi of the period from its quarters in order; null when nothing can be said. */
  realisasi: (quarters: readonly QuarterFigures[]) => number | null;
  /** A semester's target from the period's quarter targets (in order); null when none is given. */
  semesterTarget: (targets: readonly (number | null)[]) => number | null;
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
  },
  "Rata-rata": {
    reported: byRealisasi,
    realisasi: (qs) => mean(qs.map((q) => q.realisasi)),
    semesterTarget: mean,
  },
  Terakhir: {
    reported: byRealisasi,
    realisasi: (qs) => latestReported(qs.map((q) => q.realisasi)),
    semesterTarget: lastOf,
  },
  Rasio: {
    // Validation guarantees Pembilang and Penyebut come together, so one of them decides.
    reported: (f) => f.penyebut !== null,
    realisasi: (qs) => {
      const penyebut = total(qs.map((q) => q.penyebut));
      if (penyebut === null || penyebut === 0) return null;
      return ((total(qs.map((q) => q.pembilang)) ?? 0) / penyebut) * 100;
    },
    semesterTarget: lastOf,
  },
};

/** A Rasio period whose reported denominators add up to 0 has no Realisasi. */
export function penyebutZero(agregasi: Agregasi, quarters: readonly QuarterFigures[]): boolean {
  return agregasi === "Rasio" && total(quarters.map((q) => q.penyebut)) === 0;
}
