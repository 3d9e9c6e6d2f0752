// Problem messages in the pane's English: the same problems as in Indonesian, with the same cells,
// sheet names, headers and the user's own text; only the words around them change.
import { bookOf } from "../helpers/book";
import { check, planFix } from "../../src/core/plan";
import { planMerge } from "../../src/core/merge";
import { formatProblem, problemMessage } from "../../src/core/problems";

// The helper's sheets: title row 1, header row 2, data from row 3. Perjanjian Kinerja: A Kode,
// E Target Tahunan, I Target TW IV, K Agregasi. Quarter sheets: A Kode, E Realisasi, G Penyebut.
const badBook = () => {
  const book = bookOf(
    [
      { kode: "A", targetTahunan: 10 },
      { kode: "A", targetTahunan: 5 },
      { kode: "P", satuan: "%", targetTahunan: 80, agregasi: "Jumlah" },
      {
        kode: "R",
        satuan: "%",
        targetTahunan: 90,
        targets: [null, null, null, 85],
        agregasi: "Rasio",
      },
    ],
    {
      1: [
        { kode: "A", realisasi: "14,5" },
        { kode: "Z", realisasi: 1 },
        {
          kode: "P",
          realisasi: { value: null, formula: "B9*2", unreadable: { kind: "uncached" } },
        },
        { kode: "R", pembilang: 5 },
      ],
      3: [{ kode: "A", realisasi: "lima" }],
      4: [{ kode: "A", realisasi: { error: "#REF!" } }],
    }
  );
  book.sheets[2].name = "TW 2";
  return book;
};

test("problems of a bad workbook read in English, each at its cell", () => {
  expect(check(badBook()).problems.map((p) => formatProblem(p, "en"))).toEqual([
    `Perjanjian Kinerja!A4: Kode "A" appears twice — already used in row 3`,
    `TW I!E3: Realisasi "14,5" is stored as text — read as 14.5 [fixable: rekap-kinerja fix]`,
    `TW I!A4: Kode "Z" is not in Perjanjian Kinerja`,
    `TW I!E5: formula without a saved result — open and save this file in Excel or LibreOffice first (Realisasi: =B9*2)`,
    `TW I!G6: Rasio indicator R: fill in Pembilang and Penyebut together`,
    `TW II!A1: sheet "TW II" is missing; sheet "TW 2" may be meant — rename it to "TW II"`,
    `TW III!E3: Realisasi "lima" is not a number`,
    `TW IV!E3: Realisasi holds the error #REF!`,
    `Perjanjian Kinerja!K5: warning — P: percentages are not added up — use Agregasi Rasio or Terakhir`,
    `Perjanjian Kinerja!I6: warning — R: Target TW IV (85) differs from Target Tahunan (90)`,
  ]);
});

test("the Indonesian message of the same problems stays what the command line prints", () => {
  const problems = check(badBook()).problems;
  expect(problems.map((p) => problemMessage(p, "id"))).toEqual(problems.map((p) => p.message));
  expect(formatProblem(problems[1])).toBe(
    `TW I!E3: Realisasi "14,5" tersimpan sebagai teks — dibaca 14,5 [dapat diperbaiki: rekap-kinerja fix]`
  );
});

test("a fix that replaces a formula says so in English too", () => {
  const book = bookOf([{ kode: "A", targetTahunan: 10 }], {
    2: [{ kode: "A", realisasi: { value: "7", formula: 'TEXT(7,"0")' } }],
  });
  expect(planFix(book).fixed.map((p) => formatProblem(p, "en"))).toEqual([
    `TW II!E3: Realisasi "7" is stored as text — read as 7 — this cell holds the formula =TEXT(7,"0"); fix replaces it with the number [fixable: rekap-kinerja fix]`,
  ]);
});

test("a merge conflict names the master's and the unit's cells in English", () => {
  const master = bookOf([{ kode: "A", targetTahunan: 10 }], { 1: [{ kode: "A", realisasi: 3 }] });
  const unit = bookOf([{ kode: "A", targetTahunan: 10 }], { 1: [{ kode: "A", realisasi: 4 }] });
  const plan = planMerge(master, [{ label: "unit.xlsx", book: unit }]);
  expect(plan.skipped.map((p) => formatProblem(p, "en"))).toEqual([
    `TW I!E3: the master holds "3", unit.xlsx (TW I!E3) holds "4" — not overwritten; decide yourself`,
  ]);
});
