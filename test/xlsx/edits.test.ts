import { strFromU8 } from "fflate";
import { cellAt, findSheet } from "../../src/core/workbook";
import { patchPackage, readSnapshot, XlsxError } from "../../src/xlsx";
import {
  entryText,
  excelJsBytes,
  handPackage,
  loadExcelJs,
  REL,
  sheetXml,
  unzip,
  withParts,
} from "./fixtures";

const changedEntries = (x: Uint8Array, y: Uint8Array): string[] => {
  const a = unzip(x);
  const b = unzip(y);
  return Object.keys({ ...a, ...b })
    .filter((n) => !a[n] || !b[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0)
    .sort();
};

const styles =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="1" fillId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0"/></cellXfs>` +
  `</styleSheet>`;
const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kode</t></si><si><t>14,5</t></si><si><t>Realisasi</t></si></sst>`;

// Exact texts of the cells the edits touch, so the expected part can be written down literally.
const E2 = `<c r="E2" s="2" t="s"><v>1</v></c>`;
const E3 = `<c r="E3" s="1"><v>0.75</v></c>`;
const E4 = `<c r="E4"><f>D4*2</f><v>6</v></c>`;
const E5 = `<c r="E5" s="2" t="inlineStr"><is><t>1.234,5</t></is></c>`;
const E6 = `<c r="E6" t="s"/>`;
const rows =
  `<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="E1" t="s"><v>2</v></c></row>\n` +
  `<row r="2" spans="1:5"><c r="A2"><v>1</v></c>${E2}<c r="F2"><v>9</v></c></row>\n` +
  `<row r="3"><c r="A3"><v>2</v></c>${E3}</row>\n` +
  `<row r="4"><c r="D4"><v>3</v></c>${E4}</row>\n` +
  `<row r="5">${E5}</row>\n` +
  `<row r="6" ht="20" customHeight="1">${E6}</row>\n` +
  `<row r="7" ht="20" customHeight="1"/>\n` +
  `<row r="8"><c r="B8"><v>1</v></c><c r="F8"><v>2</v></c></row>\n` +
  `<row r="12"><c r="A12"><v>12</v></c></row>`;
const plain = handPackage(
  [
    { name: "Perjanjian Kinerja", xml: sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) },
    {
      name: "TW III",
      xml: sheetXml(
        rows,
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`
      ),
    },
  ],
  { styles, sharedStrings: shared }
);
const sheet2 = "xl/worksheets/sheet2.xml";
// Excel's calculation chain lists E4 as a formula cell.
const before = withParts(plain, {
  "xl/calcChain.xml": `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E4" i="2"/></calcChain>`,
  "xl/_rels/workbook.xml.rels": entryText(plain, "xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    `<Relationship Id="rId95" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`
  ),
  "[Content_Types].xml": entryText(plain, "[Content_Types].xml").replace(
    "</Types>",
    `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
  ),
});

const edits = [
  { sheet: "TW III", row: 1, col: 4, value: 14.5, plainFormat: false }, // shared string "14,5"
  { sheet: "TW III", row: 2, col: 4, value: 75, plainFormat: true }, // 75% stored as 0.75
  { sheet: "TW III", row: 3, col: 4, value: 6, plainFormat: false }, // a formula replaced
  { sheet: "TW III", row: 4, col: 4, value: 1234.5, plainFormat: true }, // inline string in a "@" cell
  { sheet: "TW III", row: 5, col: 4, value: 7, plainFormat: false }, // self-closing cell
  { sheet: "TW III", row: 6, col: 2, value: 8, plainFormat: false }, // self-closing row
  { sheet: "TW III", row: 7, col: 3, value: 9, plainFormat: false }, // missing cell between two
  { sheet: "TW III", row: 7, col: 8, value: 10, plainFormat: false }, // missing cell at the end
  { sheet: "TW III", row: 9, col: 1, value: 11, plainFormat: false }, // missing rows, in order
  { sheet: "TW III", row: 8, col: 0, value: 12, plainFormat: false },
  { sheet: "TW III", row: 20, col: 0, value: 13, plainFormat: false }, // after the last row
];

describe("patchPackage with cell edits (the fix command)", () => {
  const after = patchPackage(before, { sheets: [], edits });

  test("exactly the edited cells change; the rest of the part is the same text", () => {
    const expected = sheetXml(
      rows
        .replace(E2, `<c r="E2" s="2"><v>14.5</v></c>`)
        .replace(E3, `<c r="E3" s="3"><v>75</v></c>`)
        .replace(E4, `<c r="E4"><v>6</v></c>`)
        .replace(E5, `<c r="E5"><v>1234.5</v></c>`)
        .replace(E6, `<c r="E6"><v>7</v></c>`)
        .replace(
          `<row r="7" ht="20" customHeight="1"/>`,
          `<row r="7" ht="20" customHeight="1"><c r="C7"><v>8</v></c></row>`
        )
        .replace(
          `<c r="F8"><v>2</v></c></row>`,
          `<c r="D8"><v>9</v></c><c r="F8"><v>2</v></c><c r="I8"><v>10</v></c></row>`
        )
        .replace(
          `<row r="12">`,
          `<row r="9"><c r="A9"><v>12</v></c></row><row r="10"><c r="B10"><v>11</v></c></row><row r="12">`
        )
        .replace(/$/, `<row r="21"><c r="A21"><v>13</v></c></row>`),
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`
    );
    expect(entryText(after, sheet2)).toBe(expected);
  });

  test("plain format: a copy of the cell's style with General, appended; General styles reused", () => {
    const xml = entryText(after, "xl/styles.xml");
    expect(xml).toContain(
      `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="1" fillId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0"/>` +
        `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs>`
    );
    // "@" (xf 2) copied with General is xf 0 exactly: reused, not appended (E5 has no s).
  });

  test("other entries are untouched; calcChain goes because a formula was replaced", () => {
    expect(changedEntries(before, after)).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      sheet2,
    ]);
    expect(entryText(after, "xl/workbook.xml")).toMatch(
      /<calcPr fullCalcOnLoad="1"\/><\/workbook>$/
    );
    expect(entryText(after, "[Content_Types].xml")).toBe(entryText(plain, "[Content_Types].xml"));
    expect(entryText(after, "xl/_rels/workbook.xml.rels")).toBe(
      entryText(plain, "xl/_rels/workbook.xml.rels")
    );
  });

  test("edits that replace no formula keep calcChain", () => {
    const out = patchPackage(before, { sheets: [], edits: [edits[0]] });
    expect(changedEntries(before, out)).toEqual(["xl/workbook.xml", sheet2]);
  });

  test("read back: numbers, General where asked", () => {
    const s = findSheet(readSnapshot(after), "TW III")!;
    expect(cellAt(s, 1, 4)).toEqual({ value: 14.5, numFmt: "@" });
    expect(cellAt(s, 2, 4)).toEqual({ value: 75 });
    expect(cellAt(s, 3, 4)).toEqual({ value: 6 });
    expect(cellAt(s, 4, 4)).toEqual({ value: 1234.5 });
    expect(cellAt(s, 9, 1)).toEqual({ value: 11 });
    expect(cellAt(s, 1, 5)).toEqual({ value: 9 });
  });

  test("running the same fix again changes nothing", () => {
    const again = patchPackage(after, { sheets: [], edits });
    expect(Buffer.compare(Buffer.from(again), Buffer.from(after))).toBe(0);
  });

  test("an unknown sheet is refused", () => {
    expect(() =>
      patchPackage(before, { sheets: [], edits: [{ ...edits[0], sheet: "TW IX" }] })
    ).toThrow(XlsxError);
  });

  test("on an ExcelJS workbook: one cell, nothing else", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("TW I");
      ws.addRow(["Kode", "Realisasi", "Keterangan"]);
      ws.addRow(["IK-01", "14,5", "catatan"]);
      ws.addRow(["IK-02", 0.75, "lain"]);
      ws.getCell("B3").numFmt = "0%";
    });
    const out = patchPackage(bytes, {
      sheets: [],
      edits: [
        { sheet: "TW I", row: 1, col: 1, value: 14.5, plainFormat: false },
        { sheet: "TW I", row: 2, col: 1, value: 75, plainFormat: true },
      ],
    });
    const a = unzip(bytes);
    const b = unzip(out);
    expect(changedEntries(bytes, out)).toEqual([
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const oldXml = strFromU8(a["xl/worksheets/sheet1.xml"]);
    const newXml = strFromU8(b["xl/worksheets/sheet1.xml"]);
    const cells = (xml: string) => xml.match(/<c [^>]*?(\/>|>.*?<\/c>)/g)!;
    const diff = cells(newXml).filter((c, i) => c !== cells(oldXml)[i]);
    expect(diff).toEqual([
      `<c r="B2"><v>14.5</v></c>`,
      expect.stringMatching(/^<c r="B3" s="\d+"><v>75<\/v><\/c>$/),
    ]);
    const wb = await loadExcelJs(out);
    expect(wb.getWorksheet("TW I")!.getCell("B2").value).toBe(14.5);
    expect(wb.getWorksheet("TW I")!.getCell("B3").value).toBe(75);
    expect(wb.getWorksheet("TW I")!.getCell("B3").numFmt ?? "General").toBe("General");
    expect(wb.getWorksheet("TW I")!.getCell("C2").value).toBe("catatan");
  });

  test("replacing the master of a shared formula writes the followers' formulas out", () => {
    const data =
      `<row r="2"><c r="D2"><v>1</v></c><c r="E2" s="1"><f t="shared" ref="E2:E4" si="0">D2/4</f><v>0.25</v></c></row>` +
      `<row r="3"><c r="D3"><v>2</v></c><c r="E3" s="1"><f t="shared" si="0"/><v>0.5</v></c></row>` +
      `<row r="4"><c r="D4"><v>3</v></c><c r="E4" s="1"><f t="shared" si="0"></f><v>0.75</v></c></row>`;
    const bytes = handPackage([{ name: "TW I", xml: sheetXml(data) }], { styles });
    const out = patchPackage(bytes, {
      sheets: [],
      edits: [{ sheet: "TW I", row: 1, col: 4, value: 25, plainFormat: true }],
    });
    expect(entryText(out, "xl/worksheets/sheet1.xml")).toBe(
      sheetXml(
        data
          .replace(
            `<c r="E2" s="1"><f t="shared" ref="E2:E4" si="0">D2/4</f><v>0.25</v></c>`,
            `<c r="E2" s="3"><v>25</v></c>`
          )
          .replace(`<f t="shared" si="0"/>`, `<f>D3/4</f>`)
          .replace(`<f t="shared" si="0"></f>`, `<f>D4/4</f>`)
      )
    );
    // A follower replaced alone leaves the master as it is.
    const one = patchPackage(bytes, {
      sheets: [],
      edits: [{ sheet: "TW I", row: 2, col: 4, value: 50, plainFormat: false }],
    });
    expect(entryText(one, "xl/worksheets/sheet1.xml")).toBe(
      sheetXml(
        data.replace(
          `<c r="E3" s="1"><f t="shared" si="0"/><v>0.5</v></c>`,
          `<c r="E3" s="1"><v>50</v></c>`
        )
      )
    );
  });

  test("a sheet part without sheetData is reported, not crashed on", () => {
    const broken = withParts(before, {
      [sheet2]: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
    });
    expect(() => patchPackage(broken, { sheets: [], edits })).toThrow(XlsxError);
  });
});
