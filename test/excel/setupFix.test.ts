import { createFakeExcel, FakeSheetInit } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { setUpWorkbook } from "../../src/app/setup";
import { applyFixes, previewFixes } from "../../src/app/fix";
import { showProblem } from "../../src/app/overview";
import { PK_SHEET } from "../../src/core/contract";

const env = { now: () => new Date("2024-03-01T02:00:00Z"), user: "uji" };

function setUp(sheets: FakeSheetInit[]) {
  const fake = createFakeExcel(sheets);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost) };
}
const dump = (sheet: { cells: Map<number, unknown> }) => JSON.stringify([...sheet.cells.entries()]);

describe("Siapkan buku kerja", () => {
  test("adds the missing sheets, quarter sheets pre-filled from Perjanjian Kinerja, and leaves the PK alone", async () => {
    const pkOnly = workbook(10).filter((s) => s.name === PK_SHEET);
    const { fake, gateway } = setUp(pkOnly);
    const before = dump(fake.sheet(PK_SHEET));
    const outcome = await setUpWorkbook(gateway, env);
    expect(outcome.created).toEqual([
      "Pengaturan",
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
      "SOP",
      "Tahapan SOP",
      "Log",
    ]);
    expect(outcome.prefilled).toBe(10);
    expect(fake.stats.syncs).toBe(3);
    expect(dump(fake.sheet(PK_SHEET))).toBe(before);
    // Kode, Indikator, Satuan, Target of the first indicator; Realisasi left for the unit to fill.
    expect([..."ABCDE"].map((c) => fake.cell("TW II", `${c}3`)?.value ?? null)).toEqual([
      "IK-00001",
      "Indikator kinerja nomor 1 untuk uji skala",
      "Kasus",
      30,
      null,
    ]);
    expect(fake.cell("TW II", "H3")?.formula).toMatch(
      /^IF\(OR\(NOT\(ISNUMBER\(\$D3\)\),NOT\(ISNUMBER\(\$E3\)\)\)/
    );
    // No Pengaturan yet, so the year is the current one (the PK title's year is not a setting).
    expect(fake.cell("Pengaturan", "B2")?.value).toBe("2024");
    expect(fake.sheet("Log").visibility).toBe("VeryHidden");
    expect(fake.cell("Log", "C2")?.value).toBe("siapkan buku kerja");
    const dropdowns = fake.stats.ops.filter((op) => op.what.endsWith("dataValidation.rule"));
    expect(dropdowns.map((op) => op.sheet)).toEqual(["SOP", "Tahapan SOP"]);
  });

  test("a new workbook gets the PK dropdowns, and running it twice changes nothing", async () => {
    const { fake, gateway } = setUp([{ name: "Sheet1", rows: [] }]);
    await setUpWorkbook(gateway, env);
    const dropdowns = fake.stats.ops.filter((op) => op.what.endsWith("dataValidation.rule"));
    expect(dropdowns.map((op) => op.sheet)).toEqual([PK_SHEET, PK_SHEET, "SOP", "Tahapan SOP"]);
    const writesBefore = fake.stats.ops.filter((op) => op.write).length;
    const again = await setUpWorkbook(gateway, env);
    expect(again.created).toEqual([]);
    expect(fake.stats.ops.filter((op) => op.write).length).toBe(writesBefore);
  });
});

describe("Perbaiki angka", () => {
  function withTypos(): FakeSheetInit[] {
    const sheets = workbook(8);
    const tw3 = sheets.find((s) => s.name === "TW III") as FakeSheetInit;
    tw3.rows[2][4] = { value: "14,5" }; // IK-00001 (Jumlah): text that means 14.5
    // IK-00004 is Rasio with Satuan "%": a typed 75% is stored as 0.75 with a percent format.
    tw3.rows[5][4] = { value: 0.75, numberFormat: "0%" };
    tw3.rows[6][4] = { value: "lima" }; // not a number: a person must fix it
    return sheets;
  }

  test("rewrites exactly the confirmed cells as plain numbers, in one write, and logs it", async () => {
    const { fake, gateway } = setUp(withTypos());
    const preview = await previewFixes(gateway);
    expect(preview.edits.map((e) => [e.sheet, e.row, e.col, e.value])).toEqual([
      ["TW III", 2, 4, 14.5],
      ["TW III", 5, 4, 75],
    ]);
    const others = JSON.stringify(
      [...fake.sheet("TW III").cells.entries()].filter(
        ([k]) => k !== 2 * 16384 + 4 && k !== 5 * 16384 + 4
      )
    );
    const syncsBefore = fake.stats.syncs;
    const outcome = await applyFixes(gateway, preview.edits, env);
    expect(outcome).toEqual({ applied: 2, skipped: 0 });
    expect(fake.stats.syncs - syncsBefore).toBe(3);
    expect(fake.cell("TW III", "E3")).toMatchObject({ value: 14.5, numberFormat: "General" });
    expect(fake.cell("TW III", "E6")).toMatchObject({ value: 75, numberFormat: "General" });
    expect(fake.cell("TW III", "E7")?.value).toBe("lima");
    expect(
      JSON.stringify(
        [...fake.sheet("TW III").cells.entries()].filter(
          ([k]) => k !== 2 * 16384 + 4 && k !== 5 * 16384 + 4
        )
      )
    ).toBe(others);
    expect(fake.cell("Log", "E2")?.value).toBe("TW III!E3=14.5; TW III!E6=75");
  });

  test("a cell changed after the preview is left alone", async () => {
    const { fake, gateway } = setUp(withTypos());
    const preview = await previewFixes(gateway);
    fake.sheet("TW III").cells.set(2 * 16384 + 4, { value: "15,5" }); // someone retyped it meanwhile
    const outcome = await applyFixes(gateway, preview.edits, env);
    expect(outcome).toEqual({ applied: 1, skipped: 1 });
    expect(fake.cell("TW III", "E3")?.value).toBe("15,5");
  });

  test("a protected user sheet stops the fix with a typed error, and nothing is logged", async () => {
    const sheets = withTypos();
    (sheets.find((s) => s.name === "TW III") as FakeSheetInit).protected = true;
    const { fake, gateway } = setUp(sheets);
    const preview = await previewFixes(gateway);
    await expect(applyFixes(gateway, preview.edits, env)).rejects.toMatchObject({
      name: "ExcelError",
      kind: "accessDenied",
    });
    expect(fake.cell("Log", "A2")).toBeUndefined();
  });
});

describe("selecting a problem's cell", () => {
  test("activates the sheet and selects the cell; a missing sheet is a typed ItemNotFound", async () => {
    const { fake, gateway } = setUp(workbook(3));
    await showProblem(gateway, {
      sheet: "TW II",
      cell: "E4",
      text: { key: "kodeBlank" },
      message: "x",
      severity: "error",
    });
    expect(fake.stats.ops.map((op) => op.what)).toEqual([
      "getItem TW II",
      "activate TW II",
      "select TW II!E4",
    ]);
    await expect(gateway.select("TW 2", "A1")).rejects.toMatchObject({ kind: "itemNotFound" });
  });
});
