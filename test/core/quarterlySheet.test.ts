// Capaian Triwulan (docs/CONTRACT.md §4, "Capaian up to the current quarter"): each quarter alone and
// TW I up to it, one hand-worked case per Agregasi. The contract's worked example is the first test.
import { bookOf, PkRow, Raw, sheetOf, TwRow } from "../helpers/book";
import { planRecap } from "../../src/core/plan";
import { Quarter, QUARTERLY_SHEET, RecapId } from "../../src/core/contract";
import { formatProblem } from "../../src/core/problems";
import { CalendarDate } from "../../src/core/schedule";
import { CellValue, WorkbookSnapshot } from "../../src/core/workbook";
import { AUTO_NOTE } from "../../src/core/ownership";

const JULY_2024: CalendarDate = { year: 2024, month: 7, day: 15 };

/** The helper's workbook with Pengaturan's Tahun 2024 and extra Perjanjian Kinerja columns. */
function book(
  pk: PkRow[],
  quarters: Partial<Record<Quarter, TwRow[]>>,
  columns: Record<string, Raw[]> = {}
): WorkbookSnapshot {
  const settings = sheetOf("Pengaturan", [
    ["Kunci", "Nilai"],
    ["Tahun", 2024],
  ]);
  const b = bookOf(pk, quarters, [settings]);
  const rows = b.sheets[0].rows;
  for (const [header, values] of Object.entries(columns)) {
    rows[1].push({ value: header });
    values.forEach((v, i) => rows[2 + i].push(v === undefined ? undefined : { value: v as never }));
  }
  return b;
}

function recap(b: WorkbookSnapshot, periods: RecapId[] = ["triwulan"], today = JULY_2024) {
  const plan = planRecap(b, periods, today);
  if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("\n"));
  const sheet = plan.patch.sheets.find((s) => s.name === QUARTERLY_SHEET)!;
  const header = sheet.rows[1].map((c) => c.value);
  /** The cell under `column` in Kode's row, as the recap wrote it ("" is blank). */
  const cell = (kode: string, column: string): CellValue => {
    const col = header.indexOf(column);
    if (col < 0) throw new Error(`no column ${column}`);
    return sheet.rows.find((r) => r[1]?.value === kode)![col].value;
  };
  return { plan, sheet, header, cell };
}

const row = (kode: string, ...quarters: Raw[]): Partial<Record<Quarter, TwRow[]>> =>
  Object.fromEntries(
    quarters.map((r, i) => [i + 1, r === null ? [] : [{ kode, realisasi: r }]])
  ) as Partial<Record<Quarter, TwRow[]>>;

describe("Capaian Triwulan", () => {
  test("the contract's example: s.d. TW II is 86,00 where Tahunan shows 43,00", () => {
    // Jumlah, Target Tahunan 100, quarter targets 25 each. In July TW I 20, TW II 23; TW III is
    // filled with 0 ahead of time, which does not count before 30 September.
    const b = book(
      [{ kode: "A", targetTahunan: 100, targets: [25, 25, 25, 25] }],
      row("A", 20, 23, 0)
    );
    const { plan, cell } = recap(b, ["tahunan", "triwulan"]);
    expect([
      cell("A", "Target TW I"),
      cell("A", "Realisasi TW I"),
      cell("A", "Capaian TW I (%)"),
    ]).toEqual([25, 20, 80]); // 20 ÷ 25
    expect(cell("A", "Capaian TW II (%)")).toBe(92); // 23 ÷ 25
    expect(cell("A", "Target s.d. TW II")).toBe(50); // 25 + 25
    expect(cell("A", "Realisasi s.d. TW II")).toBe(43); // 20 + 23
    expect(cell("A", "Capaian s.d. TW II (%)")).toBe(86); // 43 ÷ 50 × 100
    expect(cell("A", "Kategori s.d. TW II")).toBe("Tinggi"); // 76 ≤ 86 < 91
    // TW III has not ended: its 0 is left out, so TW III alone says nothing and s.d. TW III is
    // TW I–II against three quarters' target: 43 ÷ 75 × 100 = 57,333… → 57,33.
    expect(cell("A", "Realisasi TW III")).toBe("");
    expect(cell("A", "Capaian TW III (%)")).toBe("");
    expect(cell("A", "Target s.d. TW III")).toBe(75);
    expect(cell("A", "Capaian s.d. TW III (%)")).toBe(57.33);
    const tahunan = plan.ok && plan.results.find((r) => r.period === "tahunan")!.rows[0];
    expect(tahunan && tahunan.capaian).toBe(43); // 43 ÷ 100 × 100
    expect(tahunan && tahunan.kategori).toBe("Sangat Rendah");
    // What the recap reports: the latest quarter with a figure that counts, s.d.
    const result = plan.ok && plan.results.find((r) => r.period === "triwulan")!;
    expect(result && [result.title, result.rows[0].capaian]).toEqual(["s.d. TW II", 86]);
  });

  test("Rata-rata: the mean to date against the mean target to date", () => {
    const b = book(
      [{ kode: "R", targetTahunan: 80, targets: [70, 80, 85, 90], agregasi: "Rata-rata" }],
      row("R", 60, 84, null)
    );
    const { cell } = recap(b);
    expect(cell("R", "Capaian TW II (%)")).toBe(105); // 84 ÷ 80
    expect(cell("R", "Target s.d. TW II")).toBe(75); // (70 + 80) ÷ 2
    expect(cell("R", "Realisasi s.d. TW II")).toBe(72); // (60 + 84) ÷ 2
    expect(cell("R", "Capaian s.d. TW II (%)")).toBe(96); // 72 ÷ 75
    expect(cell("R", "Kategori s.d. TW II")).toBe("Sangat Tinggi");
  });

  test("Terakhir: the latest reported figure against that quarter's target", () => {
    const b = book(
      [
        {
          kode: "T",
          satuan: "%",
          targetTahunan: 100,
          targets: [25, 50, 75, 100],
          agregasi: "Terakhir",
        },
      ],
      row("T", 20, 45, null)
    );
    const { cell } = recap(b);
    expect(cell("T", "Capaian TW I (%)")).toBe(80); // 20 ÷ 25
    expect(cell("T", "Target s.d. TW II")).toBe(50); // Target TW II
    expect(cell("T", "Realisasi s.d. TW II")).toBe(45); // TW II's, the latest
    expect(cell("T", "Capaian s.d. TW II (%)")).toBe(90); // 45 ÷ 50
  });

  test("Rasio: Σ pembilang ÷ Σ penyebut to date against Target TW k", () => {
    const b = book(
      [{ kode: "X", satuan: "%", targetTahunan: 90, targets: [90, 90, 90, 90], agregasi: "Rasio" }],
      {
        1: [{ kode: "X", pembilang: 45, penyebut: 50 }],
        2: [{ kode: "X", pembilang: 40, penyebut: 50 }],
      }
    );
    const { cell } = recap(b);
    expect(cell("X", "Realisasi TW II")).toBe(80); // 40 ÷ 50 × 100
    expect(cell("X", "Capaian TW II (%)")).toBe(88.89); // 80 ÷ 90 × 100 = 88,888…
    expect(cell("X", "Realisasi s.d. TW II")).toBe(85); // (45 + 40) ÷ (50 + 50) × 100
    expect(cell("X", "Capaian s.d. TW II (%)")).toBe(94.44); // 85 ÷ 90 × 100 = 94,444…
  });

  test("a yearly indicator is not assessed before TW IV; s.d. TW IV takes Target TW IV", () => {
    const b = book(
      [{ kode: "Y", targetTahunan: 75, targets: [null, null, null, 75], agregasi: "Terakhir" }],
      row("Y", null, null, null, 72),
      { Frekuensi: ["Tahunan"] }
    );
    const { cell } = recap(b, ["triwulan"], { year: 2025, month: 1, day: 10 });
    expect(cell("Y", "Target s.d. TW II")).toBe("");
    expect(cell("Y", "Capaian s.d. TW II (%)")).toBe("");
    expect(cell("Y", "Target s.d. TW IV")).toBe(75);
    expect(cell("Y", "Capaian s.d. TW IV (%)")).toBe(96); // 72 ÷ 75
  });

  test("is a generated sheet: marker, the contract's headers, live formulas, hidden helpers", () => {
    const b = book([{ kode: "A", targetTahunan: 100, targets: [25, 25, 25, 25] }], row("A", 20));
    const { sheet, header } = recap(b);
    expect(sheet.protect).toBe(true);
    expect(sheet.rows[0].map((c) => c.value)).toContain(AUTO_NOTE);
    expect(header.slice(0, 14)).toEqual([
      "No",
      "Kode",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Polaritas",
      "Agregasi",
      "Target TW I",
      "Realisasi TW I",
      "Capaian TW I (%)",
      "Target s.d. TW I",
      "Realisasi s.d. TW I",
      "Capaian s.d. TW I (%)",
      "Kategori s.d. TW I",
    ]);
    expect(header[34]).toBe("Kategori s.d. TW IV");
    // Every figure column of the four quarters is a formula; all helpers are hidden.
    const formulas = new Set((sheet.formulaColumns ?? []).map((f) => f.col));
    expect(Array.from({ length: 28 }, (_, i) => 7 + i).every((c) => formulas.has(c))).toBe(true);
    expect(sheet.columns.slice(35).every((c) => c.hidden)).toBe(true);
    expect(sheet.columns.slice(0, 35).some((c) => c.hidden)).toBe(false);
  });
});
