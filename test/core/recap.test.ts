import { bookOf, PkRow, TwRow } from "../helpers/book";
import { planRecap } from "../../src/core/plan";
import { PeriodId } from "../../src/core/contract";
import { RecapRow } from "../../src/core/recap";

function recap(
  pk: PkRow[],
  quarters: Partial<Record<1 | 2 | 3 | 4, TwRow[]>>,
  period: PeriodId
): RecapRow[] {
  const plan = planRecap(bookOf(pk, quarters), [period]);
  if (!plan.ok)
    throw new Error(plan.problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`).join("\n"));
  return plan.results.find((r) => r.period === period)!.rows;
}

const all = (realisasi: (number | null)[]) =>
  Object.fromEntries(
    realisasi.map((r, i) => [i + 1, r === null ? [] : [{ kode: "A", realisasi: r }]])
  );

describe("Jumlah", () => {
  const pk: PkRow[] = [{ kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] }];
  test("sums the quarters; the semester target sums the quarter targets", () => {
    const [row] = recap(pk, all([26, 34, 29, 37]), "semester1");
    expect(row.target).toBe(60); // 30 + 30
    expect(row.realisasi).toBe(60); // 26 + 34
    expect(row.capaian).toBe(100);
    expect(row.kategori).toBe("Sangat Tinggi");
    expect(row.status).toBe("Lengkap");
  });
  test("the year compares the four quarters with Target Tahunan", () => {
    const [row] = recap(pk, all([26, 34, 29, 37]), "tahunan");
    expect(row.target).toBe(120);
    expect(row.realisasi).toBe(126); // 26 + 34 + 29 + 37
    expect(row.capaian).toBe(105); // 126 / 120
  });
  test("an unreported quarter is Belum lengkap, never zero", () => {
    const [row] = recap(pk, all([26, null, 29, 37]), "tahunan");
    expect(row.realisasi).toBe(92); // reported quarters only
    expect(row.status).toBe("Belum lengkap (TW II)");
    expect(row.missingQuarters).toEqual([2]);
  });
  test("a reported zero is reported", () => {
    const [row] = recap(pk, all([0, 0, null, null]), "semester1");
    expect(row.realisasi).toBe(0);
    expect(row.status).toBe("Lengkap");
    expect(row.capaian).toBe(0);
  });
});

describe("Rata-rata", () => {
  test("is the mean of the reported quarters", () => {
    const pk: PkRow[] = [
      {
        kode: "A",
        targetTahunan: 15,
        targets: [15, 15, 15, 15],
        agregasi: "Rata-rata",
        polaritas: "Negatif",
      },
    ];
    const [row] = recap(pk, all([14.5, 16, null, 15.2]), "tahunan");
    // (14.5 + 16 + 15.2) / 3 = 15.2333…; Negatif: (30 − 15.2333)/15 = 98.44 %
    expect(row.realisasi).toBeCloseTo(15.233333333, 8);
    expect(row.capaian).toBe(98.44);
    expect(row.status).toBe("Belum lengkap (TW III)");
  });
  test("a semester target is the mean of its quarter targets", () => {
    const pk: PkRow[] = [
      { kode: "A", targetTahunan: 80, targets: [78, 82, 80, 80], agregasi: "Rata-rata" },
    ];
    const [row] = recap(pk, all([78.2, 81.5, 79.9, 83.1]), "semester1");
    expect(row.target).toBe(80); // (78 + 82) / 2
    expect(row.realisasi).toBeCloseTo(79.85, 10); // (78.2 + 81.5) / 2
    expect(row.capaian).toBe(99.81); // 79.85 / 80 = 99.8125
  });
});

describe("Terakhir", () => {
  const pk: PkRow[] = [
    { kode: "A", satuan: "%", targetTahunan: 60, targets: [15, 30, 45, 60], agregasi: "Terakhir" },
  ];
  test("takes the latest reported quarter and the period's last quarter target", () => {
    const [row] = recap(pk, all([12, 31, 44, 58.5]), "semester2");
    expect(row.target).toBe(60);
    expect(row.realisasi).toBe(58.5);
    expect(row.capaian).toBe(97.5);
  });
  test("falls back to an earlier quarter when the last is not reported", () => {
    const [row] = recap(pk, all([12, 31, 44, null]), "tahunan");
    expect(row.realisasi).toBe(44);
    expect(row.capaian).toBeCloseTo(73.33, 10); // 44 / 60
    expect(row.kategori).toBe("Sedang");
    expect(row.status).toBe("Belum lengkap (TW IV)");
  });
});

describe("Rasio", () => {
  const pk: PkRow[] = [
    { kode: "A", satuan: "%", targetTahunan: 100, targets: [85, 90, 95, 100], agregasi: "Rasio" },
  ];
  const q = (p: number, d: number): TwRow[] => [{ kode: "A", pembilang: p, penyebut: d }];
  test("sums numerators and denominators before dividing", () => {
    // (17 + 21) / (20 + 24) = 38 / 44 = 86.3636… % (the mean of 85 % and 87.5 % would be 86.25 %)
    const [row] = recap(pk, { 1: q(17, 20), 2: q(21, 24) }, "semester1");
    expect(row.realisasi).toBeCloseTo(86.363636, 5);
    expect(row.target).toBe(90);
    expect(row.capaian).toBe(95.96); // 86.3636 / 90 = 95.9596
    expect(row.kategori).toBe("Sangat Tinggi");
  });
  test("a period whose denominators add up to 0 has no realisasi", () => {
    const [row] = recap(pk, { 3: q(0, 0), 4: q(0, 0) }, "semester2");
    expect(row.realisasi).toBeNull();
    expect(row.capaian).toBeNull();
    expect(row.status).toBe("Lengkap; penyebut 0");
  });
});

describe("targets", () => {
  test("Negatif with target 0 and none happened is 100 %", () => {
    const pk: PkRow[] = [
      { kode: "A", targetTahunan: 0, targets: [0, 0, 0, 0], polaritas: "Negatif" },
    ];
    const [row] = recap(pk, all([0, 0, 0, 0]), "tahunan");
    expect(row.capaian).toBe(100);
    expect(row.status).toBe("Lengkap");
  });
  test("Positif with target 0 has no capaian and says why", () => {
    const pk: PkRow[] = [{ kode: "A", targetTahunan: 0, polaritas: "Positif" }];
    const [row] = recap(pk, all([3, 1, 0, 0]), "tahunan");
    expect(row.capaian).toBeNull();
    expect(row.kategori).toBeNull();
    expect(row.status).toBe("Lengkap; target 0");
  });
  test("a semester without quarter targets leaves capaian blank with a note", () => {
    const pk: PkRow[] = [{ kode: "A", targetTahunan: 12 }];
    const [row] = recap(pk, all([3, 4, 2, 3]), "semester1");
    expect(row.target).toBeNull();
    expect(row.capaian).toBeNull();
    expect(row.status).toBe("Lengkap; target kosong");
  });
});

test("rows follow Perjanjian Kinerja order and quarter rows match by Kode", () => {
  const pk: PkRow[] = [
    { kode: "B", targetTahunan: 10 },
    { kode: "A", targetTahunan: 20 },
  ];
  const rows = recap(
    pk,
    {
      1: [
        { kode: "A", realisasi: 5 },
        { kode: "b", realisasi: 7 },
      ],
    },
    "tahunan"
  );
  expect(rows.map((r) => [r.no, r.indicator.kode, r.realisasi])).toEqual([
    [1, "B", 7], // Kode matches case-insensitively, as MATCH does
    [2, "A", 5],
  ]);
});
