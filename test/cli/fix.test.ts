// `fix` rewrites fixable cells as plain numbers; when such a cell holds a formula, the user's
// calculation is gone from it, so fix says which formula it replaced.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { cli } from "../helpers/cli";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";

test("fix that replaces a formula says so and shows the formula", async () => {
  const file = await writeBook(tmpDir(), "rumus.xlsx", sampleSheets());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  // IK-07 (Satuan %) in TW II: a percent-formatted fraction computed by a formula.
  const percent = book.getWorksheet("TW II")!.getCell("E9");
  percent.value = { formula: "31/100", result: 0.31 } as ExcelJS.CellFormulaValue;
  percent.numFmt = "0%";
  // IK-02 in TW I: a formula whose result is a number as text.
  book.getWorksheet("TW I")!.getCell("E4").value = {
    formula: `"26,0"`,
    result: "26,0",
  } as ExcelJS.CellFormulaValue;
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));

  const check = await cli("check", file);
  expect(check.code).toBe(1);
  expect(check.out).toContain(
    "TW II!E9: Realisasi berformat persen (31%) tersimpan sebagai 0,31 — dibaca 31 — sel ini berisi rumus =31/100, fix menggantinya dengan angka"
  );

  const fix = await cli("fix", file);
  expect(fix.code).toBe(0);
  expect(fix.out).toContain(`TW I!E4: rumus ="26,0" diganti dengan angka 26 (`);
  expect(fix.out).toContain("TW II!E9: rumus =31/100 diganti dengan angka 31 (");
  expect(fix.out).toContain("2 sel diperbaiki (2 rumus diganti angka)");

  const after = readSnapshot(readFileSync(file));
  const cell = (sheet: string, row: number) =>
    after.sheets.find((s) => s.name === sheet)?.rows[row]?.[4];
  expect(cell("TW I", 3)).toEqual({ value: 26 });
  expect(cell("TW II", 8)).toEqual({ value: 31 });
  expect((await cli("check", file)).code).toBe(0);
});
