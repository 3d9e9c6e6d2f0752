import { DATE_TIME_FORMAT } from "../../src/core/excelDate";
import { formatProblem } from "../../src/core/problems";
import { SOP_STEPS } from "../../src/core/sop";
import {
  parsePeriode,
  planTrackerRows,
  readTracker,
  StepRecord,
  TRACKER_COLUMNS,
} from "../../src/core/tracker";
import { Raw, sheetOf } from "../helpers/book";

const HEADER = TRACKER_COLUMNS.map((c) => c.header);
const step = (no: number) => SOP_STEPS.find((s) => s.no === no) as (typeof SOP_STEPS)[number];
// 1 July 2023, 08:30 and 09:02 local time (45108 is that day's serial).
const MULAI = 45108 + 8.5 / 24;
const SELESAI = 45108 + 9 / 24 + 2 / 1440;

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

  test("appends one row below the last, numbered on, with elapsed minutes and the standard-time verdict", () => {
    const plan = planTrackerRows(tracker([existing]), false, [record()]);
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
  });

  test("writes into the columns where the header puts them and leaves the user's own column alone", () => {
    const header = ["Catatan", "Paraf", ...HEADER.filter((h) => h !== "Catatan")];
    const read = readTracker({
      sheets: [sheetOf("Tahapan SOP", [["Riwayat langkah"], header, ["", "ok"]])],
    });
    const plan = planTrackerRows(read, false, [
      record({ keputusan: "Tidak", catatan: "angka TW II belum lengkap", step: step(7) }),
    ]);
    if (!plan.ok) throw new Error("refused");
    expect(plan.append.row).toBe(3); // below the row that holds only the user's own "Paraf"
    const values = plan.append.values[0];
    expect(values[0]).toBe("angka TW II belum lengkap");
    expect(values[1]).toBeNull();
    expect(values[header.indexOf("Keputusan")]).toBe("Tidak");
    expect(plan.append.numberFormats[0][1]).toBeNull();
  });

  test("Keputusan Tidak needs a note, said in Indonesian at the note's cell", () => {
    const plan = planTrackerRows(tracker([existing]), false, [
      record({ step: step(7), keputusan: "Tidak", catatan: "  " }),
    ]);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.problems.map((p) => formatProblem(p))).toEqual([
        "Tahapan SOP!M3: Catatan wajib diisi bila Keputusan Tidak: tulis apa yang harus diperbaiki",
      ]);
  });

  test("a blank name, an end before the start and a protected sheet are refused", () => {
    const bad = planTrackerRows(tracker([]), false, [record({ nama: " ", selesai: MULAI - 1 })]);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.message)).toEqual([
        "Nama pelaksana wajib diisi",
        "Selesai lebih awal dari Mulai",
      ]);
    const locked = planTrackerRows(tracker([]), true, [record()]);
    expect(locked.ok).toBe(false);
  });

  test("without a tracker sheet the rows go under the header of the sheet to be created", () => {
    const plan = planTrackerRows(readTracker({ sheets: [] }), false, [
      record(),
      record({ step: step(3) }),
    ]);
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
    const plan = planTrackerRows(read, false, [record()]);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(formatProblem(plan.problems[0])).toMatch(
        /^Tahapan SOP!A1: baris judul kolom tidak ditemukan: tidak ada sel "Langkah SOP"/
      );
  });
});
