// The step tracker `Tahapan SOP`: one row per execution of an SOP step, who did it and how long it
// took against the step's standard time, in working time (workingTime.ts). The add-in appends rows;
// people may annotate them and add columns of their own, so columns are found by header and only
// ours are written. Mulai and Selesai are 1900-system serials here, whatever the workbook's system.
// Appending rows is trackerRows.ts.
import { normalizeWord, PeriodId, periodById, QUARTER_LABEL, TRACKER_SHEET } from "./contract";
import { DAYS_1900_TO_1904 } from "./excelDate";
import { readLayout, SheetLayout } from "./layout";
import { Problem, problem } from "./problems";
import { a1, Cell, cellText, findSheet, WorkbookSnapshot } from "./workbook";
import { parseWaktuBaku, Satuan } from "./workingTime";

export type TrackerKey =
  | "no"
  | "langkah"
  | "kegiatan"
  | "periode"
  | "pelaksana"
  | "nama"
  | "mulai"
  | "selesai"
  | "durasi"
  | "durasiMenit"
  | "waktuBaku"
  | "sesuai"
  | "keputusan"
  | "catatan";
export type TrackerColumn = { key: TrackerKey; header: string; width: number };

export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  { key: "no", header: "No", width: 5 },
  { key: "langkah", header: "Langkah SOP", width: 8 },
  { key: "kegiatan", header: "Kegiatan", width: 44 },
  { key: "periode", header: "Periode", width: 12 },
  { key: "pelaksana", header: "Pelaksana", width: 20 },
  { key: "nama", header: "Nama", width: 22 },
  { key: "mulai", header: "Mulai", width: 17 },
  { key: "selesai", header: "Selesai", width: 17 },
  { key: "durasi", header: "Durasi", width: 11 },
  { key: "waktuBaku", header: "Waktu Baku", width: 12 },
  { key: "sesuai", header: "Sesuai Waktu Baku", width: 10 },
  { key: "keputusan", header: "Keputusan", width: 12 },
  { key: "catatan", header: "Catatan", width: 40 },
];
/**
 * Sheets made before durations were working time have `Durasi (menit)`: it keeps taking working
 * minutes, so its header stays true, where `Durasi` takes the Waktu Baku's unit.
 */
const HEADERS = {
  ...Object.fromEntries(TRACKER_COLUMNS.map((c) => [c.key, c.header])),
  durasiMenit: "Durasi (menit)",
} as Record<TrackerKey, string>;
export const ALL_KEYS = Object.keys(HEADERS) as TrackerKey[];
const KEYS = TRACKER_COLUMNS.map((c) => c.key);
export type Required = Exclude<TrackerKey, "durasi" | "durasiMenit">;
const REQUIRED = KEYS.filter((k): k is Required => k !== "durasi");
const ANCHOR = HEADERS.langkah;

// ---- Periode: "TW II 2023", "Semester I 2023", "Tahunan 2023" --------------------------------------

export type PeriodeKey = "tw1" | "tw2" | "tw3" | "tw4" | PeriodId;
export const PERIODE_LABEL: Record<PeriodeKey, string> = {
  tw1: QUARTER_LABEL[1],
  tw2: QUARTER_LABEL[2],
  tw3: QUARTER_LABEL[3],
  tw4: QUARTER_LABEL[4],
  semester1: periodById("semester1").title,
  semester2: periodById("semester2").title,
  tahunan: periodById("tahunan").title,
};
export const PERIODE_KEYS = Object.keys(PERIODE_LABEL) as PeriodeKey[];
export type Periode = { key: PeriodeKey; year: number | null };

export const periodeText = (p: Periode): string =>
  p.year === null ? PERIODE_LABEL[p.key] : `${PERIODE_LABEL[p.key]} ${p.year}`;

/** Reads what people type: `TW II 2023`, `semester i 2023`, `Tahunan`; undefined for anything else. */
export function parsePeriode(text: string): Periode | undefined {
  const m = /^(.*?)(\d{4})?$/.exec(normalizeWord(text)) as RegExpExecArray;
  const key = PERIODE_KEYS.find((k) => normalizeWord(PERIODE_LABEL[k]) === m[1]);
  return key === undefined ? undefined : { key, year: m[2] === undefined ? null : Number(m[2]) };
}

// ---- reading ------------------------------------------------------------------------------------

export type TrackerEntry = {
  /** 0-based sheet row. */
  row: number;
  no: number | null;
  langkah: number | null;
  kegiatan: string;
  periode: string;
  pelaksana: string;
  nama: string;
  /** Excel serials in the user's local time, 1900 system; null when blank or not a date. */
  mulai: number | null;
  selesai: number | null;
  /** In `satuan`: working minutes under `Durasi (menit)`, else the Waktu Baku's unit (Menit when unreadable). */
  durasi: number | null;
  satuan: Satuan;
  waktuBaku: string;
  sesuai: string;
  keputusan: string;
  catatan: string;
};

export type TrackerRead = {
  exists: boolean;
  /** Where each column is; undefined when the sheet is missing or its header row unreadable. */
  layout: SheetLayout<TrackerKey, Required> | undefined;
  entries: TrackerEntry[];
  /** 0-based row where the next entry goes: below every used row, the user's own columns included. */
  nextRow: number;
  problems: Problem[];
  /** The workbook's serials are in the 1904 date system. */
  date1904: boolean;
};

/** The layout of the sheet `trackerSheet()` creates: header in row 1, columns in TRACKER_COLUMNS order. */
export const TEMPLATE_LAYOUT: SheetLayout<TrackerKey, Required> = {
  sheet: TRACKER_SHEET,
  headerRow: 0,
  columns: Object.fromEntries(KEYS.map((k, i) => [k, i])) as Record<TrackerKey, number>,
};

const numberOf = (c: Cell | undefined): number | null => {
  const v = c?.value;
  if (typeof v === "number") return v;
  const t = cellText(v);
  return /^\d+$/.test(t) ? Number(t) : null;
};

export function readTracker(book: WorkbookSnapshot): TrackerRead {
  const sheet = findSheet(book, TRACKER_SHEET);
  const date1904 = book.date1904 ?? false;
  const none = { entries: [], problems: [], date1904 };
  if (!sheet) return { ...none, exists: false, layout: undefined, nextRow: 1 };
  const problems: Problem[] = [];
  const layout = readLayout(sheet, HEADERS, REQUIRED, problems, ANCHOR);
  if (layout && layout.columns.durasi === undefined && layout.columns.durasiMenit === undefined) {
    const params = { header: HEADERS.durasi, row: layout.headerRow + 1 };
    problems.push(
      problem({
        sheet: TRACKER_SHEET,
        cell: a1(layout.headerRow, 0),
        severity: "error",
        text: { key: "columnMissing", params },
      })
    );
  }
  let lastUsed = -1;
  sheet.rows.forEach((row, r) => {
    if ((row ?? []).some((c) => cellText(c?.value) !== "")) lastUsed = r;
  });
  if (!layout || problems.length > 0)
    return { ...none, exists: true, layout: undefined, nextRow: lastUsed + 1, problems };
  const shift = date1904 ? DAYS_1900_TO_1904 : 0;
  const present = ALL_KEYS.filter((k) => layout.columns[k] !== undefined);
  const col = (k: TrackerKey) => layout.columns[k];
  // Under `Durasi` a row's unit is its Waktu Baku's; an old sheet's `Durasi (menit)` holds minutes.
  const inUnit = col("durasi") !== undefined;
  const entries: TrackerEntry[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const at = (k: TrackerKey) => {
      const c = col(k);
      return c === undefined ? undefined : sheet.rows[r]?.[c];
    };
    if (present.every((k) => cellText(at(k)?.value) === "")) continue;
    const text = (k: TrackerKey) => cellText(at(k)?.value);
    const number = (k: TrackerKey) =>
      typeof at(k)?.value === "number" ? (at(k)?.value as number) : null;
    const serial = (k: TrackerKey) => {
      const n = number(k);
      return n === null ? null : n + shift;
    };
    entries.push({
      row: r,
      no: numberOf(at("no")),
      langkah: numberOf(at("langkah")),
      kegiatan: text("kegiatan"),
      periode: text("periode"),
      pelaksana: text("pelaksana"),
      nama: text("nama"),
      mulai: serial("mulai"),
      selesai: serial("selesai"),
      durasi: number(inUnit ? "durasi" : "durasiMenit"),
      satuan: (inUnit && parseWaktuBaku(text("waktuBaku"))?.unit) || "Menit",
      waktuBaku: text("waktuBaku"),
      sesuai: text("sesuai"),
      keputusan: text("keputusan"),
      catatan: text("catatan"),
    });
  }
  return {
    exists: true,
    layout,
    entries,
    nextRow: Math.max(lastUsed + 1, layout.headerRow + 1),
    problems,
    date1904,
  };
}

export type Keputusan = "Ya" | "Tidak";
