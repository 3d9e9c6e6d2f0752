// One workbook holding the eleven cases of "indicators as offices really write them" (issue 10,
// docs/CONTRACT.md §2–§4), one indicator per case, Tahun 2023. As typed it has two blocking rows (a
// negative target, an unreadable target) and a unit typed in a cell; `correctBlockingRows` is what a
// person does about the first two, `fix` does the third. Every expected figure below is worked out by
// hand, never taken from our output.
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_SETTINGS } from "../../src/core/sample";
import { rowOfKode, setCell, sheetNamed } from "./workbooks";

const base = { sasaran: "Sasaran uji", penanggungJawab: "Bidang Uji", unit: "Unit Uji" };

/** Perjanjian Kinerja rows 3… (title, header, then these, in order). */
export const ELEVEN_CASES: TemplateIndicator[] = [
  {
    // 1. Frekuensi Tahunan: due in TW IV only; the 50 in TW II is a warning, never counted.
    ...base,
    kode: "F-01",
    indikator: "Indeks ketenteraman (survei tahunan)",
    satuan: "Indeks",
    targetTahunan: 75,
    quarterTargets: [null, null, null, 75],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Tahunan",
    realisasi: { 1: null, 2: 50, 3: null, 4: 77.4 },
  },
  {
    // 2. Pengali 1000: households served per 1,000 households.
    ...base,
    kode: "P-01",
    indikator: "Rasio rumah tangga terlayani per 1.000 rumah tangga",
    satuan: "per 1.000",
    targetTahunan: 2,
    quarterTargets: [2, 2, 2, 2],
    polaritas: "Positif",
    agregasi: "Rasio",
    pengali: 1000,
    realisasi: { 1: [30, 15000], 2: [36, 15000], 3: [33, 16500], 4: [40, 16000] },
  },
  {
    // 3. Skala Predikat (default table: AA 90 · A 80 · BB 70 …), reported twice a year.
    ...base,
    kode: "K-01",
    indikator: "Predikat SAKIP",
    satuan: "Predikat",
    targetTahunan: "A",
    quarterTargets: [null, "A", null, "A"],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Semesteran",
    realisasi: { 1: null, 2: "BB", 3: null, 4: "AA" },
  },
  {
    // 4. A target range.
    ...base,
    kode: "G-01",
    indikator: "Persentase layanan tepat waktu",
    satuan: "%",
    targetTahunan: "80 – 90",
    quarterTargets: ["80 – 90", "80 – 90", "80 – 90", "80 – 90"],
    polaritas: "Positif",
    agregasi: "Rata-rata",
    realisasi: { 1: 76, 2: 80, 3: 92, 4: 96 },
  },
  {
    // 5. No-data markers: "-" in TW I, "N/A" in TW III mean not reported.
    ...base,
    kode: "M-01",
    indikator: "Jumlah kasus ditangani",
    satuan: "Kasus",
    targetTahunan: 12,
    quarterTargets: [3, 3, 3, 3],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: "-", 2: 2, 3: "N/A", 4: 4 },
  },
  {
    // 6. A unit typed in the cell: fixable, read 100.
    ...base,
    kode: "U-01",
    indikator: "Jumlah anggota Linmas terlatih",
    satuan: "Orang",
    targetTahunan: 400,
    quarterTargets: [100, 100, 100, 100],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: "100 Orang", 2: 90, 3: 110, 4: 120 },
  },
  {
    // 7. Zeros typed for TW III and TW IV in July: not counted until those quarters end.
    ...base,
    kode: "N-01",
    indikator: "Jumlah patroli",
    satuan: "Kali",
    targetTahunan: 120,
    quarterTargets: [30, 30, 30, 30],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 26, 2: 34, 3: 0, 4: 0 },
  },
  {
    // 8. An implausible value: 144.000 pasted as 144000 against a quarter target of 1.200.
    ...base,
    kode: "I-01",
    indikator: "Jumlah peserta sosialisasi",
    satuan: "Peserta",
    targetTahunan: 4800,
    quarterTargets: [1200, 1200, 1200, 1200],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 1150, 2: 144000, 3: 1210, 4: 1300 },
  },
  {
    // 9a. A Positif growth rate that fell below zero: capaian floored at 0, warnings.
    ...base,
    kode: "X-01",
    indikator: "Pertumbuhan partisipasi masyarakat",
    satuan: "%",
    targetTahunan: 5,
    quarterTargets: [5, 5, 5, 5],
    polaritas: "Positif",
    agregasi: "Rata-rata",
    realisasi: { 1: -2, 2: -4, 3: 6, 4: 8 },
  },
  {
    // 9b. A negative target: a blocking error at its cell (corrected to 10 before the recap).
    ...base,
    kode: "Y-01",
    indikator: "Jumlah kejadian gangguan ketertiban",
    satuan: "Kejadian",
    targetTahunan: -10,
    quarterTargets: [3, 3, 2, 2],
    polaritas: "Negatif",
    agregasi: "Jumlah",
    realisasi: { 1: 2, 2: 3, 3: 2, 4: 1 },
  },
  {
    // 10. A target that cannot be read: reported at the PK cell only (corrected to 5).
    ...base,
    kode: "Z-01",
    indikator: "Jumlah operasi gabungan",
    satuan: "Kali",
    targetTahunan: "lima",
    quarterTargets: [1, 1, 1, 2],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 1, 2: 1, 3: 2, 4: 2 },
  },
  {
    // 11. Precision: 0,648 stays 0,648 in the report.
    ...base,
    kode: "D-01",
    indikator: "Indeks kepuasan layanan",
    satuan: "Indeks",
    targetTahunan: 0.648,
    quarterTargets: [0.6, 0.62, 0.64, 0.648],
    polaritas: "Positif",
    agregasi: "Terakhir",
    realisasi: { 1: 0.61, 2: 0.63, 3: 0.64, 4: 0.652 },
  },
];

export const elevenCasesSheets = (): NewSheet[] =>
  newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: ELEVEN_CASES });

const TARGET_TAHUNAN = 4; // column E of Perjanjian Kinerja

/** What the person does about the two blocking rows: Y-01's target 10, Z-01's target 5. */
export function correctBlockingRows(sheets: NewSheet[]): NewSheet[] {
  const pk = sheetNamed(sheets, "Perjanjian Kinerja");
  setCell(pk, rowOfKode(pk, "Y-01"), TARGET_TAHUNAN, { value: 10, style: "number" });
  setCell(pk, rowOfKode(pk, "Z-01"), TARGET_TAHUNAN, { value: 5, style: "number" });
  return sheets;
}

/** What `check` lists on the workbook as typed, after the year has ended: errors, then warnings. */
export const CHECK_AS_TYPED = {
  errors: [
    "Perjanjian Kinerja!E12: Target Tahunan -10: target negatif: capaian tidak dapat dihitung — nyatakan dengan target positif dan Polaritas yang sesuai",
    'Perjanjian Kinerja!E13: Target Tahunan "lima" bukan angka',
  ],
  fixable: ['TW I!E8: Realisasi "100 Orang" berisi satuan — dibaca 100'],
  warnings: [
    "TW II!E3: peringatan — indikator Tahunan: nilai TW II tidak dihitung — hanya TW IV",
    'TW I!E7: peringatan — Realisasi "-" berarti tidak ada data — triwulan ini dihitung belum dilaporkan',
    'TW III!E7: peringatan — Realisasi "N/A" berarti tidak ada data — triwulan ini dihitung belum dilaporkan',
    "TW II!E10: peringatan — Realisasi 144000 lebih dari 10× target (1200) — salah ketik pemisah ribuan?",
    "TW I!E11: peringatan — Realisasi -2 negatif pada indikator Positif — capaian di bawah 0 dihitung 0",
    "TW II!E11: peringatan — Realisasi -4 negatif pada indikator Positif — capaian di bawah 0 dihitung 0",
  ],
};

/** Target, Realisasi, Capaian (%), Kategori, Status of a recap row; null is a blank cell. */
export type Expected = [
  number | string | null,
  number | string | null,
  number | null,
  string | null,
  string,
];

const ST = "Sangat Tinggi";
const T = "Tinggi";
const SR = "Sangat Rendah";

/** The recap after correcting Y-01 and Z-01 and fixing U-01, the year 2023 long ended. */
export const RECAP_EXPECTED: Record<string, Record<string, Expected>> = {
  "Semester I": {
    "F-01": [null, null, null, null, "Tidak dinilai (Tahunan)"], // due in TW IV only
    "P-01": [2, 2.2, 110, ST, "Lengkap"], // (30 + 36) ÷ (15000 + 15000) × 1000 = 2,2; ÷ 2 × 100
    "K-01": ["A", "BB", 87.5, T, "Lengkap"], // TW II only: nilai BB 70 ÷ A 80 × 100
    "G-01": ["80 – 90", 78, 97.5, ST, "Lengkap"], // mean(76, 80) = 78 < 80: 78 ÷ 80 × 100
    "M-01": [6, 2, 33.33, SR, "Belum lengkap (TW I)"], // 3 + 3; TW I "-" not reported; 2 ÷ 6
    "U-01": [200, 190, 95, ST, "Lengkap"], // 100 + 100; 100 (fixed) + 90; 190 ÷ 200
    "N-01": [60, 60, 100, ST, "Lengkap"], // 30 + 30; 26 + 34
    "I-01": [2400, 145150, 6047.92, ST, "Lengkap"], // 1150 + 144000; 145150 ÷ 2400 × 100 = 6047,916…
    "X-01": [5, -3, 0, SR, "Lengkap"], // mean(5, 5); mean(−2, −4) = −3 → −60 floored at 0
    "Y-01": [6, 5, 116.67, ST, "Lengkap"], // Negatif: 3 + 3; 2 + 3; (2 × 6 − 5) ÷ 6 × 100 = 116,666…
    "Z-01": [2, 2, 100, ST, "Lengkap"], // 1 + 1; 1 + 1
    "D-01": [0.62, 0.63, 101.61, ST, "Lengkap"], // Terakhir TW II: 0,63 ÷ 0,62 × 100 = 101,6129…
  },
  "Semester II": {
    "F-01": [75, 77.4, 103.2, ST, "Lengkap"], // TW IV alone: 77,4 ÷ 75 × 100
    "P-01": [2, 73 / 32.5, 112.31, ST, "Lengkap"], // (33 + 40) ÷ (16500 + 16000) × 1000 = 2,24615…; ÷ 2
    "K-01": ["A", "AA", 112.5, ST, "Lengkap"], // TW IV: 90 ÷ 80 × 100
    "G-01": ["80 – 90", 94, 104.44, ST, "Lengkap"], // mean(92, 96) = 94 > 90: 94 ÷ 90 × 100 = 104,444…
    "M-01": [6, 4, 66.67, "Sedang", "Belum lengkap (TW III)"], // TW III "N/A"; 4 ÷ 6 = 66,666…
    "U-01": [200, 230, 115, ST, "Lengkap"], // 110 + 120
    "N-01": [60, 0, 0, SR, "Lengkap"], // the year has ended: the typed zeros count, 0 + 0
    "I-01": [2400, 2510, 104.58, ST, "Lengkap"], // 1210 + 1300; 2510 ÷ 2400 × 100 = 104,583…
    "X-01": [5, 7, 140, ST, "Lengkap"], // mean(6, 8) = 7; 7 ÷ 5 × 100
    "Y-01": [4, 3, 125, ST, "Lengkap"], // 2 + 2; 2 + 1; (2 × 4 − 3) ÷ 4 × 100
    "Z-01": [3, 4, 133.33, ST, "Lengkap"], // 1 + 2; 2 + 2; 4 ÷ 3 × 100 = 133,333…
    "D-01": [0.648, 0.652, 100.62, ST, "Lengkap"], // TW IV: 0,652 ÷ 0,648 × 100 = 100,617…
  },
  Tahunan: {
    "F-01": [75, 77.4, 103.2, ST, "Lengkap"], // TW II's 50 never competes
    "P-01": [2, 2.224, 111.2, ST, "Lengkap"], // 139 ÷ 62500 × 1000 = 2,224; ÷ 2 × 100
    "K-01": ["A", "AA", 112.5, ST, "Lengkap"], // latest reported: TW IV
    "G-01": ["80 – 90", 86, 100, ST, "Lengkap"], // mean(76, 80, 92, 96) = 86, inside the range
    "M-01": [12, 6, 50, SR, "Belum lengkap (TW I, TW III)"], // 2 + 4; 6 ÷ 12 × 100 = 50 < 51
    "U-01": [400, 420, 105, ST, "Lengkap"], // 100 + 90 + 110 + 120
    "N-01": [120, 60, 50, SR, "Lengkap"], // 26 + 34 + 0 + 0; 60 ÷ 120
    "I-01": [4800, 147660, 3076.25, ST, "Lengkap"], // 145150 + 2510; 147660 ÷ 4800 × 100
    "X-01": [5, 2, 40, SR, "Lengkap"], // mean(−2, −4, 6, 8) = 2; 2 ÷ 5 × 100
    "Y-01": [10, 8, 120, ST, "Lengkap"], // corrected Target Tahunan 10; 2+3+2+1; (20 − 8) ÷ 10 × 100
    "Z-01": [5, 6, 120, ST, "Lengkap"], // corrected Target Tahunan 5; 1+1+2+2; 6 ÷ 5 × 100
    "D-01": [0.648, 0.652, 100.62, ST, "Lengkap"],
  },
};

/** Capaian Triwulan, s.d. TW III: Target, Realisasi, Capaian (%), Kategori. */
export type ToDate = [number | string | null, number | string | null, number | null, string | null];

export const SD_TW_III_EXPECTED: Record<string, ToDate> = {
  "P-01": [2, 99 / 46.5, 106.45, ST], // (30+36+33) ÷ (15000+15000+16500) × 1000 = 2,12903…; ÷ 2
  "K-01": ["A", "BB", 87.5, T], // last due quarter to date is TW II
  "G-01": ["80 – 90", 248 / 3, 100, ST], // mean(76, 80, 92) = 82,666…, inside
  "M-01": [9, 2, 22.22, SR], // 3 + 3 + 3; only TW II reported; 2 ÷ 9 × 100 = 22,222…
  "U-01": [300, 300, 100, ST], // 100 × 3; 100 + 90 + 110
  "N-01": [90, 60, 66.67, "Sedang"], // 30 × 3; 26 + 34 + 0; 60 ÷ 90 × 100 = 66,666…
  "I-01": [3600, 146360, 4065.56, ST], // 1150 + 144000 + 1210; ÷ 3600 × 100 = 4065,555…
  "X-01": [5, 0, 0, SR], // mean(−2, −4, 6) = 0
  "Y-01": [8, 7, 112.5, ST], // Negatif: 3 + 3 + 2; 2 + 3 + 2; (16 − 7) ÷ 8 × 100
  "Z-01": [3, 4, 133.33, ST], // 1 + 1 + 1; 1 + 1 + 2
  "D-01": [0.64, 0.64, 100, ST], // Terakhir: TW III
};

/** Capaian Triwulan, a quarter alone: [Kode, quarter, Target, Realisasi, Capaian (%)]. */
export const QUARTER_ALONE_EXPECTED: [
  string,
  string,
  number | string | null,
  number | string | null,
  number | null,
][] = [
  ["F-01", "TW IV", 75, 77.4, 103.2], // 77,4 ÷ 75 × 100
  ["F-01", "TW II", null, null, null], // not due: its 50 is left out
  ["P-01", "TW II", 2, 2.4, 120], // 36 ÷ 15000 × 1000 = 2,4; ÷ 2 × 100
  ["M-01", "TW I", 3, null, null], // "-": not reported
  ["I-01", "TW II", 1200, 144000, 12000], // the implausible value counts: it only warns
  ["X-01", "TW I", 5, -2, 0], // −40 floored at 0
  ["D-01", "TW I", 0.6, 0.61, 101.67], // 0,61 ÷ 0,6 × 100 = 101,666…
];

const same = (got: string, want: number | string | null): boolean => {
  if (want === null) return got === "";
  if (typeof want === "string") return got === want;
  return got !== "" && Math.abs(Number(got) - want) <= 1e-9 * Math.max(1, Math.abs(want));
};

/** Every recalculated cell (CSV rows, header in row 2) that differs from the hand-worked figures. */
export function elevenCasesDifferences(sheets: Map<string, string[][]>): string[] {
  const out: string[] = [];
  const cell = (sheet: string, kode: string, name: string): string => {
    const csv = sheets.get(sheet);
    const header = csv?.[1] ?? [];
    const row = csv?.find((r) => r[header.indexOf("Kode")] === kode);
    const col = header.indexOf(name);
    return row && col >= 0 ? (row[col] ?? "") : "(none)";
  };
  const check = (sheet: string, kode: string, name: string, want: number | string | null) => {
    const got = cell(sheet, kode, name);
    if (!same(got, want)) out.push(`${sheet} ${kode} ${name}: ${got} ≠ ${want}`);
  };
  const names = ["Target", "Realisasi", "Capaian (%)", "Kategori", "Status"];
  for (const [sheet, rows] of Object.entries(RECAP_EXPECTED))
    for (const [kode, want] of Object.entries(rows))
      names.forEach((name, i) => check(sheet, kode, name, want[i]));
  const q = "Capaian Triwulan";
  for (const [kode, want] of Object.entries(SD_TW_III_EXPECTED))
    [
      "Target s.d. TW III",
      "Realisasi s.d. TW III",
      "Capaian s.d. TW III (%)",
      "Kategori s.d. TW III",
    ].forEach((name, i) => check(q, kode, name, want[i]));
  for (const [kode, tw, ...want] of QUARTER_ALONE_EXPECTED)
    [`Target ${tw}`, `Realisasi ${tw}`, `Capaian ${tw} (%)`].forEach((name, i) =>
      check(q, kode, name, want[i])
    );
  return out;
}
