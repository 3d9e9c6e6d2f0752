// Target ranges (docs/CONTRACT.md §4): `80 – 90` means anything in there is on target. Every figure
// is worked out by hand beside its assertion; the contract's worked example is the first test.
import { bookOf, PkRow, TwRow } from "../helpers/book";
import { check, planRecap } from "../../src/core/plan";
import { PeriodId, Quarter } from "../../src/core/contract";
import { RecapRow } from "../../src/core/recap";
import { readBook } from "../../src/core/reading";
import { formatProblem } from "../../src/core/problems";
import { readRange } from "../../src/core/range";
import { WorkbookSnapshot } from "../../src/core/workbook";

function recap(b: WorkbookSnapshot, period: PeriodId): RecapRow[] {
  const p = planRecap(b, [period]);
  if (!p.ok) throw new Error(p.problems.map((x) => formatProblem(x)).join("\n"));
  return p.results[0].rows;
}

const problems = (b: WorkbookSnapshot): string[] =>
  check(readBook(b)).problems.map((p) => formatProblem(p));

const yearly = (target: string, realisasi: number, polaritas = "Positif"): WorkbookSnapshot =>
  bookOf([{ kode: "R", targetTahunan: target, polaritas, agregasi: "Terakhir" }], {
    4: [{ kode: "R", realisasi }],
  });

const capaianOf = (b: WorkbookSnapshot): number | null => recap(b, "tahunan")[0].capaian;

describe("target ranges", () => {
  test("80 – 90, Positif: 72 → 90,00; 95 → 105,56; 85 → 100,00", () => {
    expect(capaianOf(yearly("80 – 90", 72))).toBe(90); // 72 ÷ 80 × 100, below: the lower bound
    expect(capaianOf(yearly("80 – 90", 95))).toBe(105.56); // 95 ÷ 90 × 100 = 105,555…
    expect(capaianOf(yearly("80 – 90", 85))).toBe(100); // inside
    expect(capaianOf(yearly("80 – 90", 80))).toBe(100); // the bounds are inside
    const [year] = recap(yearly("80 – 90", 72), "tahunan");
    expect(year.shown).toEqual({ target: "80 – 90" });
    expect(year.realisasi).toBe(72);
    expect(year.kategori).toBe("Tinggi");
  });

  test("Negatif measures against the nearer bound the other way", () => {
    // Above: (2 × 20 − 25) ÷ 20 × 100 = 75; below: (2 × 10 − 4) ÷ 10 × 100 = 160; far above: floor 0.
    expect(capaianOf(yearly("10 – 20", 25, "Negatif"))).toBe(75);
    expect(capaianOf(yearly("10 – 20", 4, "Negatif"))).toBe(160);
    expect(capaianOf(yearly("10 – 20", 15, "Negatif"))).toBe(100);
    expect(capaianOf(yearly("10 – 20", 50, "Negatif"))).toBe(0);
  });

  test("every way of typing a range reads the same, with a decimal comma", () => {
    for (const text of ["80 – 90", "80-90", "80 — 90", "80 s.d. 90", "80 s/d 90", "80 S.D 90"])
      expect(readRange(text)).toEqual({ kind: "range", range: { lo: 80, hi: 90 } });
    expect(readRange("80,5 – 90")).toEqual({ kind: "range", range: { lo: 80.5, hi: 90 } });
    expect(readRange("80")).toBeUndefined();
    expect(readRange("90 – 80")).toEqual({ kind: "bad", reason: "order" });
  });

  test("a range whose lower bound is not below its upper bound is an error at its cell", () => {
    const b = bookOf(
      [{ kode: "R", targetTahunan: "90 – 80", targets: [null, "25 – 25", null, null] }],
      {}
    );
    expect(problems(b)).toEqual([
      'Perjanjian Kinerja!E3: Target Tahunan "90 – 80": batas bawah rentang harus lebih kecil dari batas atas — tulis mis. "80 – 90"',
      'Perjanjian Kinerja!G3: Target TW II "25 – 25": batas bawah rentang harus lebih kecil dari batas atas — tulis mis. "80 – 90"',
    ]);
  });

  test("a semester rolls each bound up as its Agregasi does; a plain number is [n, n]", () => {
    const row = (agregasi: string, targets: (string | number)[]): PkRow => ({
      kode: agregasi,
      targetTahunan: "80 – 100",
      targets: [...targets, null, null],
      agregasi,
    });
    const quarter = (r: number): TwRow[] =>
      ["Jumlah", "Rata-rata", "Terakhir"].map((kode) => ({ kode, realisasi: r }));
    const b = bookOf(
      [
        row("Jumlah", ["20 – 25", 22]),
        row("Rata-rata", ["70 – 80", "80 – 90"]),
        row("Terakhir", ["40 – 45", "50 – 60"]),
      ],
      { 1: quarter(20), 2: quarter(30) } as Partial<Record<Quarter, TwRow[]>>
    );
    const [jumlah, rata, terakhir] = recap(b, "semester1");
    // Jumlah: [20 + 22, 25 + 22] = [42, 47]; 20 + 30 = 50 is above: 50 ÷ 47 × 100 = 106,38.
    expect([jumlah.shown?.target, jumlah.capaian]).toEqual(["42 – 47", 106.38]);
    // Rata-rata: [75, 85]; (20 + 30) ÷ 2 = 25 is below: 25 ÷ 75 × 100 = 33,33.
    expect([rata.shown?.target, rata.capaian]).toEqual(["75 – 85", 33.33]);
    // Terakhir: TW II's [50, 60]; 30 ÷ 50 × 100 = 60.
    expect([terakhir.shown?.target, terakhir.capaian]).toEqual(["50 – 60", 60]);
  });

  test("formulas carry no range lookup when no target is a range", () => {
    const plain = bookOf([{ kode: "K", targetTahunan: 10 }], { 1: [{ kode: "K", realisasi: 2 }] });
    const ranged = bookOf([{ kode: "K", targetTahunan: "8 – 10" }], {
      1: [{ kode: "K", realisasi: 2 }],
    });
    const formulas = (b: WorkbookSnapshot) => {
      const p = planRecap(b, ["tahunan"]);
      if (!p.ok) throw new Error("plan failed");
      return (p.patch.sheets[0].formulaColumns ?? []).map((c) => c.r1c1).join("\n");
    };
    expect(formulas(plain)).not.toMatch(/rekap lagi|CHOOSE/);
    expect(formulas(ranged)).toContain('CHOOSE(MATCH(RC2,{"K"},0),"8 – 10")');
    expect(formulas(ranged)).toContain("; target berubah — rekap lagi");
  });
});
