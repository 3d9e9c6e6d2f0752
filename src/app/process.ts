// What the pane shows of the SOP: the steps to choose from, the latest tracker rows with the ones
// over their standard time marked, each period's decision state and how timely the steps are — all
// read from the workbook, so the pane holds no process state of its own beyond a started step.
import { KASUBAG_KEY, PeriodId, PERIODS } from "../core/contract";
import { ALLOWED, PeriodAction, periodStates, PeriodState } from "../core/periodState";
import { formatSerial } from "../core/excelDate";
import { Problem } from "../core/problems";
import { BookReading } from "../core/reading";
import { SopStep } from "../core/sop";
import { Keputusan, periodeText, TrackerEntry } from "../core/tracker";
import { Timeliness, timeliness } from "../core/timeliness";
import type { Satuan } from "../core/workingTime";

/** Tracker rows shown in the pane, newest first. */
export const RECENT_ROWS = 5;

export type TrackerRowView = {
  row: number;
  langkah: number | null;
  periode: string;
  nama: string;
  /** `dd/mm/yyyy hh:mm`, or "" when the cell holds no date. */
  selesai: string;
  /** In `satuan`, the unit of the row's Waktu Baku (Menit under an old `Durasi (menit)`). */
  durasi: number | null;
  satuan: Satuan;
  waktuBaku: string;
  overStandard: boolean;
  keputusan: string;
  catatan: string;
};

/** Where a period's report stands (periodState.ts), as the row that moved it there tells it. */
export type DecisionView = {
  period: PeriodId;
  periode: string;
  state: PeriodState;
  /** What the state allows (the pane's buttons). */
  allowed: readonly PeriodAction[];
  /** The Kasubag's answer when the state is one: Ya for Disetujui, Tidak for Dikembalikan. */
  keputusan: Keputusan | null;
  /** Who moved the state, when, and the row's note; "" for Draf. */
  nama: string;
  when: string;
  catatan: string;
};

export type ProcessOverview = {
  year: number | null;
  steps: SopStep[];
  recent: TrackerRowView[];
  decisions: DecisionView[];
  /** Per step and per executor: done, on time, late, median against the standard. */
  timeliness: Timeliness;
  /** Pengaturan's Kasubag Perencanaan, who decides; null when the key is not filled. */
  kasubag: string | null;
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
    satuan: e.satuan,
    waktuBaku: e.waktuBaku,
    overStandard: e.sesuai.trim().toLowerCase() === "tidak",
    keputusan: e.keputusan,
    catatan: e.catatan,
  };
}

export function processOverview(reading: BookReading): ProcessOverview {
  const { year } = reading.settings;
  const { sop, tracker } = reading;
  const states = periodStates(tracker.entries, year);
  return {
    year,
    kasubag: reading.settings.values[KASUBAG_KEY]?.trim() || null,
    steps: sop.steps,
    recent: tracker.entries.slice(-RECENT_ROWS).reverse().map(rowView),
    decisions: PERIODS.map((p): DecisionView => {
      const { state, entry } = states[p.id];
      const keputusan = state === "Disetujui" ? "Ya" : state === "Dikembalikan" ? "Tidak" : null;
      return {
        period: p.id,
        periode: periodeText({ key: p.id, year }),
        state,
        allowed: ALLOWED[state],
        keputusan,
        nama: entry?.nama ?? "",
        when: entry ? when(entry.selesai ?? entry.mulai) : "",
        catatan: entry?.catatan ?? "",
      };
    }),
    timeliness: timeliness(tracker.entries, reading.settings.officeTime.hours),
    problems: [...sop.problems, ...tracker.problems],
  };
}
