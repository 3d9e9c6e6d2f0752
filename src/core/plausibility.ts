// Quarter figures that read as numbers but look mistyped (docs/CONTRACT.md §3 "Cells as people type
// them"): `144.000` pasted as 144000, a stray minus, a count typed where a percentage goes. Each is a
// warning at its cell, never a block: the figure may be right, and only a person can tell.
import { roundHalfAway } from "./capaian";
import { Quarter, TW_COLUMNS } from "./contract";
import { isPercentSatuan } from "./dataRows";
import { Indicator } from "./indicators";
import type { ProblemText } from "./messages";
import { unitKey } from "./parse";
import { QuarterFigures } from "./rollup";

/**
 * Satuan that count things, which no quarter can have fewer than zero of (compared as `unitKey`
 * compares units). Jumlah and Rasio figures are counts whatever their Satuan, and are refused when
 * negative; this list speaks for Rata-rata and Terakhir.
 */
const COUNT_UNITS: readonly string[] = [
  "Orang",
  "Jiwa",
  "KK",
  "Peserta",
  "Personil",
  "Anggota",
  "Kasus",
  "Kejadian",
  "Kali",
  "Unit",
  "Buah",
  "Paket",
  "Dokumen",
  "Kegiatan",
  "Laporan",
  "Perda",
  "Perkada",
  "Titik",
  "Lokasi",
  "Pos",
  "Regu",
  "Desa",
  "Kelurahan",
  "Sekolah",
  "Kendaraan",
];
const COUNTED = new Set(COUNT_UNITS.map(unitKey));

/** A Realisasi more than this many times its target is probably a thousands separator gone wrong. */
const TENFOLD = 10;

export type Implausible = { column: "realisasi" | "pembilang"; text: ProblemText };

/**
 * The warnings for one quarter's figures of `ind`. A Rasio is judged by its quarter ratio (at the
 * Pembilang), every other Agregasi by its Realisasi; the target compared is the quarter's own
 * when given, else Target Tahunan.
 */
export function implausible(
  ind: Indicator,
  quarter: Quarter,
  figures: QuarterFigures
): Implausible[] {
  const { realisasi, pembilang, penyebut } = figures;
  const ratio = ind.agregasi === "Rasio";
  const value = ratio
    ? pembilang !== null && penyebut !== null && penyebut !== 0
      ? (pembilang / penyebut) * ind.pengali
      : null
    : realisasi;
  if (value === null) return [];
  const column = ratio ? "pembilang" : "realisasi";
  const header = ratio
    ? `${TW_COLUMNS.pembilang} ÷ ${TW_COLUMNS.penyebut} × ${ind.pengali} =`
    : TW_COLUMNS.realisasi;
  const at = (text: ProblemText): Implausible[] => [{ column, text }];
  // A quotient is said as capaian is, to 2 decimals; a typed figure as typed. Worked out only for a
  // warning: most figures get none.
  const said = (): number => (ratio ? roundHalfAway(value, 2) : value);

  // At most one warning a figure: the first that fits says what it most likely is.
  const target = ind.quarterTargets[quarter] ?? ind.targetTahunan;
  if (target > 0 && value > TENFOLD * target)
    return at({ key: "overTenfold", params: { header, value: said(), target } });
  // A Rasio per 1,000 people is not a percentage, whatever its Satuan says.
  const percent = (): boolean => isPercentSatuan(ind.satuan) && (!ratio || ind.pengali === 100);
  if (value > 100 && ind.polaritas === "Positif" && percent())
    return at({ key: "percentOver100", params: { header, value: said() } });
  if (value < 0 && COUNTED.has(unitKey(ind.satuan)))
    return at({ key: "negativeCount", params: { header, value: said(), satuan: ind.satuan } });
  if (value < 0 && ind.polaritas === "Positif")
    return at({ key: "negativePositif", params: { header, value: said() } });
  return [];
}
