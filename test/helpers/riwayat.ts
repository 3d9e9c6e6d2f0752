// Last year's and this year's indicators for the Riwayat tests (test/cli/riwayat.test.ts,
// test/excel/riwayat.test.ts), with the Riwayat rows worked out by hand from them.
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_SETTINGS } from "../../src/core/sample";
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";

type Ind = TemplateIndicator;
const jumlah = (kode: string, indikator: string, over: Partial<Ind> = {}): Ind => ({
  kode,
  indikator,
  satuan: "Kali",
  polaritas: "Positif",
  agregasi: "Jumlah",
  targetTahunan: 120,
  quarterTargets: [30, 30, 30, 30],
  penanggungJawab: "Bidang Trantib",
  ...over,
});

/** Last year's indicators: each roll-up the history must carry as its own recap showed it. */
export function lastYear(realisasiIk01: Ind["realisasi"]): Ind[] {
  return [
    jumlah("IK-01", "Jumlah razia ketertiban umum", { realisasi: realisasiIk01 }),
    {
      ...jumlah("IK-02", "Persentase aduan diselesaikan"),
      satuan: "%",
      agregasi: "Rasio",
      targetTahunan: 90,
      quarterTargets: [90, 90, 90, 90],
      realisasi: { 1: [45, 50], 2: [40, 50], 3: [30, 40], 4: [20, 20] },
    },
    {
      ...jumlah("IK-03", "Jumlah kebakaran"),
      polaritas: "Negatif",
      targetTahunan: 20,
      quarterTargets: [5, 5, 5, 5],
      realisasi: { 1: 6, 2: 5, 3: 7, 4: 4 },
    },
    {
      ...jumlah("IK-04", "Opini BPK atas laporan keuangan"),
      satuan: "Predikat",
      agregasi: "Terakhir",
      frekuensi: "Tahunan",
      targetTahunan: "WTP",
      quarterTargets: [null, null, null, "WTP"],
      realisasi: { 1: null, 2: null, 3: null, 4: "WDP" },
    },
    {
      ...jumlah("IK-05", "Rata-rata skor kepuasan"),
      satuan: "Skor",
      agregasi: "Rata-rata",
      targetTahunan: "80 – 90",
      quarterTargets: ["80 – 90", "80 – 90", "80 – 90", "80 – 90"],
      realisasi: { 1: 70, 2: 75, 3: 72, 4: 71 },
    },
    jumlah("IK-09", "Indikator yang dihapus tahun ini", { realisasi: { 1: 1, 2: 1, 3: 1, 4: 1 } }),
  ];
}

/** This year's Perjanjian Kinerja: IK-02 retyped in other case and spacing, IK-03 renamed, IK-06 new. */
export const THIS_YEAR: Ind[] = [
  jumlah("IK-01", "Jumlah razia ketertiban umum"),
  { ...jumlah("ik-02", "persentase  ADUAN diselesaikan"), satuan: "%", agregasi: "Rasio" },
  jumlah("IK-03", "Jumlah kejadian kebakaran", { polaritas: "Negatif" }),
  { ...lastYear({ 1: 0, 2: 0, 3: 0, 4: 0 })[3], realisasi: undefined },
  { ...lastYear({ 1: 0, 2: 0, 3: 0, 4: 0 })[4], realisasi: undefined },
  jumlah("IK-06", "Indikator baru tahun ini"),
];

export const sheets = (year: number, indicators: Ind[]): NewSheet[] =>
  newWorkbook({ year, settings: SAMPLE_SETTINGS, indicators });

// Worked by hand (docs/CONTRACT.md §4, default Kategori scale):
// IK-01 Jumlah 25 + 30 + 35 + 28 = 118 of 120 → 98,33 (Sangat Tinggi, ≥ 91).
// IK-02 Rasio (45 + 40 + 30 + 20) ÷ (50 + 50 + 40 + 20) × 100 = 135 ÷ 160 × 100 = 84,375 of 90 →
//       84,375 ÷ 90 × 100 = 93,75 (Sangat Tinggi).
// IK-03 Negatif Jumlah 6 + 5 + 7 + 4 = 22 against 20 → (2 × 20 − 22) ÷ 20 × 100 = 90 (Tinggi, ≥ 76).
// IK-04 Predikat WDP (3) against WTP (4) → 75 (Sedang, ≥ 66), shown as typed.
// IK-05 Rata-rata (70 + 75 + 72 + 71) ÷ 4 = 72, below the range 80 – 90 → 72 ÷ 80 × 100 = 90 (Tinggi).
export const ROWS_2022 = {
  ik01: ["IK-01", 2022, 120, 118, 98.33, "Sangat Tinggi"],
  ik02: ["ik-02", 2022, 90, 84.375, 93.75, "Sangat Tinggi"],
  ik03: ["IK-03", 2022, 20, 22, 90, "Tinggi"],
  ik04: ["IK-04", 2022, "WTP", "WDP", 75, "Sedang"],
  ik05: ["IK-05", 2022, "80 – 90", 72, 90, "Tinggi"],
};
// 2021: IK-01 20 × 4 = 80 of 120 → 66,67 (Sedang); the rest as in 2022.
export const IK01_2021 = ["IK-01", 2021, 120, 80, 66.67, "Sedang"];
