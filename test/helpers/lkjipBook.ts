// The hand-worked two-year example of the LKjIP draft (docs/CONTRACT.md "LKjIP draft"): a 2023
// workbook of five indicators in two Sasaran, with Renstra end targets in Perjanjian Kinerja and the
// previous years typed straight into `Riwayat`. Every expected figure is worked out in the comments.
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { RiwayatRow, riwayatSheet } from "../../src/core/riwayat";
import { SAMPLE_SETTINGS } from "../../src/core/sample";
import { newWorkbook } from "../../src/core/template";
import { WorkbookSnapshot } from "../../src/core/workbook";
import { rowOfKode, setCell, sheetNamed } from "./workbooks";

export const PERDA = "Meningkatnya penegakan Perda dan Perkada";
export const LINMAS = "Meningkatnya perlindungan masyarakat";

export const LKJIP_INDICATORS: TemplateIndicator[] = [
  // 31 + 30 + 33 + 30 = 124 of 120 → 103,33 (Sangat Tinggi); 2022: 95 → naik 8,33 poin.
  // Renstra 150 (2026): 124 ÷ 150 × 100 = 82,67.
  {
    kode: "IK-01",
    sasaran: PERDA,
    indikator: "Jumlah penegakan Perda",
    satuan: "Kasus",
    polaritas: "Positif",
    agregasi: "Jumlah",
    targetTahunan: 120,
    quarterTargets: [30, 30, 30, 30],
    realisasi: { 1: 31, 2: 30, 3: 33, 4: 30 },
  },
  // Negatif: 9 + 8 + 7 + 6 = 30 of 40 → (80 − 30) ÷ 40 × 100 = 125,00; 2022: 130 → turun 5,00 poin.
  // Renstra 20 (2026): (40 − 30) ÷ 20 × 100 = 50,00.
  {
    kode: "IK-02",
    sasaran: PERDA,
    indikator: "Jumlah pelanggaran Perda berulang",
    satuan: "Kasus",
    polaritas: "Negatif",
    agregasi: "Jumlah",
    targetTahunan: 40,
    quarterTargets: [10, 10, 10, 10],
    realisasi: { 1: 9, 2: 8, 3: 7, 4: 6 },
  },
  // WTP of WTP → 4 ÷ 4 × 100 = 100,00; 2022: WDP, 75 → naik 25,00 poin. Renstra WTP: reached.
  {
    kode: "IK-03",
    sasaran: LINMAS,
    indikator: "Opini BPK atas laporan keuangan",
    satuan: "Predikat",
    polaritas: "Positif",
    agregasi: "Terakhir",
    targetTahunan: "WTP",
    quarterTargets: ["WTP", "WTP", "WTP", "WTP"],
    realisasi: { 1: "WTP", 2: "WTP", 3: "WTP", 4: "WTP" },
  },
  // 50 + 45 + 40 + 35 = 170 of 200 → 85,00 (Tinggi); no Riwayat, no Renstra.
  {
    kode: "IK-04",
    sasaran: LINMAS,
    indikator: "Jumlah anggota Linmas terlatih",
    satuan: "Orang",
    polaritas: "Positif",
    agregasi: "Jumlah",
    targetTahunan: 200,
    quarterTargets: [50, 50, 50, 50],
    realisasi: { 1: 50, 2: 45, 3: 40, 4: 35 },
  },
  // Mean (81 + 84 + 87 + 90) ÷ 4 = 85,5 of 90 → 95,00; 2022: 95 → sama dengan 2022.
  // Renstra 95 (2026): 85,5 ÷ 95 × 100 = 90,00.
  {
    kode: "IK-05",
    sasaran: LINMAS,
    indikator: "Persentase pos Linmas siaga",
    satuan: "%",
    polaritas: "Positif",
    agregasi: "Rata-rata",
    targetTahunan: 90,
    quarterTargets: [90, 90, 90, 90],
    realisasi: { 1: 81, 2: 84, 3: 87, 4: 90 },
  },
];

const RENSTRA: Record<string, [number | string, number]> = {
  "IK-01": [150, 2026],
  "IK-02": [20, 2026],
  "IK-03": ["WTP", 2026],
  "IK-05": [95, 2026],
};

/** 2020 is a third previous year: beyond the two the draft shows. IK-99 is no indicator of 2023. */
export const LKJIP_RIWAYAT: RiwayatRow[] = [
  { kode: "IK-01", tahun: 2020, target: 100, realisasi: 70, capaian: 70, kategori: "Sedang" },
  { kode: "IK-01", tahun: 2021, target: 100, realisasi: 80, capaian: 80, kategori: "Tinggi" },
  {
    kode: "IK-01",
    tahun: 2022,
    target: 100,
    realisasi: 95,
    capaian: 95,
    kategori: "Sangat Tinggi",
  },
  {
    kode: "IK-02",
    tahun: 2022,
    target: 50,
    realisasi: 35,
    capaian: 130,
    kategori: "Sangat Tinggi",
  },
  { kode: "IK-03", tahun: 2022, target: "WTP", realisasi: "WDP", capaian: 75, kategori: "Tinggi" },
  {
    kode: "IK-05",
    tahun: 2022,
    target: 90,
    realisasi: 85.5,
    capaian: 95,
    kategori: "Sangat Tinggi",
  },
  {
    kode: "IK-99",
    tahun: 2022,
    target: 10,
    realisasi: 10,
    capaian: 100,
    kategori: "Sangat Tinggi",
  },
];

/** The workbook's sheets: the template of 2023, Renstra columns added, `Riwayat` as the tools write it. */
export function lkjipSheets(): NewSheet[] {
  const sheets = newWorkbook({
    year: 2023,
    settings: SAMPLE_SETTINGS,
    indicators: LKJIP_INDICATORS,
  });
  const pk = sheetNamed(sheets, "Perjanjian Kinerja");
  const col = pk.rows[1].length;
  setCell(pk, 1, col, { value: "Target Akhir Renstra", style: "header" });
  setCell(pk, 1, col + 1, { value: "Tahun Akhir Renstra", style: "header" });
  for (const [kode, [target, tahun]] of Object.entries(RENSTRA)) {
    const row = rowOfKode(pk, kode);
    setCell(pk, row, col, { value: target });
    setCell(pk, row, col + 1, { value: tahun });
  }
  const riwayat = riwayatSheet(LKJIP_RIWAYAT, 2023);
  return [...sheets, { ...riwayat, validations: [], visibility: "visible" }];
}

/** The sheets as the core reads them (values only, as a snapshot holds them). */
export const snapshotOf = (sheets: readonly NewSheet[]): WorkbookSnapshot => ({
  sheets: sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => r.map((c) => ({ value: c.value }))),
  })),
});

/**
 * The Perda Sasaran's comparison table as printed, worked by hand from the rows above: 2021 and 2022
 * from Riwayat, 2023 from the quarters (124 of 120 → 103,33; 30 against 40, Negatif → 125,00), and
 * the change against 2022 (103,33 − 95,00 = +8,33; 125,00 − 130,00 = −5,00).
 */
export const PERDA_HISTORY = [
  ["1", "Jumlah penegakan Perda", "Kasus", "80", "80,00", "95", "95,00", "124", "103,33", "+8,33"],
  [
    "2",
    "Jumlah pelanggaran Perda berulang",
    "Kasus",
    "–",
    "–",
    "35",
    "130,00",
    "30",
    "125,00",
    "-5,00",
  ],
];

/**
 * The Renstra tables as printed, worked by hand: Positif 124 ÷ 150 × 100 = 82,67; Negatif
 * (2 × 20 − 30) ÷ 20 × 100 = 50,00; 85,5 ÷ 95 × 100 = 90,00; a predicate and a blank end target say why
 * no figure is given.
 */
export const PERDA_RENSTRA = [
  ["1", "Jumlah penegakan Perda", "Kasus", "124", "150", "2026", "82,67"],
  ["2", "Jumlah pelanggaran Perda berulang", "Kasus", "30", "20", "2026", "50,00"],
];
export const LINMAS_RENSTRA = [
  [
    "1",
    "Opini BPK atas laporan keuangan",
    "Predikat",
    "WTP",
    "WTP",
    "2026",
    "tidak dapat dihitung (predikat); sudah tercapai",
  ],
  [
    "2",
    "Jumlah anggota Linmas terlatih",
    "Orang",
    "170",
    "–",
    "–",
    "tidak dapat dihitung (target akhir Renstra belum diisi)",
  ],
  ["3", "Persentase pos Linmas siaga", "%", "85,5", "95", "2026", "90,00"],
];
