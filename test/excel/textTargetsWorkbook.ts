// A workbook of targets typed as text (docs/CONTRACT.md §4), recapped by the CLI and by the add-in
// and recomputed by LibreOffice (Tahun 2023, long ended). Predikat: an audit opinion reported twice a
// year, a yearly SAKIP grade typed with Agregasi Jumlah, a Negatif grade, a grade whose nilai is 0;
// the default table AA 90 · A 80 · BB 70 · B 60 · CC 50 · C 30 · D 0 · WTP 4 · WDP 3 · TW 2 · TMP 1.
// Ranges: a Rata-rata, a Jumlah mixing ranges and a number, a Negatif Terakhir. And a plain count
// beside them. The expected figures are worked out by hand below.
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_SETTINGS } from "../../src/core/sample";

const base = {
  sasaran: "Sasaran uji",
  penanggungJawab: "Bidang Uji",
  unit: "Unit Uji",
  satuan: "Predikat",
};

const INDICATORS: TemplateIndicator[] = [
  {
    ...base,
    kode: "P-01",
    indikator: "Opini BPK atas laporan keuangan",
    targetTahunan: "WTP",
    quarterTargets: [null, "WTP", null, "WTP"],
    polaritas: "Positif",
    agregasi: "Terakhir",
    realisasi: { 1: null, 2: "WDP", 3: null, 4: "wtp" },
  },
  {
    ...base,
    kode: "P-02",
    indikator: "Predikat SAKIP",
    targetTahunan: "BB",
    quarterTargets: [null, null, null, "BB"],
    polaritas: "Positif",
    // Typed Jumlah: a warning, and rolled up as Terakhir.
    agregasi: "Jumlah",
    frekuensi: "Tahunan",
    realisasi: { 1: null, 2: null, 3: null, 4: "B" },
  },
  {
    ...base,
    kode: "P-03",
    indikator: "Predikat temuan berulang (lebih rendah lebih baik)",
    targetTahunan: "C",
    quarterTargets: ["C", "C", "C", "C"],
    polaritas: "Negatif",
    agregasi: "Terakhir",
    realisasi: { 1: "CC", 2: "CC", 3: "CC", 4: "CC" },
  },
  {
    ...base,
    kode: "D-01",
    indikator: "Predikat dengan nilai 0",
    targetTahunan: "D",
    quarterTargets: [null, null, null, "D"],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Tahunan",
    realisasi: { 1: null, 2: null, 3: null, 4: "C" },
  },
  {
    ...base,
    kode: "R-01",
    indikator: "Persentase layanan tepat waktu (rentang)",
    satuan: "%",
    targetTahunan: "80 – 90",
    quarterTargets: ["80 – 90", "80 – 90", "80 – 90", "80 – 90"],
    polaritas: "Positif",
    agregasi: "Rata-rata",
    realisasi: { 1: 70, 2: 74, 3: 95, 4: 95 },
  },
  {
    ...base,
    kode: "R-02",
    indikator: "Jumlah pembinaan (rentang)",
    satuan: "Kali",
    targetTahunan: "80 s.d. 100",
    quarterTargets: ["20 – 25", 25, "20-25", "20 s/d 25"],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 18, 2: 19, 3: 30, 4: 26 },
  },
  {
    ...base,
    kode: "R-03",
    indikator: "Lama penyelesaian aduan (rentang, lebih cepat lebih baik)",
    satuan: "Hari",
    targetTahunan: "10 – 20",
    quarterTargets: [null, null, null, "10 – 20"],
    polaritas: "Negatif",
    agregasi: "Terakhir",
    realisasi: { 1: 30, 2: 25, 3: 25, 4: 4 },
  },
  {
    ...base,
    kode: "J-01",
    indikator: "Jumlah kasus ditangani",
    satuan: "Kasus",
    targetTahunan: 120,
    quarterTargets: [30, 30, 30, 30],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 26, 2: 34, 3: 29, 4: 37 },
  },
];

export const predikatSheets = (): NewSheet[] =>
  newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: INDICATORS });

export const PREDIKAT_WARNINGS = [
  "Perjanjian Kinerja!K4: peringatan — indikator Predikat direkap dengan predikat terakhir (Terakhir) — Agregasi Jumlah diabaikan",
];

/** Target, Realisasi, Capaian (%), Kategori, Status. */
type Expected = [
  number | string | null,
  number | string | null,
  number | null,
  string | null,
  string,
];

const ST = "Sangat Tinggi";
const SR = "Sangat Rendah";
const NOT_DUE: Expected = [null, null, null, null, "Tidak dinilai (Tahunan)"];

export const PREDIKAT_EXPECTED: Record<string, Record<string, Expected>> = {
  "Semester I": {
    "P-01": ["WTP", "WDP", 75, "Sedang", "Belum lengkap (TW I)"], // 3 ÷ 4 × 100
    "P-02": NOT_DUE,
    "P-03": ["C", "CC", 33.33, SR, "Lengkap"], // (2 × 30 − 50) ÷ 30 × 100
    "D-01": NOT_DUE,
    "R-01": ["80 – 90", 72, 90, "Tinggi", "Lengkap"], // mean bounds [80, 90]; 72 ÷ 80 × 100
    "R-02": ["45 – 50", 37, 82.22, "Tinggi", "Lengkap"], // [20 + 25, 25 + 25]; 37 ÷ 45 × 100
    "R-03": [null, 25, null, null, "Lengkap; target kosong"], // no Target TW II
    "J-01": [60, 60, 100, ST, "Lengkap"],
  },
  "Semester II": {
    "P-01": ["WTP", "wtp", 100, ST, "Belum lengkap (TW III)"],
    "P-02": ["BB", "B", 85.71, "Tinggi", "Lengkap"], // 60 ÷ 70 × 100 = 85,714…
    "P-03": ["C", "CC", 33.33, SR, "Lengkap"],
    "D-01": ["D", "C", null, null, "Lengkap; target 0"],
    "R-01": ["80 – 90", 95, 105.56, ST, "Lengkap"], // 95 ÷ 90 × 100 = 105,555…
    "R-02": ["40 – 50", 56, 112, ST, "Lengkap"], // 56 ÷ 50 × 100
    "R-03": ["10 – 20", 4, 160, ST, "Lengkap"], // Negatif, below: (2 × 10 − 4) ÷ 10 × 100
    "J-01": [60, 66, 110, ST, "Lengkap"],
  },
  Tahunan: {
    "P-01": ["WTP", "wtp", 100, ST, "Belum lengkap (TW I, TW III)"], // TW IV's is the latest
    "P-02": ["BB", "B", 85.71, "Tinggi", "Lengkap"],
    "P-03": ["C", "CC", 33.33, SR, "Lengkap"],
    "D-01": ["D", "C", null, null, "Lengkap; target 0"],
    "R-01": ["80 – 90", 83.5, 100, ST, "Lengkap"], // (70 + 74 + 95 + 95) ÷ 4, inside
    "R-02": ["80 – 100", 93, 100, ST, "Lengkap"], // 18 + 19 + 30 + 26, inside
    "R-03": ["10 – 20", 4, 160, ST, "Lengkap"],
    "J-01": [120, 126, 105, ST, "Lengkap"],
  },
};

/** The quarter sheets' own Capaian (%) of a few rows: sheet, Kode, capaian. */
export const QUARTER_CAPAIAN: [string, string, number | null][] = [
  ["TW II", "P-01", 75], // WDP against WTP
  ["TW IV", "P-01", 100],
  ["TW IV", "P-02", 85.71],
  ["TW I", "P-03", 33.33],
  ["TW IV", "D-01", null], // target 0, Positif
  ["TW I", "R-01", null], // a range has no capaian on its quarter sheet
  ["TW I", "J-01", 86.67], // 26 ÷ 30 × 100
];

const same = (got: string, want: number | string | null): boolean => {
  if (want === null) return got === "";
  if (typeof want === "string") return got === want;
  return got !== "" && Math.abs(Number(got) - want) <= 1e-9 * Math.max(1, Math.abs(want));
};

/** Every recalculated cell (CSV rows, header in row 2) that differs from the hand-worked figures. */
export function predikatDifferences(sheets: Map<string, string[][]>): string[] {
  const out: string[] = [];
  const cell = (sheet: string, kode: string, name: string): string | undefined => {
    const csv = sheets.get(sheet);
    const header = csv?.[1] ?? [];
    const row = csv?.find((r) => r[header.indexOf("Kode")] === kode);
    return row?.[header.indexOf(name)];
  };
  const names = ["Target", "Realisasi", "Capaian (%)", "Kategori", "Status"];
  for (const [sheet, rows] of Object.entries(PREDIKAT_EXPECTED))
    for (const [kode, want] of Object.entries(rows))
      names.forEach((name, i) => {
        const got = cell(sheet, kode, name) ?? "(none)";
        if (!same(got, want[i])) out.push(`${sheet} ${kode} ${name}: ${got} ≠ ${want[i]}`);
      });
  for (const [sheet, kode, want] of QUARTER_CAPAIAN) {
    const got = cell(sheet, kode, "Capaian (%)") ?? "(none)";
    if (!same(got, want)) out.push(`${sheet} ${kode} Capaian (%): ${got} ≠ ${want}`);
  }
  return out;
}
