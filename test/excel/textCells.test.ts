// Text the add-in writes must arrive as text: Excel parses a General cell like typing, and a Kode
// `01` turned into the number 1 is no longer found by the recap's MATCH. Every text cell is formatted
// as Text before its value is written, in the same batch; formula cells keep numeric formats.
import { createFakeExcel, FakeExcel, FakeSheetInit } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { setUpWorkbook } from "../../src/app/setup";
import { recap } from "../../src/app/recap";
import { recordStep } from "../../src/app/steps";
import { ALL_PERIODS } from "../../src/core/plan";
import { PK_SHEET, QUARTERS, quarterSheet, TRACKER_SHEET } from "../../src/core/contract";

const KODES = ["01", "1.10", "2.1.3", "-", "+62", "=A1"];
const env = { now: () => new Date("2024-03-01T02:00:00Z"), user: "0012" };

/** The six-indicator workbook with the Kodes above in Perjanjian Kinerja and every quarter sheet. */
function withKodes(omit: string[] = []): FakeSheetInit[] {
  const sheets = workbook(KODES.length);
  const rename = (v: unknown) => {
    const m = typeof v === "string" ? /^IK-0*(\d+)$/.exec(v) : null;
    return m ? KODES[Number(m[1]) - 1] : v;
  };
  return sheets
    .filter((s) => !omit.includes(s.name))
    .map((s) => ({
      ...s,
      rows: s.rows.map((row) =>
        row.map((c) =>
          c && typeof c === "object" && "value" in c ? { ...c, value: rename(c.value) as never } : c
        )
      ),
    }));
}

function setUp(sheets: FakeSheetInit[]) {
  const fake = createFakeExcel(sheets);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost) };
}
const column = (fake: FakeExcel, sheet: string, col: string, rows: number[]) =>
  rows.map((r) => fake.cell(sheet, `${col}${r}`));

describe("text cells stay text", () => {
  test("setup copies Kodes like 01, 1.10, 2.1.3, -, +62, =A1 into new quarter sheets as text", async () => {
    const { fake, gateway } = setUp(withKodes(QUARTERS.map(quarterSheet)));
    expect(fake.cell(PK_SHEET, "A3")?.value).toBe("01");
    await setUpWorkbook(gateway, env);
    for (const q of QUARTERS) {
      const cells = column(fake, quarterSheet(q), "A", [3, 4, 5, 6, 7, 8]);
      expect(cells.map((c) => c?.value)).toEqual(KODES);
      expect(cells.every((c) => c?.numberFormat === "@" && !c.formula)).toBe(true);
    }
    // The log's user "0012" is not the number 12.
    expect(fake.cell("Log", "B2")).toMatchObject({ value: "0012", numberFormat: "@" });
  });

  test("the recap writes Kodes as text and its formula columns as formulas, not text", async () => {
    const { fake, gateway } = setUp(withKodes());
    const outcome = await recap(gateway, ALL_PERIODS, env);
    expect(outcome.ok).toBe(true);
    for (const sheet of ["Semester I", "Semester II", "Tahunan"]) {
      const kodes = column(fake, sheet, "B", [3, 4, 5, 6, 7, 8]);
      expect(kodes.map((c) => c?.value)).toEqual(KODES);
      expect(kodes.every((c) => c?.numberFormat === "@")).toBe(true);
      // Indikator (C) and Kategori (K) hold text results, yet are formulas in non-Text cells.
      for (const col of ["C", "K"]) {
        const cell = fake.cell(sheet, `${col}3`);
        expect(cell?.formula).toBeTruthy();
        expect(cell?.numberFormat).not.toBe("@");
      }
    }
  });

  test("a tracker row's name stays text", async () => {
    const { fake, gateway } = setUp(withKodes());
    const outcome = await recordStep(
      gateway,
      { step: 1, periode: "tw1", name: "1/2", startedAt: new Date("2024-03-01T01:00:00Z") },
      env
    );
    expect(outcome.ok).toBe(true);
    const values = [..."ABCDEFGHIJKLM"].map((c) => fake.cell(TRACKER_SHEET, `${c}2`)?.value);
    expect(values).toContain("1/2");
  });
});
