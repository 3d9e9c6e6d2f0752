// What the pane shows of the SOP: the steps to choose from, the latest tracker rows with the ones
// over their standard time marked, and each period's decision state — all read from the workbook,
// so the pane holds no process state of its own beyond a step someone has started.
import { PeriodId, PERIODS } from "../core/contract";
import { latestDecisions } from "../core/decision";
import { formatSerial } from "../core/excelDate";
import { Problem } from "../core/problems";
import { BookReading } from "../core/reading";
import { SopStep } from "../core/sop";
import { Keputusan, periodeText, TrackerEntry } from "../core/tracker";

/** Tracker rows shown in the pane, newest first. */
export const RECENT_ROWS = 5;

export type TrackerRowView = {
  row: number;
  langkah: number | null;
  periode: string;
  nama: string;
  /** `dd/mm/yyyy hh:mm`, or "" when the cell holds no date. */
  selesai: string;
  durasi: number | null;
  waktuBaku: string;
  overStandard: boolean;
  keputusan: string;
  catatan: string;
};

export type DecisionView = {
  period: PeriodId;
  periode: string;
  keputusan: Keputusan | null;
  nama: string;
  when: string;
  catatan: string;
};

export type ProcessOverview = {
  year: number | null;
  steps: SopStep[];
  recent: TrackerRowView[];
  decisions: DecisionView[];
  /** Unreadable rows of `SOP`, an unreadable header of `Tahapan SOP`. */
  problems: Problem[];
};

const when = (serial: number | null): string => (serial === null ? "" : formatSerial(serial));

function rowView(e: TrackerEntry): TrackerRowView {
  return {
    row: e.row,
    langkah: e.langkah,
    periode: e.periode,
    nama: e.nama,
    selesai: when(e.selesai ?? e.mulai),
    durasi: e.durasi,
    waktuBaku: e.waktuBaku,
    overStandard: e.sesuai.trim().toLowerCase() === "tidak",
    keputusan: e.keputusan,
    catatan: e.catatan,
  };
}

export function processOverview(reading: BookReading): ProcessOverview {
  const { year } = reading.settings;
  const { sop, tracker } = reading;
  const decided = latestDecisions(tracker.entries, year);
  return {
    year,
    steps: sop.steps,
    recent: tracker.entries.slice(-RECENT_ROWS).reverse().map(rowView),
    decisions: PERIODS.map((p): DecisionView => {
      const d = decided[p.id];
      const base = { period: p.id, periode: periodeText({ key: p.id, year }) };
      if (d.keputusan === null)
        return { ...base, keputusan: null, nama: "", when: "", catatan: "" };
      return {
        ...base,
        keputusan: d.keputusan,
        nama: d.entry.nama,
        when: when(d.entry.selesai ?? d.entry.mulai),
        catatan: d.entry.catatan,
      };
    }),
    problems: [...sop.problems, ...tracker.problems],
  };
}
