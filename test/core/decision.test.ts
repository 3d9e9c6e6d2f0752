import { approvalProblems } from "../../src/core/decision";
import { ALLOWED, periodStates } from "../../src/core/periodState";
import { TrackerEntry } from "../../src/core/tracker";
import { bookOf, sheetOf } from "../helpers/book";
import { AUTO_NOTE } from "../../src/core/ownership";

const entry = (over: Partial<TrackerEntry>): TrackerEntry => ({
  row: 1,
  no: 1,
  langkah: 7,
  kegiatan: "Menyusun laporan",
  periode: "Semester I 2023",
  pelaksana: "Kasubag Perencanaan",
  nama: "Citra",
  mulai: null,
  selesai: null,
  durasi: null,
  satuan: "Hari",
  waktuBaku: "120 Hari",
  sesuai: "Ya",
  keputusan: "Ya",
  catatan: "",
  ...over,
});

describe("the state of each period's report", () => {
  test("the latest step-7 decision by Selesai wins, even when the sheet was sorted", () => {
    const states = periodStates(
      [
        entry({ row: 1, selesai: 45200, keputusan: "Tidak", catatan: "TW II belum lengkap" }),
        entry({ row: 2, selesai: 45100, keputusan: "Ya" }), // an older decision sorted below
        entry({ row: 3, selesai: 45300, keputusan: "ya", periode: "tahunan 2023" }),
      ],
      2023
    );
    expect(states.semester1).toMatchObject({
      state: "Dikembalikan",
      entry: { row: 1, catatan: "TW II belum lengkap" },
    });
    expect(states.tahunan).toMatchObject({ state: "Disetujui", entry: { row: 3 } });
    expect(states.semester2).toEqual({ state: "Draf", entry: null });
  });

  test("rows of other steps, other years, without a Keputusan or period move no state", () => {
    const states = periodStates(
      [
        entry({ langkah: 6, selesai: 45300 }), // step 6 with "Ya" is not a submission
        entry({ langkah: 7, keputusan: "Diajukan", selesai: 45300 }), // nor is step 7 "Diajukan"
        entry({ periode: "Semester I 2022", selesai: 45300 }),
        entry({ keputusan: "", selesai: 45300 }),
        entry({ periode: "TW II 2023", selesai: 45300 }),
        entry({ periode: "kemarin", selesai: 45300 }),
      ],
      2023
    );
    expect(states.semester1).toEqual({ state: "Draf", entry: null });
  });

  test("equal times go to the row appended later; a row without a year counts for the workbook's year", () => {
    const states = periodStates(
      [
        entry({ row: 4, selesai: 45200, keputusan: "Tidak", catatan: "x" }),
        entry({ row: 5, selesai: 45200, periode: "Semester I" }),
      ],
      2023
    );
    expect(states.semester1).toMatchObject({ state: "Disetujui", entry: { row: 5 } });
  });

  test("submit → return → submit again → approve, and what each state allows", () => {
    const submitted = (row: number, selesai: number) =>
      entry({ row, selesai, langkah: 6, keputusan: " diajukan ", nama: "Staf Dedi" });
    const cycle = [
      submitted(1, 45200),
      entry({ row: 2, selesai: 45201, keputusan: "Tidak", catatan: "TW II kurang" }),
      submitted(3, 45202),
      entry({ row: 4, selesai: 45203, keputusan: "Ya" }),
    ];
    const after = (n: number) => periodStates(cycle.slice(0, n), 2023).semester1;
    expect(after(0).state).toBe("Draf");
    expect(after(1)).toMatchObject({ state: "Diajukan", entry: { row: 1, nama: "Staf Dedi" } });
    expect(after(2).state).toBe("Dikembalikan");
    expect(after(3)).toMatchObject({ state: "Diajukan", entry: { row: 3 } });
    expect(after(4)).toMatchObject({ state: "Disetujui", entry: { row: 4 } });
    expect(ALLOWED.Draf).toEqual(["submit"]);
    expect(ALLOWED.Diajukan).toEqual(["approve", "giveBack"]);
    expect(ALLOWED.Dikembalikan).toEqual(["submit"]);
    expect(ALLOWED.Disetujui).toEqual(["submit", "giveBack"]);
  });
});

describe("what approving needs", () => {
  const pk = [
    { kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] },
    { kode: "B", targetTahunan: 10, targets: [5, 5, 0, 0] },
  ];
  const quarters = { 1: [{ kode: "A", realisasi: 30 }], 2: [{ kode: "A", realisasi: 28 }] };
  // Row 1 carries the marker every recap writes (core/ownership.ts), as a real recap sheet does.
  const recapSheet = (rows: number) =>
    sheetOf(
      "Semester I",
      Array.from({ length: rows }, (_, r) => (r === 0 ? ["x", AUTO_NOTE] : ["x"]))
    );

  test("a workbook with a problem is refused with the problems, whatever the recap sheet", () => {
    const book = bookOf(pk, { ...quarters, 2: [{ kode: "A", realisasi: "lima" }] }, [
      recapSheet(4),
    ]);
    expect(approvalProblems(book, "semester1", 4)).toEqual([
      expect.objectContaining({ sheet: "TW II", cell: "E3", severity: "error" }),
    ]);
  });

  test("a period never recapped is refused: run its recap first", () => {
    expect(approvalProblems(bookOf(pk, quarters), "semester1", null)).toEqual([
      expect.objectContaining({
        sheet: "Semester I",
        cell: "A1",
        severity: "error",
        message: "lembar Semester I belum ada — jalankan Rekap Semester I dulu",
      }),
    ]);
  });

  test("a recap sheet that no longer lists every indicator is stale", () => {
    // Title + header + 2 indicators = 4 rows; a sheet of 3 rows was recapped with one indicator.
    expect(approvalProblems(bookOf(pk, quarters), "semester1", 3)[0].message).toBe(
      "lembar Semester I tidak sesuai Perjanjian Kinerja saat ini (2 indikator) — jalankan Rekap Semester I lagi"
    );
    expect(approvalProblems(bookOf(pk, quarters), "semester1", 4)).toEqual([]);
  });
});
