import { createFakeExcel, FakeExcel, FakeSheetInit } from "./fakeExcel";
import { toSnapshot, workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { ALL_PERIODS, planRecap } from "../../src/core/plan";
import {
  GENERATED_SHEETS,
  PK_SHEET,
  QUARTERLY_SHEET,
  QUARTERS,
  quarterSheet,
  RecapId,
  SETTINGS_SHEET,
  TRACKER_SHEET,
} from "../../src/core/contract";
import { a1, formulaAt } from "../../src/core/workbook";
import { AUTO_NOTE } from "../../src/core/ownership";

const env = { now: () => new Date("2024-01-15T08:00:00Z"), user: "uji" };
const USER_SHEETS = [SETTINGS_SHEET, PK_SHEET, ...QUARTERS.map(quarterSheet)];
const MB5 = 5 * 1024 * 1024;

type Options = {
  modern?: boolean;
  requestLimit?: number;
  responseLimit?: number;
  windowBytes?: number;
};

function setUp(sheets: FakeSheetInit[], options: Options = {}) {
  const fake = createFakeExcel(sheets, options);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  const gateway = createExcelGateway(fake.host as unknown as ExcelHost, options);
  return { fake, gateway };
}

const dump = (fake: FakeExcel, names: readonly string[]) =>
  JSON.stringify(names.map((n) => [n, [...fake.sheet(n).cells.entries()].sort()]));

/** Every cell of a recap sheet as the core would write it: formula text or value. */
function expectCoreLayout(
  fake: FakeExcel,
  sheets: FakeSheetInit[],
  periods: readonly RecapId[] = ALL_PERIODS
) {
  const plan = planRecap({ sheets: sheets.map(toSnapshot) }, periods);
  if (!plan.ok) throw new Error("fixture has problems");
  for (const patch of plan.patch.sheets) {
    const expected: string[] = [];
    const actual: string[] = [];
    const formulaColumns = new Map((patch.formulaColumns ?? []).map((f) => [f.col, f]));
    patch.rows.forEach((row, r) =>
      row.forEach((out, c) => {
        const cell = fake.cell(patch.name, a1(r, c));
        const where = `${patch.name}!${a1(r, c)} `;
        const column = formulaColumns.get(c);
        // The core's A1 text for the row, built apart from the R1C1 text the adapter sends.
        const formula =
          column && r >= column.firstRow && r <= column.lastRow
            ? formulaAt(column, r)
            : out.formula;
        expected.push(
          where + (formula ? `=${formula}` : JSON.stringify(out.value === "" ? null : out.value))
        );
        actual.push(
          where + (cell?.formula ? `=${cell.formula}` : JSON.stringify(cell?.value ?? null))
        );
      })
    );
    // One comparison per sheet: a mismatch still names the first differing cell.
    expect(actual).toEqual(expected);
  }
}

describe("recap through the Excel adapter", () => {
  test("writes the core's formulas cell for cell, each formula column sent once in R1C1", async () => {
    const sheets = workbook("sample");
    const { fake, gateway } = setUp(sheets);
    await recap(gateway, ALL_PERIODS, env);
    const r1c1 = fake.stats.ops.filter(
      (op) => op.what.startsWith("set formulasR1C1") && op.sheet === "Tahunan"
    );
    // Visible formula columns, PK position, three helpers per quarter, the sample's Frekuensi and Pengali.
    expect(r1c1.length).toBe(8 + 1 + 4 * 3 + 2);
    expectCoreLayout(fake, sheets);
  });

  test("Capaian Triwulan: the core's cells, four Kategori columns coloured, a Log row and no SOP step", async () => {
    const sheets = workbook("sample");
    const { fake, gateway } = setUp(sheets);
    const trackerBefore = dump(fake, [TRACKER_SHEET]);
    expect(await recap(gateway, ["triwulan"], env)).toMatchObject({
      ok: true,
      sheets: [QUARTERLY_SHEET],
    });
    expectCoreLayout(fake, sheets, ["triwulan"]);
    const sheet = fake.sheet(QUARTERLY_SHEET);
    expect(sheet.protected).toBe(true);
    // Kategori s.d. TW I … TW IV: columns N, U, AB, AI (7 indicator columns, then 7 per quarter).
    expect(
      [...new Set(sheet.conditionalFormats.map((f) => f.box.c0))].sort((a, b) => a - b)
    ).toEqual([13, 20, 27, 34]);
    expect(sheet.charts).toEqual([]);
    expect(dump(fake, [TRACKER_SHEET])).toBe(trackerBefore);
    expect(fake.cell("Log", "C2")?.value).toBe("rekap");
    expect(fake.cell("Log", "D2")?.value).toBe(QUARTERLY_SHEET);
  });

  test("10 and 10,000 indicators take the same syncs and a request far below 5 MB", async () => {
    const small = setUp(workbook(10));
    await recap(small.gateway, ALL_PERIODS, env);
    const sheets = workbook(10_000);
    const { fake, gateway } = setUp(sheets);
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true, indicators: 10_000 });
    expect(fake.stats.syncs).toBe(small.fake.stats.syncs);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    // only No, Kode, Polaritas and Agregasi travel per row; formulas once per column
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(MB5 / 2);
    expectCoreLayout(fake, sheets);
  });

  test("when Excel on the web refuses a 5 MB answer, the read continues in windows", async () => {
    // 1 MB stands in for the 5 MB cap, so that a 2,000-indicator workbook is "too big".
    const cap = 1024 * 1024;
    const sheets = workbook(2_000);
    const { fake, gateway } = setUp(sheets, { responseLimit: cap, windowBytes: cap / 2 });
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true, indicators: 2_000 });
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.responseBytes[1]).toBeGreaterThan(cap); // the refused answer
    expect(Math.max(...fake.stats.responseBytes.slice(2))).toBeLessThan(cap);
    expectCoreLayout(fake, sheets);
  });

  test("no cell of a user sheet is written", async () => {
    const { fake, gateway } = setUp(workbook(50));
    const before = dump(fake, USER_SHEETS);
    await recap(gateway, ALL_PERIODS, env);
    expect(dump(fake, USER_SHEETS)).toBe(before);
    const writes = fake.stats.ops.filter(
      (op) => op.write && op.sheet && USER_SHEETS.includes(op.sheet)
    );
    expect(writes.map((op) => op.what)).toEqual([]);
  });

  test("every property read comes after its load and a sync", async () => {
    const { fake, gateway } = setUp(workbook(10));
    await recap(gateway, ALL_PERIODS, env);
    const trace = fake.stats.trace;
    trace.forEach((line, i) => {
      if (!line.startsWith("read ")) return;
      const label = line.slice(5).replace(/\.[^.]+$/, "");
      const loadedAt = trace.lastIndexOf(`load ${label}`, i);
      expect(loadedAt).toBeGreaterThanOrEqual(0);
      expect(trace.slice(loadedAt, i).some((l) => l.startsWith("sync"))).toBe(true);
    });
    expect(trace.filter((l) => l.startsWith("read ")).length).toBeGreaterThan(0);
  });

  test("a protected generated sheet is unprotected, rewritten, then protected again", async () => {
    const stale: FakeSheetInit = {
      name: "Tahunan",
      // A stale recap: its marker in row 1, hand-typed text below it.
      rows: [["lama", AUTO_NOTE], [], ["isi lama"]],
      protected: true,
    };
    const { fake, gateway } = setUp([...workbook(10), stale]);
    await recap(gateway, ["tahunan"], env);
    const onTahunan = fake.stats.ops
      .filter((op) => op.sheet === "Tahunan" && op.write)
      .map((op) => op.what);
    const unprotect = onTahunan.indexOf("protection.unprotect");
    const protect = onTahunan.lastIndexOf("protection.protect");
    expect(unprotect).toBe(0);
    expect(protect).toBe(onTahunan.length - 1);
    expect(onTahunan.filter((w) => w.startsWith("set formulas")).length).toBeGreaterThan(0);
    expect(fake.sheet("Tahunan").protected).toBe(true);
    expect(fake.cell("Tahunan", "A3")?.value).toBe(1);
  });

  test("the Tahunan chart is replaced, not duplicated, and each run appends one log row", async () => {
    const { fake, gateway } = setUp(workbook(10));
    await recap(gateway, ALL_PERIODS, env);
    await recap(gateway, ["tahunan"], env);
    expect(fake.sheet("Tahunan").charts).toEqual(["CapaianTahunan"]);
    const log = fake.sheet("Log");
    expect(log.visibility).toBe("VeryHidden");
    expect(fake.cell("Log", "C2")?.value).toBe("rekap");
    expect(fake.cell("Log", "D2")?.value).toBe("Semester I, Semester II, Tahunan");
    expect(fake.cell("Log", "D3")?.value).toBe("Tahunan");
    expect(String(fake.cell("Log", "F3")?.value)).toMatch(/^[0-9a-f]{64}$/);
    expect(fake.cell("Log", "A4")).toBeUndefined();
  });

  test("with a problem in the workbook nothing is written and the problems come back", async () => {
    const sheets = workbook(10);
    const tw3 = sheets.find((s) => s.name === "TW III") as FakeSheetInit;
    tw3.rows[4][4] = { value: "lima" };
    const { fake, gateway } = setUp(sheets);
    const outcome = await recap(gateway, ALL_PERIODS, env);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems).toContainEqual(
        expect.objectContaining({ sheet: "TW III", cell: "E5" })
      );
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.ops.filter((op) => op.write)).toEqual([]);
    for (const name of GENERATED_SHEETS)
      expect(fake.sheets.find((s) => s.name === name)).toBeUndefined();
  });

  test("hosts without ExcelApi 1.9 get the same result in the same number of syncs", async () => {
    const sheets = workbook("sample");
    const { fake, gateway } = setUp(sheets, { modern: false });
    await recap(gateway, ALL_PERIODS, env);
    expect(fake.stats.syncs).toBe(3);
    expectCoreLayout(fake, sheets);
  });
});
