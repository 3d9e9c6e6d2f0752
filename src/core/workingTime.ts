// Waktu Baku counts working time (docs/CONTRACT.md §2, "Tahapan SOP"): a step's duration is the part
// of Mulai → Selesai that falls in working hours on a working day — Monday to Friday, less national
// holidays and the office's own `Hari Libur` — expressed in the unit its standard is written in. A
// three-day step over a weekend is three days, not five. Serials are wall-clock times (excelDate.ts),
// so working hours are on the same clock as Mulai and Selesai.
import { roundHalfAway } from "./capaian";
import { serialYear } from "./excelDate";
import type { CalendarDate } from "./schedule";

/** Minutes after midnight. */
export type WorkingHours = { start: number; end: number };

/** 07:30–16:00, the civil service's day (Perpres 21/2023 in WIB offices). */
export const DEFAULT_WORKING_HOURS: WorkingHours = { start: 7 * 60 + 30, end: 16 * 60 };

/** A year's national holidays; the adapters take them from date-holidays (src/app/holidays.ts). */
export type HolidaySource = (year: number) => readonly CalendarDate[];

export type WorkCalendar = {
  hours: WorkingHours;
  /** Whether a day (its serial, 1900 system) is a holiday besides Saturday and Sunday. */
  isHoliday: (day: number) => boolean;
};

const MINUTES_PER_DAY = 1440;
/** Serial 0 (30 December 1899) was a Saturday. */
const isWeekend = (day: number): boolean => ((day % 7) + 7) % 7 < 2;

/** The serial of a calendar day. */
export const daySerial = (d: CalendarDate): number =>
  Date.UTC(d.year, d.month - 1, d.day) / 86_400_000 + 25_569;

/** `officeDays` are the office's own Hari Libur (day serials); national holidays are asked per year. */
export function workCalendar(
  hours: WorkingHours,
  officeDays: readonly number[],
  national: HolidaySource
): WorkCalendar {
  const office = new Set(officeDays);
  const byYear = new Map<number, Set<number>>();
  const nationalDays = (year: number): Set<number> => {
    let days = byYear.get(year);
    if (!days) byYear.set(year, (days = new Set(national(year).map(daySerial))));
    return days;
  };
  return { hours, isHoliday: (day) => office.has(day) || nationalDays(serialYear(day)).has(day) };
}

/** Working minutes from one serial to another, to the nearest minute; 0 when `to` is not later. */
export function workingMinutes(from: number, to: number, calendar: WorkCalendar): number {
  const [a, b] = [from * MINUTES_PER_DAY, to * MINUTES_PER_DAY];
  const { start, end } = calendar.hours;
  let total = 0;
  for (let day = Math.floor(from); day * MINUTES_PER_DAY < b; day++) {
    if (isWeekend(day) || calendar.isHoliday(day)) continue;
    const [open, close] = [day * MINUTES_PER_DAY + start, day * MINUTES_PER_DAY + end];
    total += Math.max(0, Math.min(b, close) - Math.max(a, open));
  }
  return Math.round(total);
}

export type Satuan = "Menit" | "Jam" | "Hari";
export type WaktuBaku = { amount: number; unit: Satuan };

const UNITS: readonly { pattern: RegExp; unit: Satuan; times: number }[] = [
  { pattern: /^(menit|mnt|min(ute)?s?)$/, unit: "Menit", times: 1 },
  { pattern: /^(jam|hours?)$/, unit: "Jam", times: 1 },
  { pattern: /^(hari(kerja)?|days?)$/, unit: "Hari", times: 1 },
  { pattern: /^(minggu|pekan|weeks?)$/, unit: "Hari", times: 5 },
];

/** `15 Menit`, `1,5 Jam`, `2 Hari` (a `Minggu` is 5 Hari); undefined for anything else. */
export function parseWaktuBaku(text: string): WaktuBaku | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z ]+?)\s*$/.exec(text);
  if (!m) return undefined;
  const found = UNITS.find((u) => u.pattern.test(m[2].toLowerCase().replace(/\s+/g, "")));
  return found && { amount: Number(m[1].replace(",", ".")) * found.times, unit: found.unit };
}

/** Minutes in one unit: a Hari is one working day, start to end of working hours. */
export const minutesPer = (unit: Satuan, hours: WorkingHours): number =>
  unit === "Menit" ? 1 : unit === "Jam" ? 60 : hours.end - hours.start;

/**
 * Working minutes as the tracker writes them in `unit`: whole minutes, hours and days to two
 * decimals. The verdict is taken on this figure, so a row's Durasi and Sesuai never disagree.
 */
export const durationIn = (minutes: number, unit: Satuan, hours: WorkingHours): number =>
  unit === "Menit" ? minutes : roundHalfAway(minutes / minutesPer(unit, hours), 2);

/** "Ya" within the standard, "Tidak" over it: both in the standard's unit. */
export const sesuai = (durasi: number, standard: WaktuBaku): "Ya" | "Tidak" =>
  durasi <= standard.amount ? "Ya" : "Tidak";
