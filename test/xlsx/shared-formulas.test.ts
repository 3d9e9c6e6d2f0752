// Formula columns (SheetPatch.formulaColumns) are written as shared formulas: the text once, on the
// first cell, and every reader still sees each row's own formula.
import { patchPackage, readSnapshot } from "../../src/xlsx";
import { SheetPatch } from "../../src/core/workbook";
import { entryText, handPackage, loadExcelJs, sheetXml } from "./fixtures";

const base = handPackage([
  { name: "Data", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
]);

/** Row i (1-based data row) of the expected sheet: values, and the formula every reader must see. */
const expected = (i: number) => ({
  doubled: { value: 2 * i, formula: `$A${i + 1}*2` },
  text: { value: `a${i}`, formula: `"a"&$A${i + 1}` },
});

function sheet(): SheetPatch {
  const rows: SheetPatch["rows"] = [[{ value: "Angka" }, { value: "Dua kali" }, { value: "Teks" }]];
  // Cells of formula columns carry only their computed values; the formula is the column's.
  for (let i = 1; i <= 4; i++) rows.push([{ value: i }, { value: 2 * i }, { value: `a${i}` }]);
  return {
    name: "Hasil",
    rows,
    columns: [],
    frozenRows: 1,
    protect: false,
    formulaColumns: [
      { col: 1, firstRow: 1, lastRow: 4, r1c1: "RC1*2", a1: ["$A", "*2"] },
      { col: 2, firstRow: 1, lastRow: 4, r1c1: `"a"&RC1`, a1: [`"a"&$A`, ""] },
    ],
  };
}

test("the first cell carries the text and the range, the others the group's index", () => {
  const out = patchPackage(base, { sheets: [sheet()], edits: [] });
  const xml = entryText(out, "xl/worksheets/sheet2.xml");
  expect(xml).toContain(`<c r="B2"><f t="shared" ref="B2:B5" si="0">$A2*2</f><v>2</v></c>`);
  expect(xml).toContain(`<c r="B5"><f t="shared" si="0"/><v>8</v></c>`);
  expect(xml).toContain(
    `<c r="C2" t="str"><f t="shared" ref="C2:C5" si="1">"a"&amp;$A2</f><v>a1</v></c>`
  );
  expect(xml.match(/<f /g)).toHaveLength(8);
});

test("every row reads back with its own formula and value, in our reader and in ExcelJS", async () => {
  const patch = sheet();
  const out = patchPackage(base, { sheets: [patch], edits: [] });
  const rows = readSnapshot(out).sheets.find((s) => s.name === "Hasil")?.rows ?? [];
  for (let i = 1; i <= 4; i++) {
    expect(rows[i]?.[1]).toEqual(expected(i).doubled);
    expect(rows[i]?.[2]).toEqual(expected(i).text);
  }
  const ws = (await loadExcelJs(out)).getWorksheet("Hasil")!;
  expect(ws.getCell("B2").formula).toBe("$A2*2");
  expect(ws.getCell("B4").result).toBe(6);
  expect(ws.getCell("B4").formula).toBe("$A4*2");
});
