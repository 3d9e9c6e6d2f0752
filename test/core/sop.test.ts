import { readSopSteps, SOP_COLUMNS, SOP_STEPS, stepByNo } from "../../src/core/sop";
import { parseWaktuBaku, sesuai, WaktuBaku } from "../../src/core/workingTime";
import { formatProblem } from "../../src/core/problems";
import { sheetOf } from "../helpers/book";

const bookWithSop = (rows: Parameters<typeof sheetOf>[1]) => ({ sheets: [sheetOf("SOP", rows)] });
const row = (no: unknown, kegiatan: string, waktuBaku: unknown, pelaksana = "Staf") =>
  [no, kegiatan, pelaksana, "", waktuBaku, "", ""] as Parameters<typeof sheetOf>[1][number];

describe("Waktu Baku check", () => {
  const standard = (text: string) => parseWaktuBaku(text) as WaktuBaku;

  test("a step that took its standard time or less is Sesuai; a bit more is not, in the standard's unit", () => {
    expect(sesuai(30, standard("30 Menit"))).toBe("Ya");
    expect(sesuai(31, standard("30 Menit"))).toBe("Tidak");
    // "2 Hari" is two working days: a duration in Hari, to two decimals.
    expect(sesuai(2, standard("2 Hari"))).toBe("Ya");
    expect(sesuai(2.01, standard("2 Hari"))).toBe("Tidak");
    expect(sesuai(1.5, standard("1,5 Jam"))).toBe("Ya");
  });

  test("an unreadable standard gives no verdict rather than a wrong one", () => {
    expect(parseWaktuBaku("sebentar")).toBeUndefined();
  });
});

describe("reading the SOP sheet", () => {
  test("without an SOP sheet the seed applies, steps 1–4 and 6–9", () => {
    const read = readSopSteps({ sheets: [] });
    expect(read.source).toBe("seed");
    expect(read.problems).toEqual([]);
    expect(read.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
  });

  test("an office's own steps, executors and standard times replace the seed", () => {
    const read = readSopSteps(
      bookWithSop([
        [...SOP_COLUMNS],
        row(1, "Mengumpulkan data", "20 Menit", "Sekretaris"),
        row(6, "Merekap dua triwulan", "3 Hari", "Kasubag Perencanaan"),
        row("7", "Menyusun laporan", "120 Hari", "Kasubag Perencanaan"),
      ])
    );
    expect(read.source).toBe("sheet");
    expect(read.problems).toEqual([]);
    expect(read.steps.map((s) => [s.no, s.pelaksana, s.waktuBaku])).toEqual([
      [1, "Sekretaris", "20 Menit"],
      [6, "Kasubag Perencanaan", "3 Hari"],
      [7, "Kasubag Perencanaan", "120 Hari"],
    ]);
  });

  test("an unreadable Waktu Baku is reported with its cell; the step stays", () => {
    const read = readSopSteps(
      bookWithSop([
        [...SOP_COLUMNS],
        row(1, "a", "15 Menit"),
        row(2, "b", "30 Menit"),
        row(3, "c", "2 Menit"),
        row(4, "d", "sebentar"),
      ])
    );
    expect(read.problems.map((p) => formatProblem(p))).toEqual([
      `SOP!E5: Waktu Baku "sebentar" tidak dikenal — tulis mis. "15 Menit" atau "2 Hari"`,
    ]);
    expect(read.steps.map((s) => s.no)).toEqual([1, 2, 3, 4]);
  });

  test("rows whose No is not a step number are left out and reported; blank rows are skipped", () => {
    const read = readSopSteps(
      bookWithSop([
        ["Daftar langkah SOP"],
        [...SOP_COLUMNS],
        row(2, "b", "30 Menit"),
        [],
        row("x", "c", "2 Menit"),
        row(2, "b lagi", "5 Menit"),
        row(null, "tanpa nomor", "5 Menit"),
      ])
    );
    expect(read.steps.map((s) => s.kegiatan)).toEqual(["b"]);
    expect(read.problems.map((p) => formatProblem(p))).toEqual([
      'SOP!A5: No "x" bukan nomor langkah',
      "SOP!A6: langkah 2 sudah ada di baris 3",
      "SOP!A7: No langkah kosong",
    ]);
  });

  test("columns are found by header in any order", () => {
    const read = readSopSteps(
      bookWithSop([
        ["Waktu Baku", "Kegiatan", "No"],
        ["45 Menit", "Mengolah", 3],
      ])
    );
    expect(read.steps).toEqual([
      {
        no: 3,
        kegiatan: "Mengolah",
        pelaksana: "",
        persyaratan: "",
        waktuBaku: "45 Menit",
        output: "",
        keputusan: "",
      },
    ]);
  });

  test("a sheet without its header row falls back to the seed and says why", () => {
    const read = readSopSteps(
      bookWithSop([
        ["langkah", "apa"],
        [1, "x"],
      ])
    );
    expect(read.source).toBe("seed");
    expect(read.steps).toEqual(SOP_STEPS);
    expect(read.problems[0]).toMatchObject({
      sheet: "SOP",
      cell: "A1",
      message: expect.stringMatching(/tidak ada sel "Kegiatan"/),
    });
  });

  test("a step the office's sheet lacks is taken from the seed", () => {
    expect(stepByNo([], 9)?.kegiatan).toMatch(/^Menyusun 2 \(dua\) laporan semesteran/);
    expect(stepByNo([], 5)).toBeUndefined();
  });
});
