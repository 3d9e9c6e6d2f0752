// A workbook for "which quarters count" (docs/CONTRACT.md §4), recapped by the CLI and by the add-in
// and recomputed by LibreOffice: a Tahunan indicator, two Semesteran ones, a Rasio per 10,000 people
// and a plain Triwulanan one (Tahun 2023, long ended); and a Tahun-2099 workbook whose officer typed
// zeros ahead. The expected figures are worked out by hand below, never taken from our output.
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_SETTINGS } from "../../src/core/sample";

const base = { sasaran: "Sasaran uji", penanggungJawab: "Bidang Uji", unit: "Unit Uji" };

const PAST: TemplateIndicator[] = [
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
  {
    ...base,
    kode: "T-01",
    indikator: "Indeks ketenteraman (survei tahunan)",
    satuan: "Indeks",
    targetTahunan: 75,
    quarterTargets: [null, null, null, 75],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Tahunan",
    // TW II is typed by mistake: a warning, never counted.
    realisasi: { 1: null, 2: 50, 3: null, 4: 77.4 },
  },
  {
    ...base,
    kode: "S-01",
    indikator: "Jumlah evaluasi semesteran",
    satuan: "Kali",
    targetTahunan: 100,
    quarterTargets: [25, 25, 25, 25],
    polaritas: "Positif",
    agregasi: "Jumlah",
    frekuensi: "Semesteran",
    // TW I is typed by mistake: a warning, never counted.
    realisasi: { 1: 10, 2: 45, 3: null, 4: 60 },
  },
  {
    ...base,
    kode: "S-02",
    indikator: "Persentase dokumen tersusun",
    satuan: "%",
    targetTahunan: 100,
    quarterTargets: [40, 50, 75, 100],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Semesteran",
    realisasi: { 1: null, 2: 48, 3: null, 4: 96 },
  },
  {
    ...base,
    kode: "R-01",
    indikator: "Rasio anggota Linmas per 10.000 penduduk",
    satuan: "per 10.000 penduduk",
    targetTahunan: 25,
    quarterTargets: [25, 25, 25, 25],
    polaritas: "Positif",
    agregasi: "Rasio",
    pengali: 10000,
    realisasi: { 1: [1420, 612000], 2: [1450, 613500], 3: [1480, 615000], 4: [1530, 616200] },
  },
];

const AHEAD: TemplateIndicator[] = [
  {
    ...base,
    kode: "A-01",
    indikator: "Jumlah patroli",
    satuan: "Kali",
    targetTahunan: 120,
    quarterTargets: [30, 30, 30, 30],
    polaritas: "Positif",
    agregasi: "Jumlah",
    realisasi: { 1: 26, 2: 34, 3: 0, 4: 0 },
  },
];

export const pastSheets = (): NewSheet[] =>
  newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: PAST });
export const aheadSheets = (): NewSheet[] =>
  newWorkbook({ year: 2099, settings: SAMPLE_SETTINGS, indicators: AHEAD });

/** Target, Realisasi, Capaian (%), Kategori, Status; null is a blank cell. */
export type Expected = [number | null, number | null, number | null, string | null, string];

const ST = "Sangat Tinggi";
const BLANK: Expected = [null, null, null, null, "Tidak dinilai (Tahunan)"];

export const PAST_EXPECTED: Record<string, Record<string, Expected>> = {
  "Semester I": {
    "J-01": [60, 60, 100, ST, "Lengkap"], // 30 + 30; 26 + 34
    "T-01": BLANK, // due in TW IV only
    "S-01": [25, 45, 180, ST, "Lengkap"], // TW II's target and value; TW I's 10 left out
    "S-02": [50, 48, 96, ST, "Lengkap"], // Terakhir: TW II, the last due quarter
    "R-01": [25, (2870 / 1225500) * 10000, 93.68, ST, "Lengkap"], // 23,419… / 25
  },
  "Semester II": {
    "J-01": [60, 66, 110, ST, "Lengkap"], // 29 + 37
    "T-01": [75, 77.4, 103.2, ST, "Lengkap"],
    "S-01": [25, 60, 240, ST, "Lengkap"], // TW IV alone
    "S-02": [100, 96, 96, ST, "Lengkap"],
    "R-01": [25, (3010 / 1231200) * 10000, 97.79, ST, "Lengkap"], // 24,4477 / 25
  },
  Tahunan: {
    "J-01": [120, 126, 105, ST, "Lengkap"],
    "T-01": [75, 77.4, 103.2, ST, "Lengkap"], // TW II's 50 never competes
    "S-01": [100, 105, 105, ST, "Lengkap"], // 45 + 60
    "S-02": [100, 96, 96, ST, "Lengkap"],
    "R-01": [25, (5880 / 2456700) * 10000, 95.74, ST, "Lengkap"], // 23,9345 / 25
  },
};

/** Tahun 2099: no quarter has ended, so nothing counts and the typed zeros change nothing. */
export const AHEAD_EXPECTED: Record<string, Record<string, Expected>> = {
  "Semester I": { "A-01": [60, null, null, null, "Belum lengkap (TW I, TW II)"] },
  "Semester II": { "A-01": [60, null, null, null, "Belum lengkap (TW III, TW IV)"] },
  Tahunan: { "A-01": [120, null, null, null, "Belum lengkap (TW I, TW II, TW III, TW IV)"] },
};

const same = (got: string, want: number | string | null): boolean => {
  if (want === null) return got === "";
  if (typeof want === "string") return got === want;
  const n = Number(got);
  return got !== "" && Math.abs(n - want) <= 1e-9 * Math.max(1, Math.abs(want));
};

/** Every cell of a recalculated recap (CSV rows, header in row 2) that differs from `expected`. */
export function differences(
  sheets: Map<string, string[][]>,
  expected: Record<string, Record<string, Expected>>
): string[] {
  const out: string[] = [];
  const names = ["Target", "Realisasi", "Capaian (%)", "Kategori", "Status"];
  for (const [sheet, rows] of Object.entries(expected)) {
    const csv = sheets.get(sheet);
    if (!csv) {
      out.push(`${sheet}: missing`);
      continue;
    }
    const header = csv[1];
    for (const [kode, want] of Object.entries(rows)) {
      const row = csv.find((r) => r[header.indexOf("Kode")] === kode) ?? [];
      names.forEach((name, i) => {
        const got = row[header.indexOf(name)] ?? "";
        if (!same(got, want[i])) out.push(`${sheet} ${kode} ${name}: ${got} ≠ ${want[i]}`);
      });
    }
  }
  return out;
}
