// The optional Perjanjian Kinerja columns Target Akhir Renstra and Tahun Akhir Renstra (renstra.ts,
// docs/CONTRACT.md "Perjanjian Kinerja"): read onto the indicator, bad values named at their cells,
// and no recap called stale for them.
import { bookOf, PkRow, Raw, sheetOf } from "../helpers/book";
import { readModel } from "../../src/core/model";
import { planRecap } from "../../src/core/plan";
import { recapCurrency } from "../../src/core/decision";
import { formatProblem } from "../../src/core/problems";
import { WorkbookSnapshot } from "../../src/core/workbook";

/** Perjanjian Kinerja of the helper (columns A–L) with Renstra columns M and N; Tahun 2024. */
function book(pk: PkRow[], renstra?: [Raw, Raw][]): WorkbookSnapshot {
  const settings = sheetOf("Pengaturan", [
    ["Kunci", "Nilai"],
    ["Tahun", "2024"],
  ]);
  const b = bookOf(pk, {}, [settings]);
  if (renstra) {
    const rows = b.sheets[0].rows;
    rows[1].push({ value: "Target Akhir Renstra" }, { value: "Tahun Akhir Renstra" });
    renstra.forEach(([target, tahun], i) =>
      rows[2 + i].push(
        target === undefined ? undefined : { value: target as never },
        tahun === undefined ? undefined : { value: tahun as never }
      )
    );
  }
  return b;
}

const read = (b: WorkbookSnapshot) => {
  const { model, problems } = readModel(b);
  return {
    renstra: new Map(model?.indicators.map((i) => [i.kode, i.renstra])),
    problems: problems.map((p) => formatProblem(p)),
  };
};

describe("Target Akhir Renstra and Tahun Akhir Renstra", () => {
  test("a number and its year, a predicate, a year left blank, a number typed as text", () => {
    const { renstra, problems } = read(
      book(
        [
          { kode: "A", targetTahunan: 120 },
          { kode: "B", satuan: "Predikat", targetTahunan: "A", agregasi: "Terakhir" },
          { kode: "C", targetTahunan: 80 },
          { kode: "D", targetTahunan: 80 },
          { kode: "E", targetTahunan: 80 },
        ],
        [
          [150, 2026],
          ["bb", "2026"],
          [95.5, null],
          ["14,5", 2026],
          [null, null],
        ]
      )
    );
    expect(renstra.get("A")).toEqual({ target: 150, tahun: 2026 });
    // A predicate as typed, like the recap shows Target Tahunan; a year typed as text is read.
    expect(renstra.get("B")).toEqual({ target: "bb", tahun: 2026 });
    expect(renstra.get("C")).toEqual({ target: 95.5, tahun: null });
    expect(renstra.get("D")).toEqual({ target: 14.5, tahun: 2026 });
    expect(renstra.get("E")).toBeUndefined();
    expect(problems).toEqual([
      'Perjanjian Kinerja!M6: Target Akhir Renstra "14,5" tersimpan sebagai teks — dibaca 14,5 [dapat diperbaiki: rekap-kinerja fix]',
    ]);
  });

  test("bad values are errors at their cells; a year without a target is a warning", () => {
    const { renstra, problems } = read(
      book(
        [
          { kode: "A", targetTahunan: 120 },
          { kode: "B", targetTahunan: 120 },
          { kode: "C", targetTahunan: 120 },
          { kode: "D", targetTahunan: 120 },
          { kode: "E", satuan: "Predikat", targetTahunan: "A", agregasi: "Terakhir" },
          { kode: "F", targetTahunan: 120 },
          { kode: "G", targetTahunan: 120 },
        ],
        [
          ["lima", 2026],
          [150, "26"],
          [150, 2023],
          [null, 2026],
          ["Memuaskan", null],
          [-5, { error: "#REF!" } as never],
          ["80 – 90", 2029],
        ]
      )
    );
    expect(problems).toEqual([
      'Perjanjian Kinerja!M3: Target Akhir Renstra "lima" bukan angka',
      'Perjanjian Kinerja!N4: Tahun Akhir Renstra "26" bukan tahun — tulis tahun empat angka, mis. 2026',
      "Perjanjian Kinerja!N5: Tahun Akhir Renstra 2023 sebelum Tahun 2024 di Pengaturan — isi tahun akhir Renstra yang berlaku",
      'Perjanjian Kinerja!N6: peringatan — Tahun Akhir Renstra tanpa Target Akhir Renstra untuk Kode "D" — diabaikan; isi targetnya',
      'Perjanjian Kinerja!M7: Target Akhir Renstra "Memuaskan" bukan predikat di Skala Predikat — mis. AA, A, BB, B',
      "Perjanjian Kinerja!M8: Target Akhir Renstra -5: target negatif: capaian tidak dapat dihitung — nyatakan dengan target positif dan Polaritas yang sesuai",
      'Perjanjian Kinerja!N8: Tahun Akhir Renstra "#REF!" bukan tahun — tulis tahun empat angka, mis. 2026',
      // A range is no end target: the Renstra ends on one number.
      'Perjanjian Kinerja!M9: Target Akhir Renstra "80 – 90" berisi lebih dari satu angka',
    ]);
    // A bad target gives no Renstra; a bad year keeps the target without one.
    expect(renstra.get("A")).toBeUndefined();
    expect(renstra.get("B")).toEqual({ target: 150, tahun: null });
    expect(renstra.get("D")).toBeUndefined();
    expect(renstra.get("F")).toBeUndefined();
  });

  test("a workbook without the columns reads as before, with no Renstra", () => {
    const { renstra, problems } = read(book([{ kode: "A", targetTahunan: 120 }]));
    expect(renstra.get("A")).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test("adding the columns leaves a recap current: they change no recap figure", () => {
    const plain = book([{ kode: "A", targetTahunan: 4 }]);
    const withRenstra = book([{ kode: "A", targetTahunan: 4 }], [[6, 2026]]);
    const plan = planRecap(plain, ["tahunan"]);
    if (!plan.ok) throw new Error("plan failed");
    const patch = plan.patch.sheets[0];
    const sheet = {
      name: patch.name,
      rows: patch.rows.map((r) => r.map((c) => ({ value: c.value }))),
    };
    // 1 title row, 1 header row, 1 indicator.
    const recapped = { sheets: [...withRenstra.sheets, sheet] };
    expect(recapCurrency(recapped, "tahunan", 3)).toEqual({ state: "current", problems: [] });
  });
});
