// The public workbook contract of docs/CONTRACT.md §2: sheet names, header names and the domain vocabularies.
// Everything that reads or writes a workbook takes its names from here.

export const PK_SHEET = "Perjanjian Kinerja";
export const SETTINGS_SHEET = "Pengaturan";
export const SOP_SHEET = "SOP";
export const TRACKER_SHEET = "Tahapan SOP";
export const LOG_SHEET = "Log";
/** What each Ya approved, very hidden (docs/CONTRACT.md §"Persetujuan"). */
export const APPROVAL_SHEET = "Persetujuan";
/** Very hidden: what makes a workbook a unit file of `distribute` (docs/CONTRACT.md "Unit files"). */
export const UNIT_SHEET = "Berkas Unit";

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
/** The quarters a recap row rolls up, and against which target: a period, or part of one. */
export type PeriodSpan = Pick<PeriodDef, "quarters" | "usesAnnualTarget">;

/** The sheet of capaian per quarter and up to each quarter (s.d. TW), docs/CONTRACT.md §2. */
export const QUARTERLY_SHEET = "Capaian Triwulan";
/** What a recap writes: an approvable period, or `triwulan` (Capaian Triwulan, never approved). */
export type RecapId = PeriodId | "triwulan";
export const RECAPS: readonly { id: RecapId; sheet: string }[] = [
  ...PERIODS,
  { id: "triwulan", sheet: QUARTERLY_SHEET },
];
export const isPeriodId = (id: RecapId): id is PeriodId => id !== "triwulan";
export const recapSheetName = (id: RecapId): string =>
  (RECAPS.find((r) => r.id === id) as (typeof RECAPS)[number]).sheet;
export const GENERATED_SHEETS: readonly string[] = RECAPS.map((r) => r.sheet);

export type Polaritas = "Positif" | "Negatif";
export const POLARITAS: readonly Polaritas[] = ["Positif", "Negatif"];
export type Agregasi = "Jumlah" | "Rata-rata" | "Terakhir" | "Rasio";
export const AGREGASI: readonly Agregasi[] = ["Jumlah", "Rata-rata", "Terakhir", "Rasio"];
/** How often an indicator is reported; blank is Triwulanan. */
export type Frekuensi = "Triwulanan" | "Semesteran" | "Tahunan";
export const FREKUENSI: readonly Frekuensi[] = ["Triwulanan", "Semesteran", "Tahunan"];
/** The quarters an indicator of each Frekuensi is reported in: only these count (docs/CONTRACT.md §4). */
export const DUE_QUARTERS: Record<Frekuensi, readonly Quarter[]> = {
  Triwulanan: [1, 2, 3, 4],
  Semesteran: [2, 4],
  Tahunan: [4],
};
/** A Rasio's Realisasi is Σ Pembilang ÷ Σ Penyebut × Pengali; blank Pengali is percent. */
export const DEFAULT_PENGALI = 100;
/** The last day of each quarter (month, day) in the year of Pengaturan's Tahun. */
export const QUARTER_END: Record<Quarter, { month: number; day: number }> = {
  1: { month: 3, day: 31 },
  2: { month: 6, day: 30 },
  3: { month: 9, day: 30 },
  4: { month: 12, day: 31 },
};

/** Column keys of `Perjanjian Kinerja` that every new workbook has, with their header text. */
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
/**
 * Optional columns a new workbook leaves out: without them every indicator is Triwulanan, Pengali 100,
 * and has no Renstra end target (renstra.ts).
 */
export const PK_OPTIONAL_COLUMNS = {
  frekuensi: "Frekuensi",
  pengali: "Pengali",
  renstraTarget: "Target Akhir Renstra",
  renstraTahun: "Tahun Akhir Renstra",
} as const;
/** The optional columns that change a recap's formulas: its sheets carry a hidden helper for each. */
export const PK_RECAP_HELPERS = [
  "frekuensi",
  "pengali",
] as const satisfies readonly (keyof typeof PK_OPTIONAL_COLUMNS)[];
/** Every column of `Perjanjian Kinerja` the tools read. */
export const PK_HEADERS = { ...PK_COLUMNS, ...PK_OPTIONAL_COLUMNS } as const;
export type PkColumn = keyof typeof PK_HEADERS;
export const PK_REQUIRED = [
  "kode",
  "indikator",
  "targetTahunan",
] as const satisfies readonly PkColumn[];
export type PkRequired = (typeof PK_REQUIRED)[number];
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
export const TW_REQUIRED = ["kode", "realisasi"] as const satisfies readonly TwColumn[];
/**
 * What a unit (bidang) reports in its quarter rows: `merge` copies these, a unit file of `distribute`
 * leaves only these open; Kode, Indikator, Satuan and Target are the master's.
 */
export const UNIT_REPORTED: readonly TwColumn[] = [
  "realisasi",
  "pembilang",
  "penyebut",
  "kendala",
  "bukti",
  "unit",
];
export type TwRequired = (typeof TW_REQUIRED)[number];

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

/** Capaian Triwulan: the indicator's own columns, then this block for each quarter TW I … TW IV. */
export const QUARTERLY_IDENTITY = [
  "no",
  "kode",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
] as const satisfies readonly RecapColumn[];
export const QUARTERLY_BLOCK = {
  target: (tw: string) => `Target ${tw}`,
  realisasi: (tw: string) => `Realisasi ${tw}`,
  capaian: (tw: string) => `Capaian ${tw} (%)`,
  targetToDate: (tw: string) => `Target s.d. ${tw}`,
  realisasiToDate: (tw: string) => `Realisasi s.d. ${tw}`,
  capaianToDate: (tw: string) => `Capaian s.d. ${tw} (%)`,
  kategoriToDate: (tw: string) => `Kategori s.d. ${tw}`,
} as const;
export type QuarterlyColumn = keyof typeof QUARTERLY_BLOCK;

export const SETTINGS_KEYS = [
  "Tahun",
  "Pemerintah",
  "Nama Instansi",
  "Alamat",
  "Kota",
  "Penandatangan",
  "Jabatan Penandatangan",
  "NIP Penandatangan",
  "Kasubag Perencanaan",
] as const;
/** Who decides Ya/Tidak (SOP step 7); a decision by anyone else is confirmed and logged as such. */
export const KASUBAG_KEY: (typeof SETTINGS_KEYS)[number] = "Kasubag Perencanaan";

/** The header row is the first row, among the first 10, holding `Kode`. */
export const HEADER_SEARCH_ROWS = 10;

/** Case- and whitespace-insensitive form of a header or vocabulary word. */
export function normalizeWord(text: string): string {
  return text.replace(/[\s\u00a0]+/g, "").toLowerCase();
}
