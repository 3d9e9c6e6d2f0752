// Cells whose file holds no value to trust (a formula saved without its result, a stored value that
// is not valid for its type) and headers in doubt: never read as blank, never a guess.
import { bookOf, sheetOf } from "../helpers/book";
import { check, planFix, planRecap } from "../../src/core/plan";
import { formatProblem } from "../../src/core/problems";
import { UNCACHED_MESSAGE } from "../../src/core/messages/id";
import { Cell } from "../../src/core/workbook";

const lines = (book: ReturnType<typeof bookOf>) =>
  check(book).problems.map((p) => formatProblem(p));
const uncached = (formula: string): Cell => ({
  value: null,
  formula,
  unreadable: { kind: "uncached" },
});
const invalidNumber = (stored: string, formula?: string): Cell => ({
  value: null,
  ...(formula === undefined ? {} : { formula }),
  unreadable: { kind: "invalid", stored, as: "number" },
});

// Layout of the helper's sheets: title row 1, header row 2, data from row 3. Perjanjian Kinerja:
// A Kode, C Indikator, D Satuan, E Target Tahunan, F–I Target TW I–IV, J Polaritas, K Agregasi.
// Quarter sheets: A Kode, E Realisasi, F Pembilang, G Penyebut.

test("the message is the one the issue and the contract notes give", () => {
  expect(UNCACHED_MESSAGE).toBe(
    "rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu"
  );
});

describe("a formula without a saved result", () => {
  test("as Realisasi is a blocking problem at its cell, not a quarter left unreported", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      1: [{ kode: "A", realisasi: uncached("20+7") }],
      2: [{ kode: "A", realisasi: 30 }],
    });
    expect(lines(book)).toEqual([`TW I!E3: ${UNCACHED_MESSAGE} (Realisasi: =20+7)`]);
    expect(planRecap(book).ok).toBe(false);
  });

  test("as Pembilang of a Rasio indicator is said once, without a pairing complaint", () => {
    const book = bookOf([{ kode: "R", satuan: "%", targetTahunan: 90, agregasi: "Rasio" }], {
      1: [{ kode: "R", pembilang: uncached("SUM(X1:X9)"), penyebut: 20 }],
    });
    expect(lines(book)).toEqual([`TW I!F3: ${UNCACHED_MESSAGE} (Pembilang: =SUM(X1:X9))`]);
  });

  test("as a quarter Kode is that problem, not an empty Kode", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      2: [{ kode: uncached(`"A"`), realisasi: 5 }],
    });
    expect(lines(book)).toEqual([`TW II!A3: ${UNCACHED_MESSAGE} (Kode: ="A")`]);
  });

  test("alone in a row with no Kode, the row is not blank", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      3: [{ kode: null, realisasi: uncached("1+1") }],
    });
    expect(lines(book)).toEqual([`TW III!A3: Kode kosong, padahal baris ini berisi angka`]);
  });

  test("as Target Tahunan is that problem, not a missing target", () => {
    const book = bookOf([{ kode: "A", targetTahunan: uncached("B9*12") }], {});
    expect(lines(book)).toEqual([
      `Perjanjian Kinerja!E3: ${UNCACHED_MESSAGE} (Target Tahunan: =B9*12)`,
    ]);
  });

  test("as a quarter target keeps the indicator but blocks the recap", () => {
    const book = bookOf(
      [{ kode: "A", targetTahunan: 100, targets: [25, uncached("E3/4"), 25, 25] }],
      { 1: [{ kode: "A", realisasi: 20 }] }
    );
    const { model, problems } = check(book);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `Perjanjian Kinerja!G3: ${UNCACHED_MESSAGE} (Target TW II: =E3/4)`,
    ]);
    expect(model?.indicators.map((i) => i.kode)).toEqual(["A"]);
    expect(planRecap(book).ok).toBe(false);
  });

  test("as Satuan or Agregasi, which decide how figures are read, keeps the indicator out", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {});
    book.sheets[0].rows[2][3] = uncached(`"%"`);
    book.sheets[0].rows[2][10] = uncached(`"Rasio"`);
    const { model, problems } = check(book);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `Perjanjian Kinerja!D3: ${UNCACHED_MESSAGE} (Satuan: ="%")`,
      `Perjanjian Kinerja!K3: ${UNCACHED_MESSAGE} (Agregasi: ="Rasio")`,
    ]);
    expect(model?.indicators).toEqual([]);
  });

  test("as a Perjanjian Kinerja Kode alone in its row, the row is not skipped as blank", () => {
    const book = bookOf([], {});
    book.sheets[0].rows.push([uncached(`"IK-"&1`)]);
    expect(lines(book)).toEqual([`Perjanjian Kinerja!A3: ${UNCACHED_MESSAGE} (Kode: ="IK-"&1)`]);
  });

  test("in Pengaturan, a value or a Skala row is a problem; the default scale is not used silently", () => {
    const settings = sheetOf("Pengaturan", [
      ["Kunci", "Nilai"],
      ["Nama Instansi", uncached(`UPPER("satpol pp")`)],
      ["Skala", uncached("90"), "Sangat Baik"],
      [uncached(`"Kota"`), "Bandung"],
    ]);
    const book = bookOf([{ kode: "A", targetTahunan: 1 }], {}, [settings]);
    expect(lines(book)).toEqual([
      `Pengaturan!B2: ${UNCACHED_MESSAGE} (Nilai Nama Instansi: =UPPER("satpol pp"))`,
      `Pengaturan!B3: ${UNCACHED_MESSAGE} (Nilai Skala: =90)`,
      `Pengaturan!A4: ${UNCACHED_MESSAGE} (Kunci: ="Kota")`,
    ]);
  });

  test("in a column the model does not read (a note, the quarter's Capaian) is no problem", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], { 1: [{ kode: "A", realisasi: 7 }] });
    book.sheets[1].rows[2][7] = uncached("E3/D3*100");
    book.sheets[1].rows[2][8] = uncached(`"catatan"`);
    expect(lines(book)).toEqual([]);
  });
});

test("a text formula whose saved result is empty is blank: not reported, no problem", () => {
  const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
    1: [{ kode: "A", realisasi: { value: "", formula: `IF(B1="","",B1)` } }],
  });
  expect(lines(book)).toEqual([]);
  const plan = planRecap(book, ["tahunan"]);
  expect(plan.ok && plan.results[0].rows[0].status).toBe(
    "Belum lengkap (TW I, TW II, TW III, TW IV)"
  );
});

describe("a stored value that is not a valid number", () => {
  test("typed in is to be typed again", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      1: [{ kode: "A", realisasi: invalidNumber("0x1E") }],
      2: [{ kode: "A", realisasi: invalidNumber("Infinity") }],
    });
    expect(lines(book)).toEqual([
      `TW I!E3: nilai tersimpan "0x1E" bukan angka yang sah — ketik ulang isinya di Excel atau LibreOffice (Realisasi)`,
      `TW II!E3: nilai tersimpan "Infinity" bukan angka yang sah — ketik ulang isinya di Excel atau LibreOffice (Realisasi)`,
    ]);
    expect(planRecap(book).ok).toBe(false);
  });

  test("as a formula's result asks for the file to be saved again", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      1: [{ kode: "A", realisasi: invalidNumber("1e", "20+7") }],
    });
    expect(lines(book)).toEqual([
      `TW I!E3: hasil rumus tersimpan "1e" bukan angka yang sah — buka dan simpan berkas ini di Excel atau LibreOffice dulu (Realisasi: =20+7)`,
    ]);
  });

  test("is never fixable", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {
      1: [{ kode: "A", realisasi: invalidNumber(" 12") }],
    });
    expect(planFix(book).edits).toEqual([]);
  });
});

describe("a contract header twice in one header row", () => {
  const withHeaders = (header: string[]) => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], { 1: [{ kode: "A", realisasi: 7 }] });
    book.sheets[1].rows[1] = header.map((value) => ({ value }));
    return book;
  };

  test("names both cells and leaves the sheet unread, never taking the first", () => {
    const book = withHeaders([
      "Kode",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Pembilang",
      "Penyebut",
      " realisasi ",
    ]);
    const { model, problems } = check(book);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `TW I!E2: kolom "Realisasi" muncul dua kali (TW I!E2 dan TW I!H2) — hapus atau ganti nama salah satunya`,
    ]);
    expect(model).toBeUndefined();
    expect(planRecap(book).ok).toBe(false);
  });

  test("Kode too, and each repeat is named", () => {
    const book = withHeaders(["Kode", "Realisasi", "KODE", "Kode"]);
    expect(lines(book)).toEqual([
      `TW I!A2: kolom "Kode" muncul dua kali (TW I!A2 dan TW I!C2) — hapus atau ganti nama salah satunya`,
      `TW I!A2: kolom "Kode" muncul dua kali (TW I!A2 dan TW I!D2) — hapus atau ganti nama salah satunya`,
    ]);
  });

  test("in Perjanjian Kinerja", () => {
    const book = bookOf([{ kode: "A", targetTahunan: 100 }], {});
    book.sheets[0].rows[1].push({ value: "Target Tahunan" });
    expect(lines(book)).toEqual([
      `Perjanjian Kinerja!E2: kolom "Target Tahunan" muncul dua kali (Perjanjian Kinerja!E2 dan Perjanjian Kinerja!M2) — hapus atau ganti nama salah satunya`,
    ]);
  });

  test("a header the file holds no text for leaves the columns in doubt", () => {
    const book = withHeaders(["Kode", "Realisasi"]);
    book.sheets[1].rows[1].push(uncached(`"Real"&"isasi"`));
    const { model, problems } = check(book);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `TW I!C2: ${UNCACHED_MESSAGE} (judul kolom: ="Real"&"isasi")`,
    ]);
    expect(model).toBeUndefined();
  });
});

test("a fix that replaces a formula says so and carries the formula", () => {
  const book = bookOf([{ kode: "A", satuan: "%", targetTahunan: 90, agregasi: "Terakhir" }], {
    1: [{ kode: "A", realisasi: { value: 0.31, formula: "31/100", numFmt: "0%" } }],
    2: [{ kode: "A", realisasi: { value: "80,5", formula: `"80,5"` } }],
  });
  const { edits, fixed } = planFix(book);
  expect(fixed.map((p) => formatProblem(p))).toEqual([
    `TW I!E3: Realisasi berformat persen (31%) tersimpan sebagai 0,31 — dibaca 31 — sel ini berisi rumus =31/100, fix menggantinya dengan angka [dapat diperbaiki: rekap-kinerja fix]`,
    `TW II!E3: Realisasi "80,5" tersimpan sebagai teks — dibaca 80,5 — sel ini berisi rumus ="80,5", fix menggantinya dengan angka [dapat diperbaiki: rekap-kinerja fix]`,
  ]);
  expect(fixed.map((p) => p.fix?.formula)).toEqual(["31/100", `"80,5"`]);
  expect(edits.map((e) => [e.sheet, e.row, e.col, e.value])).toEqual([
    ["TW I", 2, 4, 31],
    ["TW II", 2, 4, 80.5],
  ]);
});
