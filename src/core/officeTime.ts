// Pengaturan's `Jam Kerja` and `Hari Libur` rows (docs/CONTRACT.md §2): the office's working hours
// and the days off the national calendar lacks — cuti bersama, a regional holiday. Serials typed in
// a 1904-system workbook are read in the 1900 system the rest of the core counts in.
import { normalizeWord, SETTINGS_SHEET } from "./contract";
import { DAYS_1900_TO_1904 } from "./excelDate";
import { Problem, problem } from "./problems";
import { a1, CellValue, cellText } from "./workbook";
import { daySerial, DEFAULT_WORKING_HOURS, WorkingHours } from "./workingTime";

export type OfficeTime = {
  hours: WorkingHours;
  /** Hari Libur rows as day serials (1900 system). */
  holidays: number[];
  /** Unreadable Jam Kerja / Hari Libur rows: a step is not timed against a calendar in doubt. */
  problems: Problem[];
};

export const DEFAULT_OFFICE_TIME: OfficeTime = {
  hours: DEFAULT_WORKING_HOURS,
  holidays: [],
  problems: [],
};

/** 1 March 1900 and 31 December 9999: Excel's serials before the first carry its leap-year bug. */
const [FIRST_DAY, LAST_DAY] = [61, 2_958_465];

const KEYS = { jamkerja: "jamKerja", harilibur: "hariLibur" } as const;

/** Whether a Kunci is one this module reads. */
export const isOfficeTimeKey = (key: string): boolean => normalizeWord(key) in KEYS;

/** Reads the Jam Kerja and Hari Libur rows among Pengaturan's (0-based row, Kunci, Nilai). */
export function readOfficeTime(
  rows: readonly { row: number; key: string; value: CellValue | undefined }[],
  date1904: boolean
): OfficeTime {
  let hours = DEFAULT_WORKING_HOURS;
  const holidays: number[] = [];
  const problems: Problem[] = [];
  for (const { row, key, value } of rows) {
    const which = KEYS[normalizeWord(key) as keyof typeof KEYS];
    if (which === undefined) continue;
    const shown = cellText(value);
    const bad = () =>
      problems.push(
        problem({
          sheet: SETTINGS_SHEET,
          cell: a1(row, 1),
          severity: "error",
          text: { key: which === "jamKerja" ? "jamKerjaBad" : "hariLiburBad", params: { shown } },
        })
      );
    if (which === "jamKerja") {
      const read = readHours(shown);
      if (read) hours = read;
      else bad();
      continue;
    }
    const day = readDay(value, date1904);
    if (day === undefined) bad();
    else holidays.push(day);
  }
  return { hours, holidays, problems };
}

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const HOURS = new RegExp(
  String.raw`^${TIME}\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai)\s*${TIME}\s*(?:WIB|WITA|WIT)?$`,
  "i"
);

/** `07:30–16:00`, `07.30 - 16.00`, `7.30 s.d. 16 WIB`. */
function readHours(text: string): WorkingHours | undefined {
  const m = HOURS.exec(text.trim());
  if (!m) return undefined;
  const at = (h: string, min: string | undefined) => {
    const [hh, mm] = [Number(h), Number(min ?? 0)];
    return hh <= 24 && mm < 60 && hh * 60 + mm <= 1440 ? hh * 60 + mm : NaN;
  };
  const [start, end] = [at(m[1], m[2]), at(m[3], m[4])];
  return start < end ? { start, end } : undefined;
}

/** A date Excel holds (a whole serial), or one typed as text: `2026-12-24`, `24/12/2026`. */
function readDay(value: CellValue | undefined, date1904: boolean): number | undefined {
  if (typeof value === "number") {
    const day = value + (date1904 ? DAYS_1900_TO_1904 : 0);
    return Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY ? day : undefined;
  }
  const text = cellText(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : local
      ? [local[3], local[2], local[1]].map(Number)
      : [NaN, NaN, NaN];
  const serial = daySerial({ year, month, day });
  // Date.UTC rolls 31 April over into May: only a day that reads back the same is that day.
  const back = new Date(Date.UTC(year, month - 1, day));
  const same = back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
  return same && serial >= FIRST_DAY && serial <= LAST_DAY ? serial : undefined;
}
