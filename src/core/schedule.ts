// Which quarters count (docs/CONTRACT.md §4): a quarter counts for an indicator when its Frekuensi is
// due in it and the quarter has ended by the command's clock. A value typed in any other quarter is
// left out of every roll-up and said at its cell, never silently used and never blocking.
import { DUE_QUARTERS, Frekuensi, Quarter, QUARTER_END, QUARTER_LABEL, QUARTERS } from "./contract";
import { fromSerial } from "./excelDate";
import type { Indicator } from "./indicators";
import type { ProblemText } from "./messages";
import { kodeKey } from "./names";
import { Problem, problem } from "./problems";
import type { QuarterEntry, QuarterSheet } from "./quarterSheets";
import { a1 } from "./workbook";

/** A day on the user's calendar (month 1–12). */
export type CalendarDate = { year: number; month: number; day: number };

/** Per quarter: its last day (null without a Tahun) and whether it has ended by the clock given. */
export type QuarterClock = Record<Quarter, { end: CalendarDate | null; ended: boolean }>;

/** The calendar day of an Excel serial (the user's wall-clock date-time). */
export function dateOfSerial(serial: number): CalendarDate {
  const d = fromSerial(Math.floor(serial), 0);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const dayNumber = (d: CalendarDate): number => (d.year * 100 + d.month) * 100 + d.day;

/**
 * When each quarter of `year` ends and whether it has by `today`. Without a Tahun, or without a
 * clock (merge, fix), every quarter counts as ended: the behaviour before quarters had end dates.
 */
export function quarterClock(year: number | null, today: CalendarDate | undefined): QuarterClock {
  const clock = {} as QuarterClock;
  for (const q of QUARTERS) {
    const end = year === null ? null : { year, ...QUARTER_END[q] };
    clock[q] = { end, ended: end === null || !today || dayNumber(today) > dayNumber(end) };
  }
  return clock;
}

export const ALL_ENDED: QuarterClock = quarterClock(null, undefined);

export const isDue = (frekuensi: Frekuensi, q: Quarter): boolean =>
  DUE_QUARTERS[frekuensi].includes(q);

/** The Status of a period the indicator is due in no quarter of. */
export const notAssessedText = (frekuensi: Frekuensi): string => `Tidak dinilai (${frekuensi})`;

export const counts = (ind: Indicator, q: Quarter, clock: QuarterClock): boolean =>
  isDue(ind.frekuensi, q) && clock[q].ended;

/** One warning per quarter row holding a value that does not count: not due, or not yet ended. */
export function scheduleWarnings(
  indicators: readonly Indicator[],
  quarters: Record<Quarter, QuarterSheet>,
  clock: QuarterClock
): Problem[] {
  const out: Problem[] = [];
  for (const ind of indicators) {
    const key = kodeKey(ind.kode);
    for (const q of QUARTERS) {
      if (counts(ind, q, clock)) continue;
      const sheet = quarters[q];
      const entry = sheet.entries.get(key);
      const col = entry && valueColumn(sheet, entry);
      if (!entry || col === undefined) continue;
      const end = clock[q].end;
      const quarter = QUARTER_LABEL[q];
      const text: ProblemText = isDue(ind.frekuensi, q)
        ? // Due and not counted: the quarter has an end date that is still to come.
          { key: "quarterNotEnded", params: { quarter, end: end as CalendarDate } }
        : {
            key: "notDueQuarter",
            params: {
              frekuensi: ind.frekuensi,
              quarter,
              due: DUE_QUARTERS[ind.frekuensi].map((d) => QUARTER_LABEL[d]),
            },
          };
      out.push(
        problem({ sheet: sheet.layout.sheet, cell: a1(entry.row, col), severity: "warning", text })
      );
    }
  }
  return out;
}

/** The column of the row's first figure that holds a number; undefined when none does. */
function valueColumn(sheet: QuarterSheet, entry: QuarterEntry): number | undefined {
  const given = (["realisasi", "pembilang", "penyebut"] as const).find((k) => entry[k] !== null);
  return given && sheet.layout.columns[given];
}
