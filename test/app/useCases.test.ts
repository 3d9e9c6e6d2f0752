import { memoryGateway } from "./memoryGateway";
import { bookOf, sheetOf } from "../helpers/book";
import { recap } from "../../src/app/recap";
import { summarize } from "../../src/app/overview";
import { bandStyles, CAPAIAN_CHART } from "../../src/app/recapDecorations";
import { fnv1a } from "../../src/app/log";
import { planSetup } from "../../src/app/setup";
import { ALL_PERIODS } from "../../src/core/plan";
import { DEFAULT_SCALE } from "../../src/core/capaian";

const env = { now: () => new Date("2024-05-02T03:04:05Z"), user: "uji" };
const pk = [
  { kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] },
  { kode: "B", targetTahunan: 60, targets: [15, 15, 15, 15], satuan: "%", agregasi: "Terakhir" },
];
const full = {
  1: [
    { kode: "A", realisasi: 30 },
    { kode: "B", realisasi: 12 },
  ],
  2: [{ kode: "A", realisasi: 31 }],
  3: [],
  4: [],
};

describe("recap use case", () => {
  test("with a problem it returns the problems and asks for no write", async () => {
    const { gateway, writes } = memoryGateway(
      bookOf(pk, { ...full, 2: [{ kode: "A", realisasi: "lima" }] })
    );
    const outcome = await recap(gateway, ["tahunan"], env);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ sheet: "TW II", cell: "E3" });
    expect(writes).toEqual([]);
  });

  test("asks for the recap sheets, Kategori colours on each, one chart on Tahunan and one log row", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, full));
    const outcome = await recap(gateway, ALL_PERIODS, env);
    expect(outcome).toMatchObject({
      ok: true,
      sheets: ["Semester I", "Semester II", "Tahunan"],
      indicators: 2,
    });
    const [write] = writes;
    expect(write.rewrite?.map((p) => p.name)).toEqual(["Semester I", "Semester II", "Tahunan"]);
    // Kategori is column K (index 10); data rows are 3–4 (0-based 2–3) below the title and header rows.
    expect(write.kategoriFormats?.map((k) => [k.sheet, k.range])).toEqual([
      ["Semester I", { col: 10, fromRow: 2, toRow: 3 }],
      ["Semester II", { col: 10, fromRow: 2, toRow: 3 }],
      ["Tahunan", { col: 10, fromRow: 2, toRow: 3 }],
    ]);
    expect(write.charts).toEqual([
      expect.objectContaining({
        sheet: "Tahunan",
        name: CAPAIAN_CHART,
        categories: { col: 1, fromRow: 2, toRow: 3 },
        values: { col: 9, fromRow: 2, toRow: 3 },
      }),
    ]);
    expect(write.log).toEqual([
      {
        time: "2024-05-02T03:04:05.000Z",
        user: "uji",
        action: "rekap",
        sheet: "Semester I, Semester II, Tahunan",
        detail: "2 indikator; 1 peringatan",
      },
    ]);
    expect(write.activate).toBe("Tahunan");
  });
});

describe("Kategori colours", () => {
  test("the five default bands run from green to red, best first", () => {
    expect(bandStyles(DEFAULT_SCALE).map((b) => [b.label, b.fill])).toEqual([
      ["Sangat Tinggi", "#C6EFCE"],
      ["Tinggi", "#E2EFDA"],
      ["Sedang", "#FFEB9C"],
      ["Rendah", "#FCE4D6"],
      ["Sangat Rendah", "#FFC7CE"],
    ]);
  });
  test("two bands of an office's own scale get the ends of the palette", () => {
    expect(
      bandStyles([
        { min: 0, label: "Kurang" },
        { min: 80, label: "Baik" },
      ]).map((b) => [b.label, b.fill])
    ).toEqual([
      ["Baik", "#C6EFCE"],
      ["Kurang", "#FFC7CE"],
    ]);
  });
});

describe("overview", () => {
  test("counts reported indicators per quarter and problems per sheet, errors first", () => {
    const book = bookOf(pk, {
      1: [
        { kode: "A", realisasi: 30 },
        { kode: "B", realisasi: "12,5" },
      ],
      2: [{ kode: "A", realisasi: 31 }],
    });
    const view = summarize({
      book,
      sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })),
    });
    expect(view.indicators).toBe(2);
    expect(view.quarters.map((q) => [q.sheet, q.reported, q.problems])).toEqual([
      ["TW I", 2, 1],
      ["TW II", 1, 0],
      ["TW III", 0, 0],
      ["TW IV", 0, 0],
    ]);
    expect(view.fixable).toBe(1);
    expect(view.problems[0]).toMatchObject({ sheet: "TW I", severity: "error" });
    expect(view.problems[view.problems.length - 1].severity).toBe("warning");
  });

  test("shows the mean Capaian s.d. TW per quarter, as the Capaian Triwulan sheet computes it", () => {
    const book = bookOf(pk, full);
    const view = summarize({
      book,
      sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })),
    });
    // A (Jumlah, 30 a quarter): 30/30 → 100; 61/60 → 101,67; 61/90 → 67,78; 61/120 → 50,83.
    // B (Terakhir, target 15 each quarter, only TW I reported: 12): 12/15 → 80 at every quarter.
    expect(view.quarters.map((q) => q.meanToDate)).toEqual([90, 90.84, 73.89, 65.42]);
  });

  test("has no mean capaian while the workbook has errors", () => {
    const book = bookOf(pk, { 1: [{ kode: "A", realisasi: "lima" }] });
    const view = summarize({
      book,
      sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })),
    });
    expect(view.quarters.map((q) => q.meanToDate)).toEqual([null, null, null, null]);
  });

  test("a missing quarter sheet is shown as missing, the others still counted", () => {
    const book = bookOf(pk, full);
    book.sheets = book.sheets.filter((s) => s.name !== "TW IV");
    const view = summarize({
      book,
      sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })),
    });
    expect(view.quarters.map((q) => [q.sheet, q.exists, q.reported])).toEqual([
      ["TW I", true, 2],
      ["TW II", true, 1],
      ["TW III", true, 0],
      ["TW IV", false, 0],
    ]);
    expect(view.problems.some((p) => p.sheet === "TW IV" && p.severity === "error")).toBe(true);
  });
});

describe("setup use case", () => {
  test("a workbook that has every sheet needs no write", () => {
    const book = bookOf(pk, full, [
      sheetOf("Pengaturan", [["Kunci", "Nilai"]]),
      sheetOf("SOP", []),
      sheetOf("Tahapan SOP", []),
      sheetOf("Log", []),
    ]);
    const decision = planSetup(
      {
        book,
        sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })),
      },
      env
    );
    expect(decision).toEqual({ result: { created: [], prefilled: 0 } });
  });
});

describe("log hash", () => {
  test("is FNV-1a of the entry (known vectors)", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
  });
});
