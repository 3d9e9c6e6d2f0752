// The figures the LKjIP draft compares (docs/CONTRACT.md "LKjIP draft"): one indicator's year
// against the previous years of `Riwayat`, and against its Renstra end target. Each comparison either
// has a figure or says why it has none; nothing here guesses.
import { capaian, roundHalfAway } from "./capaian";
import { Polaritas } from "./contract";
import { findPredikat, Predikat } from "./predikat";
import { RecapRow } from "./recap";
import { formatDecimals, formatFigure } from "./report";
import { RiwayatRow } from "./riwayat";

/**
 * Previous years shown beside the year: two, so that the table (three years of Realisasi and
 * Capaian, and the change) still fits an A4 portrait page in a readable size.
 */
export const HISTORY_YEARS = 2;

/** The latest HISTORY_YEARS years before `year` that `Riwayat` holds, oldest first. */
export function historyYears(riwayat: readonly RiwayatRow[], year: number | null): number[] {
  if (year === null) return [];
  const years = [...new Set(riwayat.map((r) => r.tahun).filter((t) => t < year))];
  return years
    .sort((a, b) => b - a)
    .slice(0, HISTORY_YEARS)
    .reverse();
}

/** Riwayat keeps a Kode as text; a numeric Kode 7 of Perjanjian Kinerja is its "7". */
const riwayatKey = (kode: string | number): string => String(kode).trim().toLowerCase();

/**
 * An indicator's Riwayat rows by year. A Kode and year written twice is ambiguous: the first row in
 * the sheet is the one shown, as Excel's MATCH would find it.
 */
export function riwayatByYear(
  riwayat: readonly RiwayatRow[],
  kode: string | number
): Map<number, RiwayatRow> {
  const key = riwayatKey(kode);
  const byYear = new Map<number, RiwayatRow>();
  for (const r of riwayat)
    if (riwayatKey(r.kode) === key && !byYear.has(r.tahun)) byYear.set(r.tahun, r);
  return byYear;
}

/** This year's capaian less the latest previous year's, in points (2 decimals); null when either is missing. */
export function capaianChange(
  current: number | null,
  previous: RiwayatRow | undefined
): number | null {
  if (current === null || previous === undefined || previous.capaian === null) return null;
  return roundHalfAway(current - previous.capaian, 2);
}

/** `naik 8,33 poin dibanding 2022`, `turun …`, `sama dengan 2022`. */
export function changeWords(change: number, year: number): string {
  if (change === 0) return `sama dengan ${year}`;
  return `${change > 0 ? "naik" : "turun"} ${formatDecimals(Math.abs(change), 2)} poin dibanding ${year}`;
}

/** The change as the table prints it: +8,33 · -5,00 · 0,00. */
export const signedPoints = (change: number): string =>
  `${change > 0 ? "+" : ""}${formatDecimals(change, 2)}`;

/** A recap row's Target or Realisasi as the sheet shows it: a predicate or range as text, else the number. */
export const shownOf = (row: RecapRow, field: "target" | "realisasi"): number | string | null => {
  const text = row.shown?.[field];
  return text !== undefined ? text : row[field];
};

/** A Target or Realisasi cell: the figure rule for numbers, text (a predicate, a range) as it is. */
export const shownFigure = (x: number | string | null): string =>
  x === null ? "–" : typeof x === "number" ? formatFigure(x) : x;

/** A figure followed by its Satuan, for sentences: `124 Kasus`, `124 %`. */
export const withSatuan = (figure: string, satuan: string): string =>
  satuan.trim() === "" ? figure : `${figure} ${satuan.trim()}`;

export type RenstraProgress =
  /** Capaian against the end target, percent points, 2 decimals. */
  | { kind: "percent"; value: number }
  /** A predicate end target: reached or not, by the predicates' nilai; no percentage is honest. */
  | { kind: "predikat"; reached: boolean }
  | { kind: "none"; reason: string };

/**
 * Progress to the Renstra end target: the year's Realisasi against it by the capaian rule of the
 * indicator's polarity (§4): Positif R ÷ T × 100, Negatif (2T − R) ÷ T × 100, floored at 0; a target
 * range's realisation is a number like any other. A predicate end target is only reached or not
 * (nilai compared by polarity): dividing grade values is not progress.
 */
export function renstraProgress(
  row: RecapRow,
  year: number | null,
  predikat: readonly Predikat[]
): RenstraProgress {
  const renstra = row.indicator.renstra;
  const yearText = year === null ? "tahun ini" : String(year);
  if (renstra === undefined) return { kind: "none", reason: "target akhir Renstra belum diisi" };
  if (row.realisasi === null) return { kind: "none", reason: `realisasi ${yearText} belum ada` };
  if (typeof renstra.target === "string") {
    const target = findPredikat(predikat, renstra.target);
    if (!row.indicator.predikat || target === undefined)
      return { kind: "none", reason: "target akhir Renstra bukan angka" };
    return {
      kind: "predikat",
      reached: reachedBy(row.indicator.polaritas, row.realisasi, target.nilai),
    };
  }
  if (row.indicator.predikat)
    return { kind: "none", reason: "target akhir Renstra berupa angka, realisasinya predikat" };
  const result = capaian(row.indicator.polaritas, renstra.target, row.realisasi);
  return result.value === null
    ? { kind: "none", reason: "target akhir Renstra 0" }
    : { kind: "percent", value: result.value };
}

const reachedBy = (polaritas: Polaritas, nilai: number, target: number): boolean =>
  polaritas === "Negatif" ? nilai <= target : nilai >= target;

/** The progress cell of the Renstra table: never blank. */
export function progressCell(p: RenstraProgress): string {
  if (p.kind === "percent") return formatDecimals(p.value, 2);
  if (p.kind === "predikat")
    return `tidak dapat dihitung (predikat); ${p.reached ? "sudah tercapai" : "belum tercapai"}`;
  return `tidak dapat dihitung (${p.reason})`;
}

const yearWord = (year: number | null): string => (year === null ? "ini" : String(year));

/** `Capaian indikator X tahun 2023 sebesar 103,33 % (Sangat Tinggi), naik 8,33 poin dibanding 2022.` */
export function capaianSentence(
  row: RecapRow,
  year: number | null,
  previous: RiwayatRow | undefined,
  previousYear: number | undefined
): string {
  const subject = `Capaian indikator ${row.indicator.indikator} tahun ${yearWord(year)}`;
  if (row.capaian === null) return `${subject} belum dapat dihitung (${row.status}).`;
  const kategori = row.kategori === null ? "" : ` (${row.kategori})`;
  const change = capaianChange(row.capaian, previous);
  const compared =
    change === null || previousYear === undefined ? "" : `, ${changeWords(change, previousYear)}`;
  const status = row.status === "Lengkap" ? "" : `; status rekap: ${row.status}`;
  return `${subject} sebesar ${formatDecimals(row.capaian, 2)} %${kategori}${compared}${status}.`;
}

/** The Renstra comparison in words; none where the table's cell already says it cannot be computed. */
export function renstraSentence(
  row: RecapRow,
  year: number | null,
  predikat: readonly Predikat[]
): string | null {
  const ind = row.indicator;
  const renstra = ind.renstra;
  const progress = renstraProgress(row, year, predikat);
  if (renstra === undefined || progress.kind === "none") return null;
  const until = renstra.tahun === null ? "" : ` tahun ${renstra.tahun}`;
  const realisasi = shownFigure(shownOf(row, "realisasi"));
  const target = shownFigure(renstra.target);
  const subject = `Realisasi indikator ${ind.indikator} tahun ${yearWord(year)}`;
  if (progress.kind === "predikat")
    return `${subject} (${realisasi}) ${progress.reached ? "sudah" : "belum"} mencapai target akhir Renstra${until} (${target}).`;
  return `${subject} sebesar ${withSatuan(realisasi, ind.satuan)}; capaian terhadap target akhir Renstra${until} (${withSatuan(target, ind.satuan)}) sebesar ${formatDecimals(progress.value, 2)} %.`;
}
