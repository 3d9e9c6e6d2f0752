// Waktu Baku counts working time: Monday to Friday within Jam Kerja, less national holidays (from
// date-holidays) and the office's Hari Libur. Every figure below is worked out by hand.
import { indonesianHolidays } from "../../src/app/holidays";
import { readSettings } from "../../src/core/settings";
import { formatProblem, Problem } from "../../src/core/problems";
import {
  DEFAULT_WORKING_HOURS,
  durationIn,
  HolidaySource,
  parseWaktuBaku,
  sesuai,
  WaktuBaku,
  workCalendar,
  workingMinutes,
} from "../../src/core/workingTime";
import { sheetOf } from "../helpers/book";

// 1 January 2026 is serial 46023 (1 January 2025 is 45658, plus 365 days). 2 April 2026 is 91 days
// later: 46114, a Thursday (46114 mod 7 = 5; serial 0 was a Saturday). Good Friday, 3 April 2026,
// is 46115; Monday 6 April 46118, Tuesday 7 April 46119, Wednesday 8 April 46120.
const THU_2_APR = 46114;
const TUE_7_APR = 46119;
const at = (day: number, hour: number) => day + hour / 24;
const noNational: HolidaySource = () => [];
const defaultCalendar = (national: HolidaySource, office: number[] = []) =>
  workCalendar(DEFAULT_WORKING_HOURS, office, national);
const standard = (text: string) => parseWaktuBaku(text) as WaktuBaku;

describe("working time", () => {
  test("date-holidays lists Good Friday 2026 as an Indonesian national holiday, and no cuti bersama", async () => {
    const national = await indonesianHolidays();
    const april = national(2026).filter((d) => d.month === 4);
    expect(april).toContainEqual({ year: 2026, month: 4, day: 3 });
    // Christmas Eve 2026 is cuti bersama (SKB), a working day as far as the package knows.
    expect(national(2026)).not.toContainEqual({ year: 2026, month: 12, day: 24 });
  });

  test("a step from Thursday 07:30 to Tuesday 16:00 over Good Friday and a weekend is 3 Hari: on time", async () => {
    const calendar = defaultCalendar(await indonesianHolidays());
    const [mulai, selesai] = [at(THU_2_APR, 7.5), at(TUE_7_APR, 16)];
    // Thursday, Monday, Tuesday: 3 × 510 minutes (07:30–16:00); Friday is Good Friday.
    const minutes = workingMinutes(mulai, selesai, calendar);
    expect(minutes).toBe(1530);
    const hari = durationIn(minutes, "Hari", DEFAULT_WORKING_HOURS);
    expect(hari).toBe(3);
    expect(sesuai(hari, standard("3 Hari"))).toBe("Ya");
    // Elapsed, the same step is 5 days 8½ hours (7,710 minutes): late by any count of 3 days.
    expect(Math.round((selesai - mulai) * 1440)).toBe(7710);
    expect(7710).toBeGreaterThan(3 * 24 * 60);
    // Without the holiday it would be four working days: late.
    const noHoliday = workingMinutes(mulai, selesai, defaultCalendar(noNational));
    expect(durationIn(noHoliday, "Hari", DEFAULT_WORKING_HOURS)).toBe(4);
    expect(sesuai(4, standard("3 Hari"))).toBe("Tidak");
  });

  test("working hours clip: 15:00 to 08:30 the next working day is 60 + 60 minutes", () => {
    const calendar = defaultCalendar(noNational);
    // Monday 13 April 2026 (46125) 15:00 → Tuesday 08:30: 15:00–16:00 and 07:30–08:30.
    expect(workingMinutes(at(46125, 15), at(46126, 8.5), calendar)).toBe(120);
    // Friday 10 April (46122) 15:00 → Monday 08:30: the weekend counts nothing.
    expect(workingMinutes(at(46122, 15), at(46125, 8.5), calendar)).toBe(120);
    // Entirely outside working hours: nothing.
    expect(workingMinutes(at(46125, 17), at(46125, 19), calendar)).toBe(0);
  });

  test("Jam: 09:00 to 11:30 is 2,5 Jam, late against 2 Jam and on time against 3 Jam", () => {
    const minutes = workingMinutes(at(46125, 9), at(46125, 11.5), defaultCalendar(noNational));
    expect(minutes).toBe(150);
    const jam = durationIn(minutes, "Jam", DEFAULT_WORKING_HOURS);
    expect(jam).toBe(2.5);
    expect(sesuai(jam, standard("2 Jam"))).toBe("Tidak");
    expect(sesuai(jam, standard("3 Jam"))).toBe("Ya");
    expect(standard("1,5 Jam")).toEqual({ amount: 1.5, unit: "Jam" });
    expect(standard("1 Minggu")).toEqual({ amount: 5, unit: "Hari" });
    expect(parseWaktuBaku("sebentar")).toBeUndefined();
  });
});

describe("Jam Kerja and Hari Libur in Pengaturan", () => {
  const settings = (rows: unknown[][], date1904 = false) => {
    const problems: Problem[] = [];
    const read = readSettings(
      sheetOf("Pengaturan", [["Kunci", "Nilai"], ...rows] as Parameters<typeof sheetOf>[1]),
      problems,
      date1904
    );
    return { office: read.officeTime, problems: problems.map((p) => formatProblem(p)) };
  };

  test("a Hari Libur row extends the national calendar", async () => {
    const { office, problems } = settings([["Hari Libur", "2026-04-06"]]);
    expect(problems).toEqual([]);
    const calendar = workCalendar(office.hours, office.holidays, await indonesianHolidays());
    // Thursday 2 April 07:30 → Wednesday 8 April 16:00: Thursday, Tuesday, Wednesday, as Good Friday
    // is national and Monday 6 April the office's own: 3 × 510 minutes.
    expect(workingMinutes(at(THU_2_APR, 7.5), at(46120, 16), calendar)).toBe(1530);
  });

  test("Hari Libur is a typed date, 2026-12-24 or 24/12/2026; a 1904 workbook's serial is shifted", () => {
    // 24 December 2026: 46023 + 357 = 46380. In the 1904 system that day is 46380 − 1462 = 44918.
    expect(settings([["Hari Libur", 46380]]).office.holidays).toEqual([46380]);
    expect(settings([["hari libur", "2026-12-24"]]).office.holidays).toEqual([46380]);
    expect(settings([["Hari Libur", "24/12/2026"]]).office.holidays).toEqual([46380]);
    expect(settings([["Hari Libur", 44918]], true).office.holidays).toEqual([46380]);
  });

  test("Jam Kerja sets the hours, and with them the length of a Hari", () => {
    const { office } = settings([["Jam Kerja", "08.00 - 15.00 WIB"]]);
    expect(office.hours).toEqual({ start: 480, end: 900 });
    const calendar = workCalendar(office.hours, [], noNational);
    // Monday 15:00 → Tuesday 08:30 with 08:00–15:00: nothing on Monday, 30 minutes on Tuesday.
    expect(workingMinutes(at(46125, 15), at(46126, 8.5), calendar)).toBe(30);
    // A full day is 420 minutes: one Hari.
    expect(durationIn(420, "Hari", office.hours)).toBe(1);
  });

  test("unreadable rows are problems at their Pengaturan cell, in Indonesian", () => {
    const { office, problems } = settings([
      ["Jam Kerja", "16:00–07:30"],
      ["Hari Libur", "besok"],
      ["Hari Libur", "31/04/2026"],
      ["Hari Libur", 46380.5],
    ]);
    expect(problems).toEqual([
      'Pengaturan!B2: Jam Kerja "16:00–07:30" tidak terbaca — tulis jam mulai dan jam selesai, mis. "07:30–16:00"',
      'Pengaturan!B3: Hari Libur "besok" bukan tanggal — ketik tanggalnya, atau tulis mis. 2026-12-24 atau 24/12/2026',
      'Pengaturan!B4: Hari Libur "31/04/2026" bukan tanggal — ketik tanggalnya, atau tulis mis. 2026-12-24 atau 24/12/2026',
      'Pengaturan!B5: Hari Libur "46380.5" bukan tanggal — ketik tanggalnya, atau tulis mis. 2026-12-24 atau 24/12/2026',
    ]);
    expect(office.hours).toEqual(DEFAULT_WORKING_HOURS);
    expect(office.problems).toHaveLength(4);
  });
});
