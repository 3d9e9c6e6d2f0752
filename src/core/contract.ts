// The public workbook contract of docs/CONTRACT.md §2: sheet names, header names and the domain vocabularies.
// Everything that reads or writes a workbook takes its names from here.

export const PK_SHEET = "Perjanjian Kinerja";
export const SETTINGS_SHEET = "Pengaturan";
export const SOP_SHEET = "SOP";
export const TRACKER_SHEET = "Tahapan SOP";
export const LOG_SHEET = "Log";

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
export const QUARTER_LABEL: Record<Quarter, string> = {
  1: "TW I",
  2: "TW II",
  3: "TW III",
  4: "TW IV",
};
export const quarterSheet = (q: Quarter): string => QUARTER_LABEL[q];

export type PeriodId = "semester1" | "semester2" | "tahunan";
export type PeriodDef = {
  id: PeriodId;
  sheet: string;
  title: string;
  quarters: readonly Quarter[];
  /** Tahunan compares against Target Tahunan; semesters against their quarters' targets. */
  usesAnnualTarget: boolean;
};
export const PERIODS: readonly PeriodDef[] = [
  {
    id: "semester1",
    sheet: "Semester I",
    title: "Semester I",
    quarters: [1, 2],
    usesAnnualTarget: false,
  },
  {
    id: "semester2",
    sheet: "Semester II",
    title: "Semester II",
    quarters: [3, 4],
    usesAnnualTarget: false,
  },
  {
    id: "tahunan",
    sheet: "Tahunan",
    title: "Tahunan",
    quarters: [1, 2, 3, 4],
    usesAnnualTarget: true,
  },
];
export const periodById = (id: PeriodId): PeriodDef =>
  PERIODS.find((p) => p.id === id) as PeriodDef;
export const GENERATED_SHEETS: readonly string[] = PERIODS.map((p) => p.sheet);

export type Polaritas = "Positif" | "Negatif";
export const POLARITAS: readonly Polaritas[] = ["Positif", "Negatif"];
export type Agregasi = "Jumlah" | "Rata-rata" | "Terakhir" | "Rasio";
export const AGREGASI: readonly Agregasi[] = ["Jumlah", "Rata-rata", "Terakhir", "Rasio"];

/** Column keys of `Perjanjian Kinerja`, with their header text. */
export const PK_COLUMNS = {
  kode: "Kode",
  sasaran: "Sasaran Strategis",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  targetTahunan: "Target Tahunan",
  targetTw1: "Target TW I",
  targetTw2: "Target TW II",
  targetTw3: "Target TW III",
  targetTw4: "Target TW IV",
  polaritas: "Polaritas",
  agregasi: "Agregasi",
  penanggungJawab: "Penanggung Jawab",
} as const;
export type PkColumn = keyof typeof PK_COLUMNS;
export const PK_REQUIRED: readonly PkColumn[] = ["kode", "indikator", "targetTahunan"];
export const quarterTargetColumn = (q: Quarter): PkColumn => `targetTw${q}` as PkColumn;

/** Column keys of the quarter sheets `TW I` … `TW IV`. */
export const TW_COLUMNS = {
  kode: "Kode",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  target: "Target",
  realisasi: "Realisasi",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
  capaian: "Capaian (%)",
  kendala: "Kendala/Keterangan",
  bukti: "Bukti Dukung",
  unit: "Unit Pelapor",
} as const;
export type TwColumn = keyof typeof TW_COLUMNS;
export const TW_REQUIRED: readonly TwColumn[] = ["kode", "realisasi"];

/** Header row of the generated recap sheets, in order. */
export const RECAP_COLUMNS = {
  no: "No",
  kode: "Kode",
  sasaran: "Sasaran Strategis",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  polaritas: "Polaritas",
  agregasi: "Agregasi",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian (%)",
  kategori: "Kategori",
  status: "Status",
} as const;
export type RecapColumn = keyof typeof RECAP_COLUMNS;

export const SETTINGS_KEYS = [
  "Tahun",
  "Pemerintah",
  "Nama Instansi",
  "Alamat",
  "Kota",
  "Penandatangan",
  "Jabatan Penandatangan",
  "NIP Penandatangan",
] as const;

/** The header row is the first row, among the first 10, holding `Kode`. */
export const HEADER_SEARCH_ROWS = 10;

/** Case- and whitespace-insensitive form of a header or vocabulary word. */
export function normalizeWord(text: string): string {
  return text.replace(/[\s\u00a0]+/g, "").toLowerCase();
}
