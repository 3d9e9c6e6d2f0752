// The step tracker `Tahapan SOP`: one row per execution of an SOP step, who did it and how long it
// took against the step's standard time. The add-in appends rows; people may annotate them and add
// columns of their own, so columns are found by header and only ours are written.
import { normalizeWord, PeriodId, periodById, QUARTER_LABEL, TRACKER_SHEET } from "./contract";
import { DATE_TIME_FORMAT, minutesBetween } from "./excelDate";
import { readLayout, SheetLayout } from "./layout";
import type { ProblemText } from "./messages";
import { Problem, problem } from "./problems";
import { parseWaktuBaku, SopStep } from "./sop";
import { a1, Cell, cellText, findSheet, RowAppend, WorkbookSnapshot } from "./workbook";

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
  { key: "durasi", header: "Durasi (menit)", width: 10 },
  { key: "waktuBaku", header: "Waktu Baku", width: 12 },
  { key: "sesuai", header: "Sesuai Waktu Baku", width: 10 },
  { key: "keputusan", header: "Keputusan", width: 12 },
  { key: "catatan", header: "Catatan", width: 40 },
];
const HEADERS = Object.fromEntries(TRACKER_COLUMNS.map((c) => [c.key, c.header])) as Record<
  TrackerKey,
  string
>;
const KEYS = TRACKER_COLUMNS.map((c) => c.key);
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
  /** Excel serials in the user's local time; null when blank or not a date. */
  mulai: number | null;
  selesai: number | null;
  durasi: number | null;
  waktuBaku: string;
  sesuai: string;
  keputusan: string;
  catatan: string;
};

export type TrackerRead = {
  exists: boolean;
  /** Where each column is; undefined when the sheet is missing or its header row unreadable. */
  layout: SheetLayout<TrackerKey, TrackerKey> | undefined;
  entries: TrackerEntry[];
  /** 0-based row where the next entry goes: below every used row, the user's own columns included. */
  nextRow: number;
  problems: Problem[];
};

/** The layout of the sheet `trackerSheet()` creates: header in row 1, columns in TRACKER_COLUMNS order. */
const TEMPLATE_LAYOUT: SheetLayout<TrackerKey, TrackerKey> = {
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
  if (!sheet) return { exists: false, layout: undefined, entries: [], nextRow: 1, problems: [] };
  const problems: Problem[] = [];
  const layout = readLayout(sheet, HEADERS, KEYS, problems, ANCHOR);
  let lastUsed = -1;
  sheet.rows.forEach((row, r) => {
    if ((row ?? []).some((c) => cellText(c?.value) !== "")) lastUsed = r;
  });
  if (!layout) return { exists: true, layout, entries: [], nextRow: lastUsed + 1, problems };
  const entries: TrackerEntry[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const at = (k: TrackerKey) => sheet.rows[r]?.[layout.columns[k]];
    if (KEYS.every((k) => cellText(at(k)?.value) === "")) continue;
    const text = (k: TrackerKey) => cellText(at(k)?.value);
    const serial = (k: TrackerKey) =>
      typeof at(k)?.value === "number" ? (at(k)?.value as number) : null;
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
      durasi: serial("durasi"),
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
  };
}

// ---- planning an append -------------------------------------------------------------------------

export type Keputusan = "Ya" | "Tidak";

export type StepRecord = {
  step: SopStep;
  periode: Periode;
  nama: string;
  /** Excel serials in the user's local time (excelDate.ts). */
  mulai: number;
  selesai: number;
  keputusan: Keputusan | "";
  catatan: string;
};

/** "Ya" when the step took no longer than its standard time, "Tidak" when longer, "" when unknown. */
export function sesuaiWaktuBaku(durasiMenit: number, waktuBaku: string): "Ya" | "Tidak" | "" {
  const standard = parseWaktuBaku(waktuBaku);
  if (standard === undefined) return "";
  return durasiMenit <= standard ? "Ya" : "Tidak";
}

export type TrackerPlan =
  | { ok: true; createSheet: boolean; append: RowAppend; rows: TrackerEntry[] }
  | { ok: false; problems: Problem[] };

const FORMAT: Record<TrackerKey, string> = {
  no: "0",
  langkah: "0",
  kegiatan: "@",
  periode: "@",
  pelaksana: "@",
  nama: "@",
  mulai: DATE_TIME_FORMAT,
  selesai: DATE_TIME_FORMAT,
  durasi: "0",
  waktuBaku: "@",
  sesuai: "@",
  keputusan: "@",
  catatan: "@",
};

/** Validates the records, then lays them out as rows below the tracker's last used row. */
export function planTrackerRows(
  tracker: TrackerRead,
  sheetProtected: boolean,
  records: readonly StepRecord[]
): TrackerPlan {
  if (tracker.exists && !tracker.layout) return { ok: false, problems: tracker.problems };
  if (sheetProtected) {
    return {
      ok: false,
      problems: [
        problem({
          sheet: TRACKER_SHEET,
          cell: "A1",
          severity: "error",
          text: { key: "trackerProtected" },
        }),
      ],
    };
  }
  const layout = tracker.layout ?? TEMPLATE_LAYOUT;
  const col = (k: TrackerKey) => layout.columns[k];
  const lastNo = tracker.entries.reduce((n, e) => Math.max(n, e.no ?? 0), 0);
  const problems: Problem[] = [];
  const rows = records.map((rec, i): TrackerEntry => {
    const row = tracker.nextRow + i;
    const report = (k: TrackerKey, text: ProblemText) =>
      problems.push(
        problem({ sheet: TRACKER_SHEET, cell: a1(row, col(k)), severity: "error", text })
      );
    if (rec.nama.trim() === "") report("nama", { key: "namaRequired" });
    if (rec.selesai < rec.mulai) report("selesai", { key: "selesaiBeforeMulai" });
    if (rec.keputusan === "Tidak" && rec.catatan.trim() === "")
      report("catatan", { key: "catatanRequired" });
    // Elapsed minutes, nights and weekends included. Waktu Baku counts working time ("2 Hari" is 16
    // working hours), so a multi-day step reads longer than it worked; counting working minutes
    // would need office hours and a holiday calendar per office, which is more than this check is worth.
    const durasi = minutesBetween(rec.mulai, rec.selesai);
    return {
      row,
      no: lastNo + i + 1,
      langkah: rec.step.no,
      kegiatan: rec.step.kegiatan,
      periode: periodeText(rec.periode),
      pelaksana: rec.step.pelaksana,
      nama: rec.nama.trim(),
      mulai: rec.mulai,
      selesai: rec.selesai,
      durasi,
      waktuBaku: rec.step.waktuBaku,
      sesuai: sesuaiWaktuBaku(durasi, rec.step.waktuBaku),
      keputusan: rec.keputusan,
      catatan: rec.catatan.trim(),
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  const cols = KEYS.map(col);
  const [c0, c1] = [Math.min(...cols), Math.max(...cols)];
  const byCol = new Map(KEYS.map((k) => [col(k), k]));
  const span = <T>(cell: (k: TrackerKey) => T): (T | null)[] =>
    Array.from({ length: c1 - c0 + 1 }, (_, j) => {
      const k = byCol.get(c0 + j);
      return k === undefined ? null : cell(k);
    });
  return {
    ok: true,
    createSheet: !tracker.exists,
    append: {
      sheet: TRACKER_SHEET,
      row: tracker.nextRow,
      col: c0,
      values: rows.map((e) => span((k) => e[k])),
      numberFormats: rows.map(() => span((k) => FORMAT[k])),
    },
    rows,
  };
}
