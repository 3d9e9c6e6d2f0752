// docs/CONTRACT.md §3 "Cells as people type them": each worked example there is a test here.
// The helper's sheets: title row 1, header row 2, data from row 3. Perjanjian Kinerja: A Kode,
// D Satuan, E Target Tahunan, F–I Target TW I–IV. Quarter sheets: A Kode, E Realisasi, F Pembilang,
// G Penyebut.
import { bookOf } from "../helpers/book";
import { check, planFix, planRecap } from "../../src/core/plan";
import { formatProblem } from "../../src/core/problems";
import { PeriodId } from "../../src/core/contract";

const lines = (book: ReturnType<typeof bookOf>) =>
  check(book).problems.map((p) => formatProblem(p));

const recapRow = (book: ReturnType<typeof bookOf>, period: PeriodId, kode: string) => {
  const plan = planRecap(book, [period]);
  if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("\n"));
  const rows = plan.results.find((r) => r.period === period)?.rows ?? [];
  return rows.find((r) => r.indicator.kode === kode);
};

describe("no-data markers mean not reported", () => {
  const book = () =>
    bookOf([{ kode: "A", targetTahunan: 12, targets: [3, "-", 3, 3] }], {
      1: [{ kode: "A", realisasi: "-" }],
      2: [{ kode: "A", realisasi: "N/A" }],
      3: [{ kode: "A", realisasi: 3 }],
      4: [{ kode: "A", realisasi: 4 }],
    });

  test("a marker in Realisasi is a warning at its cell, never 'bukan angka'", () => {
    expect(lines(book())).toEqual([
      `TW I!E3: peringatan — Realisasi "-" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
      `TW II!E3: peringatan — Realisasi "N/A" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
    ]);
  });

  test("the quarter counts as not reported; a marker in Target TW II is no quarter target", () => {
    // Tahunan: 3 + 4 = 7 of 12 → 58,33; Semester I: Target TW I alone (3), nothing reported.
    expect(recapRow(book(), "tahunan", "A")).toEqual(
      expect.objectContaining({
        target: 12,
        realisasi: 7,
        capaian: 58.33,
        status: "Belum lengkap (TW I, TW II)",
      })
    );
    expect(recapRow(book(), "semester1", "A")).toEqual(
      expect.objectContaining({ target: 3, realisasi: null })
    );
  });

  test("markers in Pembilang and Penyebut leave a Rasio quarter not reported", () => {
    const rasio = bookOf(
      [{ kode: "R", satuan: "%", targetTahunan: 90, targets: [90, 90, 90, 90], agregasi: "Rasio" }],
      {
        1: [{ kode: "R", pembilang: "tidak ada data", penyebut: "Belum Ada Data" }],
        2: [{ kode: "R", pembilang: 9, penyebut: 10 }],
      }
    );
    expect(lines(rasio)).toEqual([
      `TW I!F3: peringatan — Pembilang "tidak ada data" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
      `TW I!G3: peringatan — Penyebut "Belum Ada Data" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
    ]);
    expect(recapRow(rasio, "semester1", "R")).toEqual(
      // TW II alone: 9 ÷ 10 × 100 = 90 against 90.
      expect.objectContaining({ realisasi: 90, capaian: 100, status: "Belum lengkap (TW I)" })
    );
  });

  test("a marker in Target Tahunan is the missing-target error, worded for it", () => {
    const noTarget = bookOf([{ kode: "A", targetTahunan: "n.a." }], {});
    expect(lines(noTarget)).toEqual([
      `Perjanjian Kinerja!E3: Target Tahunan "n.a." berarti tidak ada data, padahal Target Tahunan wajib diisi angka`,
    ]);
  });

  test("nihil means zero: fixable, read as 0", () => {
    const nihil = bookOf([{ kode: "A", targetTahunan: 12 }], {
      1: [{ kode: "A", realisasi: "Nihil" }],
    });
    expect(lines(nihil)).toEqual([
      `TW I!E3: Realisasi "Nihil" berarti nol — dibaca 0 [dapat diperbaiki: rekap-kinerja fix]`,
    ]);
    expect(planFix(nihil).edits).toEqual([
      { sheet: "TW I", row: 2, col: 4, value: 0, plainFormat: true },
    ]);
  });
});

describe("units typed in the cell", () => {
  const book = () =>
    bookOf([{ kode: "P", satuan: "Orang", targetTahunan: 400, agregasi: "Jumlah" }], {
      1: [{ kode: "P", realisasi: "100 Orang" }],
      2: [{ kode: "P", realisasi: "100 Kasus" }],
      3: [{ kode: "P", realisasi: "orang 90" }],
    });

  test("the indicator's own unit is fixable, another unit is rejected naming both", () => {
    expect(lines(book())).toEqual([
      `TW I!E3: Realisasi "100 Orang" berisi satuan — dibaca 100 [dapat diperbaiki: rekap-kinerja fix]`,
      `TW II!E3: Realisasi "100 Kasus": satuan Kasus, padahal satuan indikator Orang`,
      `TW III!E3: Realisasi "orang 90" berisi satuan — dibaca 90 [dapat diperbaiki: rekap-kinerja fix]`,
    ]);
  });

  test("fix rewrites the fixable ones as plain numbers and leaves the other", () => {
    const { edits, remaining } = planFix(book());
    expect(edits).toEqual([
      { sheet: "TW I", row: 2, col: 4, value: 100, plainFormat: true },
      { sheet: "TW III", row: 2, col: 4, value: 90, plainFormat: true },
    ]);
    expect(remaining.map((p) => p.cell)).toEqual(["E3"]);
  });
});

describe("implausible values are warnings at the cell", () => {
  test("more than 10× the quarter's target, else Target Tahunan; 0 targets are skipped", () => {
    const book = bookOf(
      [
        { kode: "J", targetTahunan: 4800, targets: [1200, 1200, 1200, 1200] },
        { kode: "K", targetTahunan: 100 },
        { kode: "Z", targetTahunan: 0 },
      ],
      {
        2: [
          { kode: "J", realisasi: 144000 },
          { kode: "K", realisasi: 1001 },
          { kode: "Z", realisasi: 50 },
        ],
        3: [{ kode: "K", realisasi: 1000 }],
      }
    );
    expect(lines(book)).toEqual([
      `TW II!E3: peringatan — Realisasi 144000 lebih dari 10× target (1200) — salah ketik pemisah ribuan?`,
      `TW II!E4: peringatan — Realisasi 1001 lebih dari 10× target (100) — salah ketik pemisah ribuan?`,
    ]);
    expect(planRecap(book).ok).toBe(true);
  });

  test("a negative count on Terakhir, a percentage above 100 on Positif", () => {
    const book = bookOf(
      [
        { kode: "O", satuan: "Orang", targetTahunan: 50, agregasi: "Terakhir" },
        { kode: "P", satuan: "%", targetTahunan: 90, agregasi: "Terakhir" },
        { kode: "N", satuan: "%", targetTahunan: 10, agregasi: "Terakhir", polaritas: "Negatif" },
        { kode: "R", satuan: "%", targetTahunan: 90, agregasi: "Rasio" },
      ],
      {
        1: [
          { kode: "O", realisasi: -5 },
          { kode: "P", realisasi: 850 },
          { kode: "N", realisasi: 99 },
          { kode: "R", pembilang: 40, penyebut: 30 },
        ],
      }
    );
    // 850 is below 10 × 90 = 900, so it is the percentage rule that speaks; 40 ÷ 30 × 100 = 133,33….
    expect(lines(book)).toEqual([
      `TW I!E3: peringatan — Realisasi -5 negatif, padahal Orang dihitung (tidak mungkin kurang dari 0) — salah ketik tanda minus?`,
      `TW I!E4: peringatan — Realisasi 850 lebih dari 100 %, padahal Polaritas Positif — jumlah (bukan persen) yang terketik, atau koma desimal bergeser?`,
      `TW I!F6: peringatan — Pembilang ÷ Penyebut × 100 = 133,33 lebih dari 100 %, padahal Polaritas Positif — jumlah (bukan persen) yang terketik, atau koma desimal bergeser?`,
    ]);
  });
});

describe("negative values", () => {
  const growth = () =>
    bookOf(
      [
        {
          kode: "G",
          satuan: "%",
          targetTahunan: 5,
          targets: [5, 5, 5, 5],
          agregasi: "Rata-rata",
        },
      ],
      { 1: [{ kode: "G", realisasi: -2 }], 2: [{ kode: "G", realisasi: -4 }] }
    );

  test("a Positif negative realisation warns at its cell and floors capaian at 0", () => {
    expect(lines(growth())).toEqual([
      `TW I!E3: peringatan — Realisasi -2 negatif pada indikator Positif — capaian di bawah 0 dihitung 0`,
      `TW II!E3: peringatan — Realisasi -4 negatif pada indikator Positif — capaian di bawah 0 dihitung 0`,
    ]);
    // mean(−2, −4) = −3 against 5: −60 %, floored at 0.
    expect(recapRow(growth(), "semester1", "G")).toEqual(
      expect.objectContaining({ target: 5, realisasi: -3, capaian: 0, kategori: "Sangat Rendah" })
    );
  });

  test("a negative target is a blocking error at its PK cell", () => {
    const book = bookOf(
      [
        { kode: "T", targetTahunan: -10, agregasi: "Terakhir" },
        { kode: "U", targetTahunan: 10, targets: [null, -2, null, null], agregasi: "Rata-rata" },
      ],
      {}
    );
    const rest =
      "target negatif: capaian tidak dapat dihitung — nyatakan dengan target positif dan Polaritas yang sesuai";
    expect(lines(book)).toEqual([
      `Perjanjian Kinerja!E3: Target Tahunan -10: ${rest}`,
      `Perjanjian Kinerja!G4: Target TW II -2: ${rest}`,
    ]);
    expect(planRecap(book).ok).toBe(false);
  });
});

describe("messages at the cause", () => {
  test("an unreadable PK row is reported there, not on every quarter sheet's row", () => {
    const book = bookOf([{ kode: "A", targetTahunan: "lima" }], {
      1: [
        { kode: "A", realisasi: 3 },
        { kode: "Z", realisasi: 1 },
      ],
      2: [{ kode: "A", realisasi: 4 }],
    });
    expect(lines(book)).toEqual([
      `Perjanjian Kinerja!E3: Target Tahunan "lima" bukan angka`,
      `TW I!A4: Kode "Z" tidak ada di Perjanjian Kinerja`,
    ]);
  });
});

test("the pane says the same in English, cells and typed text as they are", () => {
  const book = bookOf(
    [
      { kode: "P", satuan: "Orang", targetTahunan: 400, targets: [100, 100, 100, 100] },
      { kode: "T", targetTahunan: -10, agregasi: "Terakhir" },
    ],
    {
      1: [{ kode: "P", realisasi: "100 Orang" }],
      2: [{ kode: "P", realisasi: "N/A" }],
      3: [{ kode: "P", realisasi: "100 Kasus" }],
      4: [{ kode: "P", realisasi: 1500 }],
    }
  );
  expect(check(book).problems.map((p) => formatProblem(p, "en"))).toEqual([
    `Perjanjian Kinerja!E4: Target Tahunan -10: a negative target: capaian cannot be computed — state it as a positive target with the fitting Polaritas`,
    `TW I!E3: Realisasi "100 Orang" includes its unit — read as 100 [fixable: rekap-kinerja fix]`,
    `TW II!E3: warning — Realisasi "N/A" means no data — this quarter counts as not reported`,
    `TW III!E3: Realisasi "100 Kasus": unit Kasus, but the indicator's Satuan is Orang`,
    `TW IV!E3: warning — Realisasi 1500 is more than 10× the target (100) — a mistyped thousands separator?`,
  ]);
});
