// Which quarters count (docs/CONTRACT.md §4): Frekuensi, quarters not yet ended, and Pengali. Every
// figure is worked out by hand beside its assertion; the contract's worked examples are these tests.
import { bookOf, PkRow, Raw, sheetOf, TwRow } from "../helpers/book";
import { check, planRecap } from "../../src/core/plan";
import { PeriodId, Quarter } from "../../src/core/contract";
import { RecapRow } from "../../src/core/recap";
import { readBook } from "../../src/core/reading";
import { CalendarDate, dateOfSerial, quarterClock } from "../../src/core/schedule";
import { formatProblem } from "../../src/core/problems";
import { WorkbookSnapshot } from "../../src/core/workbook";
import { recapCurrency } from "../../src/core/decision";

type Quarters = Partial<Record<Quarter, TwRow[]>>;

/** The helper's workbook with Pengaturan's Tahun and extra Perjanjian Kinerja columns (M, N, …). */
function book(
  pk: PkRow[],
  quarters: Quarters,
  options: { tahun?: string; columns?: Record<string, Raw[]> } = {}
): WorkbookSnapshot {
  const settings = sheetOf("Pengaturan", [
    ["Kunci", "Nilai"],
    ["Tahun", options.tahun ?? null],
  ]);
  const b = bookOf(pk, quarters, [settings]);
  const rows = b.sheets[0].rows;
  for (const [header, values] of Object.entries(options.columns ?? {})) {
    rows[1].push({ value: header });
    values.forEach((v, i) => rows[2 + i].push(v === undefined ? undefined : { value: v as never }));
  }
  return b;
}

function recap(b: WorkbookSnapshot, period: PeriodId, today?: CalendarDate): RecapRow[] {
  const plan = planRecap(b, [period], today);
  if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("\n"));
  return plan.results.find((r) => r.period === period)!.rows;
}

const problems = (b: WorkbookSnapshot, today?: CalendarDate): string[] =>
  check(readBook(b, today)).problems.map((p) => formatProblem(p));

const JULY_2026: CalendarDate = { year: 2026, month: 7, day: 15 };

describe("Frekuensi", () => {
  // Worked example: a yearly survey index (Terakhir, Target Tahunan 75 = Target TW IV) reports 77,4 in
  // TW IV. Semester I has no due quarter; Semester II and the year compare 77,4 with 75.
  const pk: PkRow[] = [
    {
      kode: "T",
      satuan: "Indeks",
      targetTahunan: 75,
      targets: [null, null, null, 75],
      agregasi: "Terakhir",
    },
  ];
  const yearly = (quarters: Quarters) =>
    book(pk, quarters, { columns: { Frekuensi: ["Tahunan"] } });

  test("a Tahunan indicator is Lengkap with TW IV alone and not assessed in Semester I", () => {
    const b = yearly({ 4: [{ kode: "T", realisasi: 77.4 }] });
    const [s1] = recap(b, "semester1");
    expect(s1).toMatchObject({ target: null, realisasi: null, capaian: null, kategori: null });
    expect(s1.status).toBe("Tidak dinilai (Tahunan)");
    expect(s1.missingQuarters).toEqual([]);
    const [s2] = recap(b, "semester2");
    expect(s2.target).toBe(75); // Target TW IV, the last due quarter
    expect(s2.realisasi).toBe(77.4);
    expect(s2.capaian).toBe(103.2); // 77,4 / 75 × 100
    expect(s2.status).toBe("Lengkap");
    const [year] = recap(b, "tahunan");
    expect([year.target, year.realisasi, year.capaian, year.status]).toEqual([
      75,
      77.4,
      103.2,
      "Lengkap",
    ]);
  });

  test("before TW IV is reported a Tahunan indicator is Belum lengkap (TW IV)", () => {
    const [year] = recap(yearly({}), "tahunan");
    expect(year.status).toBe("Belum lengkap (TW IV)");
    expect(year.realisasi).toBeNull();
  });

  test("a value in a quarter the indicator is not due in is a warning at its cell and not counted", () => {
    const b = yearly({ 2: [{ kode: "T", realisasi: 50 }], 4: [{ kode: "T", realisasi: 77.4 }] });
    expect(problems(b)).toEqual([
      "TW II!E3: peringatan — indikator Tahunan: nilai TW II tidak dihitung — hanya TW IV",
    ]);
    const [year] = recap(b, "tahunan");
    expect(year.realisasi).toBe(77.4); // Terakhir: TW IV, and TW II never competes
  });

  test("a Semesteran Jumlah indicator sums TW II and TW IV against their own targets", () => {
    const b = book(
      [{ kode: "S", targetTahunan: 100, targets: [25, 25, 25, 25] }],
      {
        1: [{ kode: "S", realisasi: 10 }],
        2: [{ kode: "S", realisasi: 45 }],
        4: [{ kode: "S", realisasi: 60 }],
      },
      { columns: { Frekuensi: [" semes teran "] } }
    );
    expect(problems(b)).toEqual([
      "TW I!E3: peringatan — indikator Semesteran: nilai TW I tidak dihitung — hanya TW II dan TW IV",
    ]);
    const [s1] = recap(b, "semester1");
    expect(s1.target).toBe(25); // TW II's target only: TW I is not due
    expect(s1.realisasi).toBe(45); // TW I's 10 is left out
    expect(s1.capaian).toBe(180); // 45 / 25 × 100
    expect(s1.status).toBe("Lengkap");
    const [year] = recap(b, "tahunan");
    expect(year.realisasi).toBe(105); // 45 + 60
    expect(year.capaian).toBe(105); // 105 / 100 × 100
    expect(year.status).toBe("Lengkap");
  });

  test("a blank Frekuensi is Triwulanan; an unknown one is an error at its cell", () => {
    const pk2: PkRow[] = [
      { kode: "A", targetTahunan: 4 },
      { kode: "B", targetTahunan: 4 },
    ];
    const b = book(pk2, {}, { columns: { Frekuensi: [null, "Bulanan"] } });
    expect(problems(b)).toEqual([
      'Perjanjian Kinerja!M4: Frekuensi "Bulanan" tidak dikenal — pilih Triwulanan, Semesteran, Tahunan (kosong berarti Triwulanan)',
    ]);
    const [a] = recap(book([pk2[0]], {}, { columns: { Frekuensi: [null] } }), "semester1");
    expect(a.status).toBe("Belum lengkap (TW I, TW II); target kosong");
  });
});

describe("quarters not yet ended", () => {
  // Worked example: Tahun 2026, recapped on 15 July 2026. TW I and TW II have ended; the officer
  // typed 0 for TW III and TW IV. Those zeros are warnings and do not count.
  const pk: PkRow[] = [{ kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] }];
  const b = book(
    pk,
    {
      1: [{ kode: "A", realisasi: 26 }],
      2: [{ kode: "A", realisasi: 34 }],
      3: [{ kode: "A", realisasi: 0 }],
      4: [{ kode: "A", realisasi: 0 }],
    },
    { tahun: "2026" }
  );

  test("a value typed for a quarter that has not ended is a warning and left out", () => {
    expect(problems(b, JULY_2026)).toEqual([
      "TW III!E3: peringatan — TW III 2026 belum berakhir (30 September 2026) — nilai ini belum dihitung",
      "TW IV!E3: peringatan — TW IV 2026 belum berakhir (31 Desember 2026) — nilai ini belum dihitung",
    ]);
    const [year] = recap(b, "tahunan", JULY_2026);
    expect(year.realisasi).toBe(60); // 26 + 34: the zeros do not halve it
    expect(year.capaian).toBe(50); // 60 / 120 × 100
    expect(year.status).toBe("Belum lengkap (TW III, TW IV)");
    const [s1] = recap(b, "semester1", JULY_2026);
    expect([s1.target, s1.realisasi, s1.capaian, s1.status]).toEqual([60, 60, 100, "Lengkap"]);
    const [s2] = recap(b, "semester2", JULY_2026);
    expect([s2.target, s2.realisasi, s2.capaian]).toEqual([60, null, null]);
    expect(s2.status).toBe("Belum lengkap (TW III, TW IV)");
  });

  test("a quarter ends after its last day, not on it", () => {
    expect(quarterClock(2026, { year: 2026, month: 9, day: 30 })[3].ended).toBe(false);
    expect(quarterClock(2026, { year: 2026, month: 10, day: 1 })[3].ended).toBe(true);
    const [year] = recap(b, "tahunan", { year: 2027, month: 1, day: 1 });
    expect(year.realisasi).toBe(60); // 26 + 34 + 0 + 0
    expect(year.status).toBe("Lengkap");
  });

  test("without a Tahun, or without a clock, every quarter has ended", () => {
    const noYear = book(pk, { 3: [{ kode: "A", realisasi: 0 }] });
    expect(recap(noYear, "semester2", JULY_2026)[0].realisasi).toBe(0);
    expect(recap(b, "tahunan")[0].status).toBe("Lengkap");
  });

  test("the user's calendar day comes from the wall-clock serial", () => {
    expect(dateOfSerial(46218.99)).toEqual({ year: 2026, month: 7, day: 15 }); // 15/07/2026 23:45
  });
});

describe("Pengali", () => {
  // Worked example: Linmas members per 10,000 people. Semester I: (1.420 + 1.450) ÷ (612.000 +
  // 613.500) × 10.000 = 23,419…; against the target 25 that is 93,68 %.
  const pk: PkRow[] = [
    { kode: "R", satuan: "per 10.000 penduduk", targetTahunan: 25, targets: [25, 25, 25, 25] },
  ];
  const ratio = (pengali: Raw, agregasi = "Rasio") =>
    book(
      [{ ...pk[0], agregasi }],
      {
        1: [{ kode: "R", pembilang: 1420, penyebut: 612000 }],
        2: [{ kode: "R", pembilang: 1450, penyebut: 613500 }],
      },
      { columns: { Pengali: [pengali] } }
    );

  test("a Rasio's Realisasi is Σ Pembilang ÷ Σ Penyebut × Pengali", () => {
    const [s1] = recap(ratio(10000), "semester1");
    expect(s1.realisasi).toBeCloseTo(((1420 + 1450) / (612000 + 613500)) * 10000, 12);
    expect(s1.capaian).toBe(93.68); // 23,419… / 25 × 100 = 93,676…
    expect(s1.kategori).toBe("Sangat Tinggi");
  });

  test("a blank Pengali is 100; 1 gives the plain ratio", () => {
    expect(recap(ratio(null), "semester1")[0].realisasi).toBeCloseTo((2870 / 1225500) * 100, 12);
    expect(recap(ratio(1), "semester1")[0].realisasi).toBeCloseTo(2870 / 1225500, 15);
  });

  test("zero, negative or text is an error at its cell; on another Agregasi a warning", () => {
    expect(problems(ratio(0))).toEqual([
      "Perjanjian Kinerja!M3: Pengali harus angka lebih dari 0 — mis. 100 untuk persen, 1000 per 1.000 penduduk (kosong berarti 100)",
    ]);
    expect(problems(ratio(-1000)).map((p) => p.split(":")[0])).toEqual(["Perjanjian Kinerja!M3"]);
    expect(problems(ratio("sepuluh ribu")).map((p) => p.split(":")[0])).toEqual([
      "Perjanjian Kinerja!M3",
    ]);
    expect(planRecap(ratio(0)).ok).toBe(false);
    const jumlah = ratio(1000, "Jumlah");
    expect(problems(jumlah)).toContain(
      "Perjanjian Kinerja!M3: peringatan — Pengali hanya dipakai indikator Agregasi Rasio — diabaikan untuk Agregasi Jumlah"
    );
    expect(planRecap(jumlah).ok).toBe(true);
  });
});

describe("a recap written before an optional column changed", () => {
  const pk: PkRow[] = [{ kode: "A", targetTahunan: 4 }];
  const columns = { Frekuensi: ["Tahunan"] as Raw[] };
  /** The workbook with the Tahunan recap `from` would write, as the sheet's cells. */
  function recapped(from: WorkbookSnapshot, into: WorkbookSnapshot): WorkbookSnapshot {
    const plan = planRecap(from, ["tahunan"]);
    if (!plan.ok) throw new Error("plan failed");
    const patch = plan.patch.sheets[0];
    const rows = patch.rows.map((r) => r.map((c) => ({ value: c.value })));
    return { sheets: [...into.sheets, { name: patch.name, rows }] };
  }

  test("is stale once Perjanjian Kinerja gains Frekuensi, current when they agree", () => {
    const plain = book(pk, {});
    const withFrekuensi = book(pk, {}, { columns });
    // 1 title row, 1 header row, 1 indicator.
    expect(recapCurrency(recapped(plain, plain), "tahunan", 3).state).toBe("current");
    expect(recapCurrency(recapped(withFrekuensi, withFrekuensi), "tahunan", 3).state).toBe(
      "current"
    );
    const outgrown = recapCurrency(recapped(plain, withFrekuensi), "tahunan", 3);
    expect(outgrown.state).toBe("stale");
    expect(outgrown.problems.map((p) => formatProblem(p))).toEqual([
      "Tahunan!A1: lembar Tahunan dibuat sebelum kolom Frekuensi di Perjanjian Kinerja berubah — jalankan Rekap Tahunan lagi",
    ]);
  });
});
