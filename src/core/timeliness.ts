// How timely the SOP is carried out, per step and per executor (Nama): how many steps were done, how
// many within their standard time and over it, and the median duration against the standard. It
// reads the tracker as recorded — each row's Sesuai Waktu Baku is its verdict — so it says what the
// rows say; rows recorded before durations were working time keep the verdict they were given.
import type { TrackerEntry } from "./tracker";
import { minutesPer, parseWaktuBaku, Satuan, WorkingHours } from "./workingTime";

export type TimelinessGroup = {
  /** The step's number or the executor's name as first written. */
  label: string;
  done: number;
  onTime: number;
  late: number;
  /** Median of duration ÷ standard in percent (100 = exactly the standard); null when none is timed. */
  medianPercent: number | null;
  /** A step's median duration in its standard's unit, when its timed rows share one Waktu Baku. */
  median: { amount: number; unit: Satuan; standard: string } | null;
};

export type Timeliness = { steps: TimelinessGroup[]; executors: TimelinessGroup[] };

type Timed = { ratio: number; amount: number; unit: Satuan; standard: string };

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A row's duration in its standard's unit, and as a share of the standard; undefined if not both known. */
function timed(e: TrackerEntry, hours: WorkingHours): Timed | undefined {
  const standard = parseWaktuBaku(e.waktuBaku);
  if (e.durasi === null || !standard || standard.amount <= 0) return undefined;
  const amount = (e.durasi * minutesPer(e.satuan, hours)) / minutesPer(standard.unit, hours);
  return { ratio: amount / standard.amount, amount, unit: standard.unit, standard: e.waktuBaku };
}

function group(label: string, rows: readonly TrackerEntry[], hours: WorkingHours): TimelinessGroup {
  const verdict = (e: TrackerEntry) => e.sesuai.trim().toLowerCase();
  const times = rows.flatMap((e) => timed(e, hours) ?? []);
  const oneStandard =
    times.length > 0 && times.every((t) => t.standard === times[0].standard) ? times[0] : null;
  return {
    label,
    done: rows.length,
    onTime: rows.filter((e) => verdict(e) === "ya").length,
    late: rows.filter((e) => verdict(e) === "tidak").length,
    medianPercent: times.length > 0 ? median(times.map((t) => t.ratio * 100)) : null,
    median: oneStandard && {
      amount: median(times.map((t) => t.amount)),
      unit: oneStandard.unit,
      standard: oneStandard.standard,
    },
  };
}

/** Groups in the order given by `order`, each labelled by its first row. */
function groupBy(
  entries: readonly TrackerEntry[],
  key: (e: TrackerEntry) => string | null,
  label: (e: TrackerEntry) => string,
  order: (a: string, b: string) => number,
  hours: WorkingHours
): TimelinessGroup[] {
  const groups = new Map<string, TrackerEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([, rows]) => group(label(rows[0]), rows, hours));
}

/** `hours` converts between units as the tracker does: a Hari is one working day of them. */
export function timeliness(entries: readonly TrackerEntry[], hours: WorkingHours): Timeliness {
  return {
    steps: groupBy(
      entries,
      (e) => (e.langkah === null ? null : String(e.langkah)),
      (e) => String(e.langkah),
      (a, b) => Number(a) - Number(b),
      hours
    ),
    executors: groupBy(
      entries,
      (e) => (e.nama.trim() === "" ? null : e.nama.trim().replace(/\s+/g, " ").toLowerCase()),
      (e) => e.nama.trim(),
      (a, b) => a.localeCompare(b),
      hours
    ),
  };
}
