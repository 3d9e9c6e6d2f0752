import { capaian, DEFAULT_SCALE, kategori, roundHalfAway } from "../../src/core/capaian";

describe("capaian", () => {
  test("Positif is realisasi over target", () => {
    // 45 of 40 → 112.5 %
    expect(capaian("Positif", 40, 45).value).toBe(112.5);
    // 2 of 3 → 66.666… → 66.67
    expect(capaian("Positif", 3, 2).value).toBe(66.67);
  });

  test("Negatif rewards being under target: (2T − R) ÷ T", () => {
    // response time target 15, real 14.5 → (30 − 14.5)/15 = 103.33 %
    expect(capaian("Negatif", 15, 14.5).value).toBe(103.33);
    // 16 minutes → (30 − 16)/15 = 93.33 %
    expect(capaian("Negatif", 15, 16).value).toBe(93.33);
  });

  test("Negatif is floored at 0", () => {
    // fires: target 6, happened 20 → (12 − 20)/6 < 0 → 0
    expect(capaian("Negatif", 6, 20).value).toBe(0);
  });

  test("Positif is floored at 0 too: a growth rate that fell achieved nothing", () => {
    // growth target 5 %, real −1,5 % → −30 → 0; real 0 → 0
    expect(capaian("Positif", 5, -1.5).value).toBe(0);
    expect(capaian("Positif", 5, 0).value).toBe(0);
  });

  test("target 0: Negatif gives 100 for none and 0 for any; Positif has no capaian", () => {
    expect(capaian("Negatif", 0, 0).value).toBe(100);
    expect(capaian("Negatif", 0, 1).value).toBe(0);
    expect(capaian("Positif", 0, 5)).toEqual({ value: null, note: "target 0" });
  });

  test("not capped above 100", () => {
    expect(capaian("Positif", 10, 25).value).toBe(250);
  });

  test("blank target or realisasi gives no capaian", () => {
    expect(capaian("Positif", null, 5).value).toBeNull();
    expect(capaian("Positif", 5, null).value).toBeNull();
  });

  test("rounding is half away from zero on what Excel shows", () => {
    // 9.1 / 10 × 100 is 90.99999999999999 in binary; Excel shows and rounds 91
    expect(capaian("Positif", 10, 9.1).value).toBe(91);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
  });
});

describe("kategori", () => {
  test.each([
    [250, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.99, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [0, "Sangat Rendah"],
  ])("%d → %s", (value, label) => expect(kategori(DEFAULT_SCALE, value)).toBe(label));

  test("blank capaian has no kategori", () => expect(kategori(DEFAULT_SCALE, null)).toBeNull());

  test("an office's own scale replaces the default, in any order", () => {
    const scale = [
      { min: 0, label: "Sangat Kurang" },
      { min: 90, label: "Sangat Baik" },
      { min: 70, label: "Baik" },
    ];
    expect(kategori(scale, 95)).toBe("Sangat Baik");
    expect(kategori(scale, 89.99)).toBe("Baik");
    expect(kategori(scale, 10)).toBe("Sangat Kurang");
  });
});
