// Indonesia's national holidays, from date-holidays (its "ID" data): the calendar a step's working
// time is counted on, with the office's own Hari Libur added by the core (officeTime.ts). What the
// data lacks (checked on 3.37.0): every cuti bersama — the joint leave days of the yearly SKB of three
// ministers — and regional days off; Islamic holidays are computed, and may fall a day from the
// government's decision in some years. An office adds those as `Hari Libur` rows in Pengaturan.
// The package with its data is about a megabyte: the pane loads it on first use, as its own chunk.
import type { CalendarDate } from "../core/schedule";
import type { HolidaySource } from "../core/workingTime";
import type { Env } from "./ports";

let loaded: Promise<HolidaySource> | undefined;

/** The days date-holidays lists as public holidays in Indonesia, per year. */
export function indonesianHolidays(): Promise<HolidaySource> {
  loaded ??= import(/* webpackChunkName: "holidays" */ "date-holidays").then(
    ({ default: Holidays }) => {
      const calendar = new Holidays("ID");
      const byYear = new Map<number, CalendarDate[]>();
      return (year) => {
        let days = byYear.get(year);
        if (!days) {
          // `date` is the local day ("2026-03-20 00:00:00 -0600" for a day that starts at sunset).
          days = calendar
            .getHolidays(year)
            .filter((h) => h.type === "public")
            .map((h) => {
              const [y, m, d] = h.date.slice(0, 10).split("-").map(Number);
              return { year: y, month: m, day: d };
            });
          byYear.set(year, days);
        }
        return days;
      };
    }
  );
  return loaded;
}

/** The national holidays a use case times steps on: the ones `env` brings (tests), else Indonesia's. */
export const nationalHolidays = (env: Env): Promise<HolidaySource> =>
  env.holidays ? Promise.resolve(env.holidays) : indonesianHolidays();

/** An Env whose national holidays are at hand, for the plans that time steps (synchronous). */
export type TimedEnv = Env & { holidays: HolidaySource };

export const withHolidays = async (env: Env): Promise<TimedEnv> => ({
  ...env,
  holidays: await nationalHolidays(env),
});
