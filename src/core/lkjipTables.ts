// The LKjIP draft's three tables per Sasaran Strategis (docs/CONTRACT.md "LKjIP draft"): the year's
// measurement, the previous years of `Riwayat` beside it, and the Renstra end target. Cells are text
// already in Indonesian notation; a renderer only lays them out.
import { RecapRow } from "./recap";
import { formatDecimals } from "./report";
import { RiwayatRow } from "./riwayat";
import { Predikat } from "./predikat";
import {
  capaianChange,
  progressCell,
  renstraProgress,
  shownFigure,
  shownOf,
  signedPoints,
} from "./lkjipFigures";

/**
 * A column; `width` is relative to the table's others. Consecutive columns of one `group` share a
 * header cell above their own (a year above its Realisasi and Capaian).
 */
export type LkjipColumn = {
  header: string;
  align: "left" | "right" | "center";
  width: number;
  group?: string;
};
export type LkjipTable = { caption: string; columns: LkjipColumn[]; rows: string[][] };

const column = (
  header: string,
  align: LkjipColumn["align"],
  width: number,
  group?: string
): LkjipColumn => ({ header, align, width, ...(group !== undefined && { group }) });
const capaianCell = (x: number | null): string => (x === null ? "–" : formatDecimals(x, 2));
const yearLabel = (year: number | null): string => (year === null ? "tahun ini" : String(year));

/** Numbers the rows 1… within the table, as an LKjIP's tables are numbered. */
export function measuredTable(caption: string, rows: readonly RecapRow[]): LkjipTable {
  return {
    caption,
    columns: [
      column("No", "center", 5),
      column("Indikator Kinerja", "left", 33),
      column("Satuan", "center", 10),
      column("Target", "right", 11),
      column("Realisasi", "right", 11),
      column("Capaian (%)", "right", 11),
      column("Kategori", "center", 13),
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.indicator.indikator,
      r.indicator.satuan,
      shownFigure(shownOf(r, "target")),
      shownFigure(shownOf(r, "realisasi")),
      capaianCell(r.capaian),
      r.kategori ?? "–",
    ]),
  };
}

/**
 * Realisasi and Capaian of each shown previous year and of the year, then the change in capaian
 * points against the latest shown year (`years` is not empty).
 */
export function historyTable(
  caption: string,
  rows: readonly RecapRow[],
  history: readonly Map<number, RiwayatRow>[],
  years: readonly number[],
  year: number | null
): LkjipTable {
  const latest = years[years.length - 1];
  return {
    caption,
    columns: [
      column("No", "center", 5),
      column("Indikator Kinerja", "left", 18),
      column("Satuan", "center", 10),
      ...[...years, yearLabel(year)].flatMap((y) => [
        column("Realisasi", "right", 11, String(y)),
        column("Capaian (%)", "right", 11, String(y)),
      ]),
      column(`Perubahan Capaian ${latest}–${yearLabel(year)} (poin)`, "right", 12),
    ],
    rows: rows.map((r, i) => {
      const change = capaianChange(r.capaian, history[i].get(latest));
      return [
        String(i + 1),
        r.indicator.indikator,
        r.indicator.satuan,
        ...years.flatMap((y) => {
          const past = history[i].get(y);
          return [shownFigure(past?.realisasi ?? null), capaianCell(past?.capaian ?? null)];
        }),
        shownFigure(shownOf(r, "realisasi")),
        capaianCell(r.capaian),
        change === null ? "–" : signedPoints(change),
      ];
    }),
  };
}

export function renstraTable(
  caption: string,
  rows: readonly RecapRow[],
  year: number | null,
  predikat: readonly Predikat[]
): LkjipTable {
  return {
    caption,
    columns: [
      column("No", "center", 5),
      column("Indikator Kinerja", "left", 28),
      column("Satuan", "center", 9),
      column(`Realisasi ${yearLabel(year)}`, "right", 10),
      column("Target Akhir Renstra", "right", 10),
      column("Tahun Akhir Renstra", "center", 9),
      column("Capaian terhadap Target Akhir (%)", "right", 22),
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.indicator.indikator,
      r.indicator.satuan,
      shownFigure(shownOf(r, "realisasi")),
      shownFigure(r.indicator.renstra?.target ?? null),
      r.indicator.renstra?.tahun == null ? "–" : String(r.indicator.renstra.tahun),
      progressCell(renstraProgress(r, year, predikat)),
    ]),
  };
}
