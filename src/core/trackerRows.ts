// Appending to the step tracker: the records validated, each timed in working time against its
// standard (workingTime.ts), laid out under the columns the tracker's header row names.
import { TRACKER_SHEET } from "./contract";
import { DATE_TIME_FORMAT, DAYS_1900_TO_1904 } from "./excelDate";
import type { ProblemText } from "./messages";
import type { OfficeTime } from "./officeTime";
import { Problem, problem } from "./problems";
import type { SopStep } from "./sop";
import {
  ALL_KEYS,
  Keputusan,
  Periode,
  periodeText,
  TEMPLATE_LAYOUT,
  TrackerEntry,
  TrackerKey,
  TrackerRead,
} from "./tracker";
import { a1, RowAppend } from "./workbook";
import {
  durationIn,
  HolidaySource,
  parseWaktuBaku,
  sesuai,
  workCalendar,
  workingMinutes,
} from "./workingTime";

export type StepRecord = {
  step: SopStep;
  periode: Periode;
  nama: string;
  /** Excel serials in the user's local time (excelDate.ts), 1900 system. */
  mulai: number;
  selesai: number;
  /** Ya or Tidak on a decision (step 7), Diajukan on a submission (step 6, core/periodState.ts). */
  keputusan: Keputusan | "Diajukan" | "";
  catatan: string;
};

export type TrackerPlan =
  | { ok: true; createSheet: boolean; append: RowAppend; rows: TrackerEntry[] }
  | { ok: false; problems: Problem[] };

/** The office's Pengaturan and the national holidays: what a step's working time is counted on. */
export type StepTime = { office: OfficeTime; national: HolidaySource };

const FORMAT: Record<TrackerKey, string> = {
  no: "0",
  langkah: "0",
  kegiatan: "@",
  periode: "@",
  pelaksana: "@",
  nama: "@",
  mulai: DATE_TIME_FORMAT,
  selesai: DATE_TIME_FORMAT,
  durasi: "General",
  durasiMenit: "0",
  waktuBaku: "@",
  sesuai: "@",
  keputusan: "@",
  catatan: "@",
};

/**
 * Validates the records, then lays them out as rows below the tracker's last used row. A calendar
 * Pengaturan leaves in doubt (an unreadable Jam Kerja or Hari Libur) times no step.
 */
export function planTrackerRows(
  tracker: TrackerRead,
  sheetProtected: boolean,
  records: readonly StepRecord[],
  time: StepTime
): TrackerPlan {
  if (tracker.exists && !tracker.layout) return { ok: false, problems: tracker.problems };
  if (time.office.problems.length > 0) return { ok: false, problems: time.office.problems };
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
  const present = ALL_KEYS.filter((k) => layout.columns[k] !== undefined);
  const col = (k: TrackerKey) => layout.columns[k] as number;
  // Only a sheet from before durations were working time lacks `Durasi`: its `Durasi (menit)` is it.
  const inUnit = layout.columns.durasi !== undefined;
  const { hours } = time.office;
  const calendar = workCalendar(hours, time.office.holidays, time.national);
  const lastNo = tracker.entries.reduce((n, e) => Math.max(n, e.no ?? 0), 0);
  const problems: Problem[] = [];
  const timed = records.map((rec, i) => {
    const row = tracker.nextRow + i;
    const report = (k: TrackerKey, text: ProblemText) =>
      problems.push(
        problem({ sheet: TRACKER_SHEET, cell: a1(row, col(k)), severity: "error", text })
      );
    if (rec.nama.trim() === "") report("nama", { key: "namaRequired" });
    if (rec.selesai < rec.mulai) report("selesai", { key: "selesaiBeforeMulai" });
    if (rec.keputusan === "Tidak" && rec.catatan.trim() === "")
      report("catatan", { key: "catatanRequired" });
    const minutes = workingMinutes(rec.mulai, rec.selesai, calendar);
    const standard = parseWaktuBaku(rec.step.waktuBaku);
    const unit = standard?.unit ?? "Menit";
    // Judged in the standard's unit on the figure as written, so Durasi and Sesuai never disagree.
    const judged = durationIn(minutes, unit, hours);
    const entry: TrackerEntry = {
      row,
      no: lastNo + i + 1,
      langkah: rec.step.no,
      kegiatan: rec.step.kegiatan,
      periode: periodeText(rec.periode),
      pelaksana: rec.step.pelaksana,
      nama: rec.nama.trim(),
      mulai: rec.mulai,
      selesai: rec.selesai,
      durasi: inUnit ? judged : minutes,
      satuan: inUnit ? unit : "Menit",
      waktuBaku: rec.step.waktuBaku,
      sesuai: standard ? sesuai(judged, standard) : "",
      keputusan: rec.keputusan,
      catatan: rec.catatan.trim(),
    };
    return { entry, minutes, unit, judged };
  });
  if (problems.length > 0) return { ok: false, problems };
  const cols = present.map(col);
  const [c0, c1] = [Math.min(...cols), Math.max(...cols)];
  const byCol = new Map(present.map((k) => [col(k), k]));
  const span = <T>(cell: (k: TrackerKey) => T): (T | null)[] =>
    Array.from({ length: c1 - c0 + 1 }, (_, j) => {
      const k = byCol.get(c0 + j);
      return k === undefined ? null : cell(k);
    });
  const shift = tracker.date1904 ? DAYS_1900_TO_1904 : 0;
  const value = (t: (typeof timed)[number], k: TrackerKey): string | number | null =>
    k === "mulai" || k === "selesai"
      ? (t.entry[k] as number) - shift
      : k === "durasiMenit"
        ? t.minutes
        : k === "durasi"
          ? t.judged
          : t.entry[k];
  // The unit shows in the cell (`1,5 Hari`) while the cell holds the plain number.
  const format = (t: (typeof timed)[number], k: TrackerKey): string =>
    k === "durasi" ? `General" ${t.unit}"` : FORMAT[k];
  return {
    ok: true,
    createSheet: !tracker.exists,
    append: {
      sheet: TRACKER_SHEET,
      row: tracker.nextRow,
      col: c0,
      values: timed.map((t) => span((k) => value(t, k))),
      numberFormats: timed.map((t) => span((k) => format(t, k))),
    },
    rows: timed.map((t) => t.entry),
  };
}
