// Qualitative targets (docs/CONTRACT.md §2, §4): Satuan `Predikat`, the `Skala Predikat` table and
// capaian on the predicates' nilai. Every figure is worked out by hand beside its assertion; the
// contract's worked examples are these tests.
import { bookOf, PkRow, Raw, sheetOf, TwRow } from "../helpers/book";
import { check, planRecap } from "../../src/core/plan";
import { PeriodId, Quarter } from "../../src/core/contract";
import { RecapRow } from "../../src/core/recap";
import { readBook } from "../../src/core/reading";
import { formatProblem } from "../../src/core/problems";
import { SheetPatch, WorkbookSnapshot } from "../../src/core/workbook";

type Quarters = Partial<Record<Quarter, TwRow[]>>;

const book = (pk: PkRow[], quarters: Quarters, settings: Raw[][] = []): WorkbookSnapshot =>
  bookOf(pk, quarters, [sheetOf("Pengaturan", [["Kunci", "Nilai"], ...settings])]);

function plan(b: WorkbookSnapshot, periods: PeriodId[]) {
  const p = planRecap(b, periods);
  if (!p.ok) throw new Error(p.problems.map((x) => formatProblem(x)).join("\n"));
  return p;
}

const recap = (b: WorkbookSnapshot, period: PeriodId): RecapRow[] =>
  plan(b, [period]).results[0].rows;

const problems = (b: WorkbookSnapshot): string[] =>
  check(readBook(b)).problems.map((p) => formatProblem(p));

const opini = (over: Partial<PkRow> = {}): PkRow => ({
  kode: "OP",
  indikator: "Opini BPK atas laporan keuangan",
  satuan: "Predikat",
  targetTahunan: "WTP",
  targets: [null, "WTP", null, "WTP"],
  agregasi: "Terakhir",
  ...over,
});

const formulasOf = (patch: SheetPatch): string[] =>
  (patch.formulaColumns ?? []).flatMap((c) => [c.r1c1, c.a1.join("")]);

describe("Predikat indicators", () => {
  test("capaian compares the predicates' nilai: WTP target, WDP reported → 3 ÷ 4 × 100 = 75,00", () => {
    const b = book([opini()], { 2: [{ kode: "OP", realisasi: "WDP" }] });
    const [year] = recap(b, "tahunan");
    expect(year.target).toBe(4); // WTP in the default table
    expect(year.realisasi).toBe(3); // WDP
    expect(year.shown).toEqual({ target: "WTP", realisasi: "WDP" });
    expect(year.capaian).toBe(75);
    expect(year.kategori).toBe("Sedang"); // 66 ≤ 75 < 76
    expect(year.status).toBe("Belum lengkap (TW I, TW III, TW IV)");
  });

  test("labels match ignoring case and spaces; the latest reported predicate is the period's", () => {
    // SAKIP grades: target A (80) for the year, BB (70) for TW II; bb in TW I, "B B" in TW II.
    const b = book([opini({ targetTahunan: "A", targets: [null, "BB", null, "A"] })], {
      1: [{ kode: "OP", realisasi: "b" }],
      2: [{ kode: "OP", realisasi: " b b " }],
    });
    const [s1] = recap(b, "semester1");
    expect(s1.shown).toEqual({ target: "BB", realisasi: "b b" });
    expect(s1.capaian).toBe(100); // 70 ÷ 70 × 100
    const [year] = recap(b, "tahunan");
    expect(year.capaian).toBe(87.5); // 70 ÷ 80 × 100
    expect(year.kategori).toBe("Tinggi");
  });

  test("a different Agregasi is a warning and the roll-up stays Terakhir", () => {
    const b = book([opini({ agregasi: "Jumlah" })], {
      1: [{ kode: "OP", realisasi: "WDP" }],
      2: [{ kode: "OP", realisasi: "WTP" }],
    });
    expect(problems(b)).toEqual([
      "Perjanjian Kinerja!K3: peringatan — indikator Predikat direkap dengan predikat terakhir (Terakhir) — Agregasi Jumlah diabaikan",
    ]);
    const [s1] = recap(b, "semester1");
    expect(s1.indicator.agregasi).toBe("Terakhir");
    expect(s1.realisasi).toBe(4); // WTP, not 3 + 4
    expect(s1.capaian).toBe(100);
  });

  test("Negatif polarity and a target of nilai 0 follow the usual capaian rules", () => {
    // Target B (60), reported BB (70), Negatif: (2 × 60 − 70) ÷ 60 × 100 = 83,33.
    const negatif = book(
      [opini({ targetTahunan: "B", targets: [null, null, null, null], polaritas: "Negatif" })],
      {
        4: [{ kode: "OP", realisasi: "BB" }],
      }
    );
    expect(recap(negatif, "tahunan")[0].capaian).toBe(83.33);
    const zero = book([opini({ targetTahunan: "D", targets: [null, null, null, null] })], {
      4: [{ kode: "OP", realisasi: "C" }],
    });
    const [year] = recap(zero, "tahunan");
    expect(year.capaian).toBeNull();
    expect(year.status).toBe("Belum lengkap (TW I, TW II, TW III); target 0");
  });

  test("an unknown label or a number is an error at its cell naming known labels", () => {
    const b = book([opini({ targetTahunan: "WTP!", targets: [null, 4, null, null] })], {});
    expect(problems(b)).toEqual([
      'Perjanjian Kinerja!E3: Target Tahunan "WTP!" bukan predikat di Skala Predikat — mis. AA, A, BB, B',
      'Perjanjian Kinerja!G3: Target TW II "4" bukan predikat di Skala Predikat — mis. AA, A, BB, B',
    ]);
    const reported = book([opini()], { 3: [{ kode: "OP", realisasi: "Wajar" }] });
    expect(problems(reported)).toEqual([
      'TW III!E3: Realisasi "Wajar" bukan predikat di Skala Predikat — mis. AA, A, BB, B',
    ]);
  });

  test("Skala Predikat rows replace the default table", () => {
    const settings: Raw[][] = [
      ["Skala Predikat", "Sangat Baik 100"],
      ["skala predikat", "Baik; 75"],
      ["Skala Predikat", "Cukup", 50],
    ];
    const b = book(
      [opini({ targetTahunan: "Sangat Baik", targets: [null, null, null, null] })],
      { 4: [{ kode: "OP", realisasi: "cukup" }] },
      settings
    );
    expect(recap(b, "tahunan")[0].capaian).toBe(50); // 50 ÷ 100 × 100
    const old = book([opini({ targets: [null, null, null, null] })], {}, settings);
    expect(problems(old)).toEqual([
      'Perjanjian Kinerja!E3: Target Tahunan "WTP" bukan predikat di Skala Predikat — mis. Sangat Baik, Baik, Cukup',
    ]);
  });

  test("a label twice or a value that is no number is an error at its Pengaturan cell", () => {
    const b = book([opini({ targets: [null, null, null, null] })], {}, [
      ["Skala Predikat", "WTP 4"],
      ["Skala Predikat", "wtp 5"],
      ["Skala Predikat", "WDP tiga"],
    ]);
    expect(problems(b)).toEqual([
      'Pengaturan!B3: predikat "wtp" sudah ada di Skala Predikat',
      'Pengaturan!B4: baris Skala Predikat perlu predikat dan nilainya (angka), mis. "AA 90" atau "WTP; 4"',
    ]);
  });
});

describe("Predikat formulas", () => {
  test("the predicate table is baked into the recap's formulas only when a Predikat indicator exists", () => {
    const plain = book([{ kode: "K", targetTahunan: 10 }], { 1: [{ kode: "K", realisasi: 2 }] });
    const withPredikat = book([{ kode: "K", targetTahunan: 10 }, opini()], {
      1: [{ kode: "K", realisasi: 2 }],
    });
    const [plainSheet] = plan(plain, ["tahunan"]).patch.sheets;
    const [predikatSheet] = plan(withPredikat, ["tahunan"]).patch.sheets;
    expect(formulasOf(plainSheet).some((f) => /CHOOSE|Predikat/.test(f))).toBe(false);
    const capaian = formulasOf(predikatSheet).filter((f) => f.includes("CHOOSE"));
    expect(capaian.join("\n")).toContain(
      '{"aa","a","bb","b","cc","c","d","wtp","wdp","tw","tmp"},0),90,80,70,60,50,30,0,4,3,2,1)'
    );
  });
});
