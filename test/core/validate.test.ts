import { bookOf, sheetOf } from "../helpers/book";
import { check, planFix, planRecap } from "../../src/core/plan";
import { formatProblem } from "../../src/core/problems";

const lines = (book: ReturnType<typeof bookOf>) =>
  check(book).problems.map((p) => formatProblem(p));

describe("validation names the sheet and the cell", () => {
  test("a number stored as text is fixable and says what it means", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 10 }], {
      3: [{ kode: "A", realisasi: "14,5" }],
    });
    // TW sheets: title row 1, header row 2, data from row 3; Realisasi is column E
    expect(lines(book)).toEqual([
      `TW III!E3: Realisasi "14,5" tersimpan sebagai teks — dibaca 14,5 [dapat diperbaiki: rekap-kinerja fix]`,
    ]);
  });

  test("junk, errors and negative counts are rejected", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 10 }], {
      1: [{ kode: "A", realisasi: "lima" }],
      2: [{ kode: "A", realisasi: { error: "#REF!" } }],
      3: [{ kode: "A", realisasi: -3 }],
    });
    const out = lines(book);
    expect(out).toEqual([
      expect.stringMatching(/^TW I!E3: Realisasi "lima" bukan angka$/),
      expect.stringMatching(/^TW II!E3: Realisasi berisi galat #REF!$/),
      expect.stringMatching(/^TW III!E3: Realisasi bernilai negatif/),
    ]);
  });

  test("duplicate and unknown Kode, missing required cells", () => {
    const book = bookOf(
      [
        { kode: "A", targetTahunan: 10 },
        { kode: "A", targetTahunan: 5 },
        { kode: "B", targetTahunan: null },
      ],
      {
        1: [
          { kode: "Z", realisasi: 1 },
          { kode: null, realisasi: 4 },
        ],
      }
    );
    expect(lines(book)).toEqual([
      `Perjanjian Kinerja!A4: Kode "A" ganda — sudah dipakai di baris 3`,
      `Perjanjian Kinerja!E5: Target Tahunan wajib diisi angka`,
      `TW I!A3: Kode "Z" tidak ada di Perjanjian Kinerja`,
      `TW I!A4: Kode kosong, padahal baris ini berisi angka`,
    ]);
  });

  test("a renamed quarter sheet is recognised and named", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 10 }], {});
    book.sheets[2].name = "TW 2";
    expect(lines(book)).toContain(
      `TW II!A1: lembar "TW II" tidak ada; lembar "TW 2" mungkin dimaksud — ganti namanya menjadi "TW II"`
    );
  });

  test("the header row may move down and columns may be in any order", () => {
    const pk = sheetOf("Perjanjian Kinerja", [
      [],
      ["Judul"],
      ["  target tahunan ", "INDIKATOR KINERJA", "kode", "Catatan sendiri"],
      [50, "Indikator", "X", "bebas"],
    ]);
    const tw = (name: string, r: number | null) =>
      sheetOf(name, [
        ["Realisasi", "Kode"],
        [r, "X"],
      ]);
    const plan = planRecap(
      { sheets: [pk, tw("TW I", 10), tw("TW II", 20), tw("TW III", null), tw("TW IV", 5)] },
      ["tahunan"]
    );
    expect(plan.ok && plan.results[0].rows[0]).toEqual(
      expect.objectContaining({
        target: 50,
        realisasi: 35,
        capaian: 70,
        status: "Belum lengkap (TW III)",
      })
    );
  });

  test("a missing header row is named", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 10 }], {});
    book.sheets[1].rows = [[{ value: "tidak ada judul kolom" }]];
    expect(lines(book)).toContain(
      `TW I!A1: baris judul kolom tidak ditemukan: tidak ada sel "Kode" di 10 baris pertama`
    );
  });

  test("Rasio needs Pembilang and Penyebut together", () => {
    const book = bookOf([{ kode: "R", satuan: "%", targetTahunan: 90, agregasi: "Rasio" }], {
      1: [{ kode: "R", pembilang: 5 }],
      2: [{ kode: "R", realisasi: 80 }],
    });
    expect(lines(book)).toEqual([
      `TW I!G3: indikator Rasio R: isi Pembilang dan Penyebut bersama-sama`,
      `TW II!F3: indikator Rasio R dihitung dari Pembilang ÷ Penyebut — isi keduanya, bukan hanya Realisasi`,
    ]);
  });

  test("warnings do not block: quarter targets that disagree, Jumlah on a % indicator", () => {
    const book = bookOf(
      [
        { kode: "J", targetTahunan: 100, targets: [30, 30, 30, 30] },
        { kode: "P", satuan: "%", targetTahunan: 80, agregasi: "Jumlah" },
        { kode: "T", targetTahunan: 80, targets: [20, 40, 60, 70], agregasi: "Terakhir" },
      ],
      {}
    );
    const problems = check(book).problems;
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "Perjanjian Kinerja!E3: peringatan — J: jumlah Target TW I–IV (120) tidak sama dengan Target Tahunan (100)",
      "Perjanjian Kinerja!K4: peringatan — P: persentase tidak dijumlahkan — pakai Agregasi Rasio atau Terakhir",
      "Perjanjian Kinerja!I5: peringatan — T: Target TW IV (70) berbeda dari Target Tahunan (80)",
    ]);
    expect(planRecap(book).ok).toBe(true);
  });

  test("recap refuses a workbook with any problem, fixable ones included", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 10 }], { 1: [{ kode: "A", realisasi: "3" }] });
    const plan = planRecap(book);
    expect(plan.ok).toBe(false);
  });

  test("fix plans exactly the fixable cells", () => {
    const book = bookOf([{ kode: "A", satuan: "%", targetTahunan: 90, agregasi: "Terakhir" }], {
      1: [{ kode: "A", realisasi: { value: 0.75, numFmt: "0%" } }],
      2: [{ kode: "A", realisasi: "80,5" }],
      3: [{ kode: "A", realisasi: "delapan" }],
    });
    const { edits, remaining } = planFix(book);
    expect(edits).toEqual([
      { sheet: "TW I", row: 2, col: 4, value: 75, plainFormat: true },
      { sheet: "TW II", row: 2, col: 4, value: 80.5, plainFormat: true },
    ]);
    expect(remaining.map((p) => formatProblem(p))).toEqual([
      `TW III!E3: Realisasi "delapan" bukan angka`,
    ]);
  });
});
