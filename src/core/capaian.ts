// Capaian (achievement, in percent points) and its Kategori band — docs/CONTRACT.md §4.
import { Polaritas } from "./contract";

export type CapaianResult = { value: number | null; note?: "target 0" };

/**
 * Positif: R ÷ T × 100. Negatif: (2T − R) ÷ T × 100. Both floored at 0: a negative realisation of a
 * Positif indicator (a growth rate that fell) achieved nothing, not less than nothing. Target 0:
 * Negatif gives 100 when R = 0 and 0 otherwise; Positif has no capaian. Rounded to 2 decimals,
 * exactly as the sheet's ROUND, so a band boundary (91) is judged on the figure people see.
 */
export function capaian(
  polaritas: Polaritas,
  target: number | null,
  realisasi: number | null
): CapaianResult {
  if (target === null || realisasi === null) return { value: null };
  if (target === 0) {
    if (polaritas === "Negatif") return { value: realisasi === 0 ? 100 : 0 };
    return { value: null, note: "target 0" };
  }
  if (polaritas === "Negatif")
    return { value: Math.max(0, roundHalfAway(((2 * target - realisasi) / target) * 100, 2)) };
  return { value: Math.max(0, roundHalfAway((realisasi / target) * 100, 2)) };
}

/** Excel's ROUND: half away from zero, on the 15-significant-digit value Excel works with. */
export function roundHalfAway(x: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / factor || 0;
}

export type Band = { min: number; label: string };

/** The five bands used in LKjIP and RKPD evaluations. */
export const DEFAULT_SCALE: readonly Band[] = [
  { min: 91, label: "Sangat Tinggi" },
  { min: 76, label: "Tinggi" },
  { min: 66, label: "Sedang" },
  { min: 51, label: "Rendah" },
  { min: -Infinity, label: "Sangat Rendah" },
];

/** Bands sorted from the highest lower bound; a capaian below every bound gets the lowest band. */
export function kategori(scale: readonly Band[], value: number | null): string | null {
  return kategoriOf(scale)(value);
}

/** `kategori` on one scale, sorted once for all the rows of a period. */
export function kategoriOf(scale: readonly Band[]): (value: number | null) => string | null {
  const sorted = sortScale(scale);
  return (value) => {
    if (value === null || sorted.length === 0) return null;
    return (sorted.find((b) => value >= b.min) ?? sorted[sorted.length - 1]).label;
  };
}

export const sortScale = (scale: readonly Band[]): Band[] =>
  [...scale].sort((a, b) => b.min - a.min);
