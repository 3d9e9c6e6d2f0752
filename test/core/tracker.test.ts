import { DATE_TIME_FORMAT } from "../../src/core/excelDate";
import { DEFAULT_OFFICE_TIME } from "../../src/core/officeTime";
import { formatProblem } from "../../src/core/problems";
import { readSettings } from "../../src/core/settings";
import { SOP_STEPS } from "../../src/core/sop";
import { parsePeriode, readTracker, TRACKER_COLUMNS } from "../../src/core/tracker";
import { planTrackerRows, StepRecord } from "../../src/core/trackerRows";
import { Raw, sheetOf } from "../helpers/book";

const HEADER = TRACKER_COLUMNS.map((c) => c.header);
const step = (no: number) => SOP_STEPS.find((s) => s.no === no) as (typeof SOP_STEPS)[number];
// Monday 3 July 2023, 08:30 and 09:02 local time (45110 is that day's serial).
const MULAI = 45110 + 8.5 / 24;
const SELESAI = 45110 + 9 / 24 + 2 / 1440;
/** The default office hours, no holidays: these steps fall on a plain working Monday. */
const TIME = { office: DEFAULT_OFFICE_TIME, national: () => [] };

const record = (over: Partial<StepRecord> = {}): StepRecord => ({
  step: step(2),
  periode: { key: "tw2", year: 2023 },
  nama: "Budi",
  mulai: MULAI,
  selesai: SELESAI,
  keputusan: "",
  catatan: "",
  ...over,
});
const tracker = (rows: Raw[][]) =>
  readTracker({ sheets: [sheetOf("Tahapan SOP", [HEADER, ...rows])] });
const existing: Raw[] = [
  1,
  1,
  "Mengumpulkan data",
  "TW II 2023",
  "Sekretaris",
  "Ani",
  45100.3,
  45100.31,
  14,
  "15 Menit",
  "Ya",
  "",
  "",
];

describe("Periode", () => {
  test("reads what people type, with or without a year", () => {
    expect(parsePeriode("TW II 2023")).toEqual({ key: "tw2", year: 2023 });
    expect(parsePeriode(" semester  i 2023 ")).toEqual({ key: "semester1", year: 2023 });
    expect(parsePeriode("Semester II")).toEqual({ key: "semester2", year: null });
    expect(parsePeriode("Tahunan 2024")).toEqual({ key: "tahunan", year: 2024 });
    expect(parsePeriode("Triwulan 2")).toBeUndefined();
  });
});

describe("the step tracker", () => {
  test("reads the rows under the header, dates as serials", () => {
    const read = tracker([
      existing,
      [],
      [
        2,
        "7",
        "Menyusun",
        "Semester I 2023",
        "Kasubag",
        "Citra",
        "",
        45110.5,
        "",
        "",
        "",
        "Ya",
        "",
      ],
    ]);
    expect(read.problems).toEqual([]);
    expect(
      read.entries.map((e) => [e.row, e.no, e.langkah, e.periode, e.mulai, e.selesai, e.keputusan])
    ).toEqual([
      [1, 1, 1, "TW II 2023", 45100.3, 45100.31, ""],
      [3, 2, 7, "Semester I 2023", null, 45110.5, "Ya"],
    ]);
    expect(read.nextRow).toBe(4);
  });

  test("appends one row below the last, numbered on, with working minutes and the standard-time verdict", () => {
    const plan = planTrackerRows(tracker([existing]), false, [record()], TIME);
    if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("; "));
    expect(plan.createSheet).toBe(false);
    expect(plan.append.row).toBe(2);
    expect(plan.append.col).toBe(0);
    // 08:30 → 09:02 is 32 minutes against "30 Menit": over the standard.
    expect(plan.append.values).toEqual([
      [
        2,
        2,
        "Merekap laporan kinerja triwulan",
        "TW II 2023",
        "Staf",
        "Budi",
        MULAI,
        SELESAI,
        32,
        "30 Menit",
        "Tidak",
        "",
        "",
      ],
    ]);
    expect(plan.append.numberFormats[0][6]).toBe(DATE_TIME_FORMAT);
    expect(plan.append.numberFormats[0][7]).toBe(DATE_TIME_FORMAT);
    expect(plan.append.numberFormats[0][5]).toBe("@");
    // The duration in the standard's unit, and the unit shown by the cell's format.
    expect(plan.append.numberFormats[0][8]).toBe('General" Menit"');
  });

  test("writes into the columns where the header puts them and leaves the user's own column alone", () => {
    const header = ["Catatan", "Paraf", ...HEADER.filter((h) => h !== "Catatan")];
    const read = readTracker({
      sheets: [sheetOf("Tahapan SOP", [["Riwayat langkah"], header, ["", "ok"]])],
    });
    const plan = planTrackerRows(
      read,
      false,
      [record({ keputusan: "Tidak", catatan: "angka TW II belum lengkap", step: step(7) })],
      TIME
    );
    if (!plan.ok) throw new Error("refused");
    expect(plan.append.row).toBe(3); // below the row that holds only the user's own "Paraf"
    const values = plan.append.values[0];
    expect(values[0]).toBe("angka TW II belum lengkap");
    expect(values[1]).toBeNull();
    expect(values[header.indexOf("Keputusan")]).toBe("Tidak");
    expect(plan.append.numberFormats[0][1]).toBeNull();
  });

  test("Keputusan Tidak needs a note, said in Indonesian at the note's cell", () => {
    const plan = planTrackerRows(
      tracker([existing]),
      false,
      [record({ step: step(7), keputusan: "Tidak", catatan: "  " })],
      TIME
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.problems.map((p) => formatProblem(p))).toEqual([
        "Tahapan SOP!M3: Catatan wajib diisi bila Keputusan Tidak: tulis apa yang harus diperbaiki",
      ]);
  });

  test("a blank name, an end before the start and a protected sheet are refused", () => {
    const bad = planTrackerRows(
      tracker([]),
      false,
      [record({ nama: " ", selesai: MULAI - 1 })],
      TIME
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.message)).toEqual([
        "Nama pelaksana wajib diisi",
        "Selesai lebih awal dari Mulai",
      ]);
    const locked = planTrackerRows(tracker([]), true, [record()], TIME);
    expect(locked.ok).toBe(false);
  });

  test("without a tracker sheet the rows go under the header of the sheet to be created", () => {
    const plan = planTrackerRows(
      readTracker({ sheets: [] }),
      false,
      [record(), record({ step: step(3) })],
      TIME
    );
    if (!plan.ok) throw new Error("refused");
    expect(plan.createSheet).toBe(true);
    expect(plan.append.row).toBe(1);
    expect(plan.append.values.map((r) => [r[0], r[1]])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  test("a tracker whose header row is gone cannot take rows, and says where", () => {
    const read = readTracker({
      sheets: [
        sheetOf("Tahapan SOP", [
          ["No", "Langkah"],
          [1, 2],
        ]),
      ],
    });
    const plan = planTrackerRows(read, false, [record()], TIME);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(formatProblem(plan.problems[0])).toMatch(
        /^Tahapan SOP!A1: baris judul kolom tidak ditemukan: tidak ada sel "Langkah SOP"/
      );
  });
});

describe("durations in working time, in the standard's unit", () => {
  // Thursday 2 April 2026 is 46114, Tuesday 7 April 46119; Friday 3 April is Good Friday.
  const GOOD_FRIDAY = { year: 2026, month: 4, day: 3 };
  const time = { office: DEFAULT_OFFICE_TIME, national: () => [GOOD_FRIDAY] };
  const threeDays = (over: Partial<StepRecord> = {}) =>
    record({
      step: { ...step(6), waktuBaku: "3 Hari" },
      mulai: 46114 + 7.5 / 24,
      selesai: 46119 + 16 / 24,
      ...over,
    });

  test("a step of three working days is written as 3 Hari, shown with its unit, and on time", () => {
    const plan = planTrackerRows(tracker([]), false, [threeDays()], time);
    if (!plan.ok) throw new Error("refused");
    const row = plan.append.values[0];
    expect([row[8], row[9], row[10]]).toEqual([3, "3 Hari", "Ya"]);
    expect(plan.append.numberFormats[0][8]).toBe('General" Hari"');
    expect(plan.rows[0]).toMatchObject({ durasi: 3, satuan: "Hari", sesuai: "Ya" });
  });

  test("an old sheet's Durasi (menit) takes working minutes, judged in the standard's unit", () => {
    const old = HEADER.map((h) => (h === "Durasi" ? "Durasi (menit)" : h));
    const read = readTracker({ sheets: [sheetOf("Tahapan SOP", [old, existing])] });
    expect(read.entries[0]).toMatchObject({ durasi: 14, satuan: "Menit" });
    const plan = planTrackerRows(read, false, [threeDays()], time);
    if (!plan.ok) throw new Error("refused");
    // 3 × 510 working minutes = 3 Hari: within "3 Hari".
    expect(plan.append.values[0].slice(8, 11)).toEqual([1530, "3 Hari", "Ya"]);
    expect(plan.append.numberFormats[0][8]).toBe("0");
    expect(plan.rows[0]).toMatchObject({ durasi: 1530, satuan: "Menit", sesuai: "Ya" });
  });

  test("a sheet with neither Durasi column cannot take rows", () => {
    const none = HEADER.filter((h) => h !== "Durasi");
    const read = readTracker({ sheets: [sheetOf("Tahapan SOP", [none])] });
    expect(read.layout).toBeUndefined();
    expect(read.problems.map((p) => formatProblem(p))).toEqual([
      expect.stringMatching(/^Tahapan SOP!A1: .*Durasi/),
    ]);
  });

  test("in a 1904 workbook serials are read 1462 days later and written 1462 days earlier", () => {
    const read = readTracker({
      sheets: [sheetOf("Tahapan SOP", [HEADER, existing])],
      date1904: true,
    });
    expect([read.entries[0].mulai, read.entries[0].selesai]).toEqual([46562.3, 46562.31]);
    const plan = planTrackerRows(read, false, [threeDays()], time);
    if (!plan.ok) throw new Error("refused");
    expect(plan.append.values[0][6]).toBeCloseTo(46114 + 7.5 / 24 - 1462, 10);
    expect(plan.append.values[0][7]).toBeCloseTo(46119 + 16 / 24 - 1462, 10);
    expect(plan.rows[0].mulai).toBeCloseTo(46114 + 7.5 / 24, 10);
  });

  test("an unreadable Jam Kerja or Hari Libur times no step", () => {
    const pengaturan = sheetOf("Pengaturan", [
      ["Kunci", "Nilai"],
      ["Jam Kerja", "pagi sampai sore"],
    ]);
    const office = readSettings(pengaturan, []).officeTime;
    const plan = planTrackerRows(tracker([]), false, [threeDays()], { ...time, office });
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.problems.map((p) => formatProblem(p))).toEqual([
        'Pengaturan!B2: Jam Kerja "pagi sampai sore" tidak terbaca — tulis jam mulai dan jam selesai, mis. "07:30–16:00"',
      ]);
  });
});
