import { cellAt, findSheet, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook";
import { readSnapshot } from "../../src/xlsx";
import { isoToSerial } from "../../src/xlsx/sheet-cells";
import { excelJsBytes, handPackage, sheetXml } from "./fixtures";

const sheet = (book: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = findSheet(book, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe("readSnapshot on an ExcelJS workbook", () => {
  let book: WorkbookSnapshot;
  const long = "x".repeat(10000);

  beforeAll(async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("TW I");
      ws.getCell("A1").value = "Kode";
      ws.getCell("B1").value = 14.5;
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = { error: "#REF!" } as never;
      ws.getCell("E1").value = 0.75;
      ws.getCell("E1").numFmt = "0%";
      ws.getCell("F1").value = new Date(Date.UTC(2023, 5, 30));
      ws.getCell("G1").value = { formula: "B1*2", result: 29 } as never;
      ws.getCell("H1").value = {
        richText: [{ text: "Rea" }, { font: { bold: true }, text: "lisasi" }],
      };
      ws.getCell("I1").value = 12;
      ws.getCell("I1").numFmt = '#,##0.0" kasus"';
      ws.getCell("A3").value = long;
      ws.getRow(3).hidden = true;
      ws.getCell("B3").value = "gabung";
      ws.mergeCells("B3:D3");
      ws.getCell("A5").value = '  spasi & <tanda> "kutip"  ';
      wb.addWorksheet("Kosong");
      wb.addWorksheet("Perjanjian Kinerja").getCell("B2").value = "IK-01";
    });
    book = readSnapshot(bytes);
  });

  test("sheets in workbook order", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["TW I", "Kosong", "Perjanjian Kinerja"]);
    expect(sheet(book, "Kosong").rows).toEqual([]);
  });

  test("values by type", () => {
    const s = sheet(book, "TW I");
    expect(cellAt(s, 0, 0)).toEqual({ value: "Kode" });
    expect(cellAt(s, 0, 1)).toEqual({ value: 14.5 });
    expect(cellAt(s, 0, 2)).toEqual({ value: true });
    expect(cellAt(s, 0, 3)).toEqual({ value: { error: "#REF!" } });
    expect(cellAt(s, 0, 4)).toEqual({ value: 0.75, numFmt: "0%" });
    expect(cellAt(s, 0, 6)).toEqual({ value: 29, formula: "B1*2" });
    expect(cellAt(s, 0, 7)).toEqual({ value: "Realisasi" });
    expect(cellAt(s, 0, 8)).toEqual({ value: 12, numFmt: '#,##0.0" kasus"' });
    expect(cellAt(s, 1, 0)).toBeUndefined();
  });

  test("a date is its serial number with a date format", () => {
    const c = cellAt(sheet(book, "TW I"), 0, 5)!;
    expect(c.value).toBe(45107); // 30 June 2023
    expect(c.numFmt).toMatch(/[dmy]/);
  });

  test("hidden rows, merged cells, long strings and XML entities are plain values", () => {
    const s = sheet(book, "TW I");
    expect(cellAt(s, 2, 0)?.value).toBe(long);
    expect(cellAt(s, 2, 1)?.value).toBe("gabung");
    expect(cellAt(s, 2, 2)).toBeUndefined();
    expect(cellAt(s, 4, 0)?.value).toBe('  spasi & <tanda> "kutip"  ');
    expect(cellAt(sheet(book, "Perjanjian Kinerja"), 1, 1)?.value).toBe("IK-01");
  });
});

describe("readSnapshot on hand-written XML", () => {
  const styles =
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; %&quot;"/></numFmts>` +
    `<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/><xf numFmtId="10"/></cellXfs></styleSheet>`;
  const shared =
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">` +
    `<si><t>Kode</t></si>` +
    `<si><r><rPr><b/></rPr><t>Tar</t></r><r><t xml:space="preserve">get </t></r><rPh sb="0" eb="1"><t>フリ</t></rPh></si>` +
    `<si><t>baris_x000D_baru &amp; lain</t></si>` +
    `<si><t/></si></sst>`;
  const data =
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>` +
    `<c r="B2" t="str"><f>A2&amp;"!"</f><v>inline!</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
    `<c r="D2" t="b"><v>0</v></c><c r="E2" s="1"><v>0.755</v></c><c r="F2" t="d"><v>2024-02-29T12:00:00</v></c>` +
    `<c r="G2" s="2"><v>45000</v></c><c r="H2" s="3"><v>75</v></c><c r="I2" s="4" t="s"><v>0</v></c></row>` +
    // A formula whose cached result is 0, one without a cached result, a shared formula.
    `<row r="3"><c r="A3"><f>B3-B3</f><v>0</v></c><c r="B3"><f>NOW()</f></c>` +
    `<c r="C3"><f t="shared" ref="C3:C5" si="0">A3+$A$3+SUM(B3:B4)</f><v>1</v></c></row>` +
    `<row r="4"><c r="C4"><f t="shared" si="0"/><v>2</v></c></row>` +
    `<row r="5"><c r="C5"><f t="shared" si="7"/><v>3</v></c></row>` +
    // Rows and cells without r: positioned by order.
    `<row><c><v>1</v></c><c><v>2</v></c><c r="E6"><v>5</v></c><c><v>6</v></c></row>` +
    `<row r="9" hidden="1"><c r="B9" s="5"><v>0.5</v></c><c r="C9" s="1"/></row><row/><row><c><v>11</v></c></row>`;

  const book = readSnapshot(
    handPackage([{ name: "TW II", xml: sheetXml(data) }], { styles, sharedStrings: shared })
  );
  const s = sheet(book, "TW II");

  test("shared strings: plain, rich runs without phonetics, escapes, empty", () => {
    expect(s.rows[0].map((c) => c?.value)).toEqual(["Kode", "Target ", "baris\rbaru & lain", ""]);
  });

  test("inline strings, str, error, boolean, percent, ISO date, builtin and custom formats", () => {
    expect(cellAt(s, 1, 0)).toEqual({ value: "inline" });
    expect(cellAt(s, 1, 1)).toEqual({ value: "inline!", formula: 'A2&"!"' });
    expect(cellAt(s, 1, 2)).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
    expect(cellAt(s, 1, 3)).toEqual({ value: false });
    expect(cellAt(s, 1, 4)).toEqual({ value: 0.755, numFmt: "0%" });
    expect(cellAt(s, 1, 5)).toEqual({ value: 45351.5, numFmt: "m/d/yyyy" });
    expect(cellAt(s, 1, 6)).toEqual({ value: 45000, numFmt: "m/d/yyyy" });
    expect(cellAt(s, 1, 7)).toEqual({ value: 75, numFmt: '0.0" %"' });
    expect(cellAt(s, 1, 8)).toEqual({ value: "Kode", numFmt: "@" });
  });

  test("formulas: cached 0 is 0, no cached value is marked uncached, shared followers get shifted text", () => {
    expect(cellAt(s, 2, 0)).toEqual({ value: 0, formula: "B3-B3" });
    expect(cellAt(s, 2, 1)).toEqual({
      value: null,
      formula: "NOW()",
      unreadable: { kind: "uncached" },
    });
    expect(cellAt(s, 2, 2)).toEqual({ value: 1, formula: "A3+$A$3+SUM(B3:B4)" });
    expect(cellAt(s, 3, 2)).toEqual({ value: 2, formula: "A4+$A$3+SUM(B4:B5)" });
    expect(cellAt(s, 4, 2)).toEqual({ value: 3, formula: "(shared)" }); // master unknown
  });

  test("rows and cells without r follow their predecessors", () => {
    expect(s.rows[5].map((c) => c?.value)).toEqual([1, 2, undefined, undefined, 5, 6]);
    expect(cellAt(s, 8, 1)).toEqual({ value: 0.5, numFmt: "0.00%" });
    expect(cellAt(s, 8, 2)).toBeUndefined(); // styled but empty
    expect(cellAt(s, 10, 0)?.value).toBe(11);
  });

  test("only the requested sheets", () => {
    const bytes = handPackage([
      { name: "A", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
      { name: "B", xml: sheetXml(`<row r="1"><c r="A1"><v>2</v></c></row>`) },
      { name: "C", xml: "this part is not even XML" },
    ]);
    const only = readSnapshot(bytes, { sheets: ["B", "Tidak Ada"] });
    expect(only.sheets).toEqual([{ name: "B", rows: [[{ value: 2 }]] }]);
  });

  test("prefixed namespaces, absolute targets, no styles and no shared strings", () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const got = readSnapshot(
      handPackage([{ name: "P", xml, target: "/xl/worksheets/sheet1.xml" }])
    );
    expect(got.sheets[0].rows[1]).toEqual([undefined, { value: "ok" }, { value: 3 }]);
  });

  test("the 1904 date system", () => {
    const got = readSnapshot(
      handPackage(
        [{ name: "D", xml: sheetXml(`<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>`) }],
        { workbookPr: `<workbookPr date1904="1"/>` }
      )
    );
    expect(got.sheets[0].rows[0][0]?.value).toBe(1);
  });
});

test("ISO dates to serials, including Excel's 1900 leap-year quirk", () => {
  expect(isoToSerial("1900-01-01", false)).toBe(1);
  expect(isoToSerial("1900-02-28", false)).toBe(59);
  expect(isoToSerial("1900-03-01", false)).toBe(61);
  expect(isoToSerial("2023-06-30T18:00:00Z", false)).toBe(45107.75);
  expect(isoToSerial("2023-06-30T18:00:00.000+07:00", false)).toBe(45107.75);
  expect(isoToSerial("12:00", false)).toBe(0.5);
  expect(isoToSerial("bukan tanggal", false)).toBeUndefined();
});

test("ISO text that is not wholly a real date and time is no date", () => {
  for (const text of [
    "2023-06-30xyz",
    " 2023-06-30",
    "2023-02-30",
    "2023-13-01",
    "2023-06-30T25:00",
    "2023-06-30T12:60",
    "2023-6-30",
  ])
    expect([text, isoToSerial(text, false)]).toEqual([text, undefined]);
});

describe("cached values the file does not hold as valid", () => {
  // Each cell alone in row 1 of its own sheet, so the expectations read one cell each.
  const read = (cellXml: string, shared?: string) => {
    const book = readSnapshot(
      handPackage(
        [{ name: "S", xml: sheetXml(`<row r="1">${cellXml.replace("<c ", '<c r="A1" ')}</row>`) }],
        shared
          ? {
              sharedStrings: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>satu</t></si></sst>`,
            }
          : {}
      )
    );
    return cellAt(book.sheets[0], 0, 0);
  };
  const invalid = (stored: string, as: string) => ({ kind: "invalid", stored, as });

  test("a number token is the XML number grammar, nothing more", () => {
    expect(read(`<c><v>-1.5E+3</v></c>`)).toEqual({ value: -1500 });
    expect(read(`<c><v>.5</v></c>`)).toEqual({ value: 0.5 });
    expect(read(`<c><v>+7</v></c>`)).toEqual({ value: 7 });
    expect(read(`<c><v>12.</v></c>`)).toEqual({ value: 12 });
    for (const stored of [
      "0x1E",
      "1e",
      " 12",
      "12 ",
      "Infinity",
      "-Infinity",
      "NaN",
      "INF",
      "1,5",
      "1e999",
      "0b11",
      "١٢",
    ])
      expect(read(`<c><v>${stored}</v></c>`)).toEqual({
        value: null,
        unreadable: invalid(stored, "number"),
      });
  });

  test("a formula's bad cached number keeps its formula", () => {
    expect(read(`<c><f>20+7</f><v>0x1E</v></c>`)).toEqual({
      value: null,
      formula: "20+7",
      unreadable: invalid("0x1E", "number"),
    });
  });

  test("a formula without <v>, or with an empty number, has no saved result", () => {
    const uncached = { kind: "uncached" };
    expect(read(`<c><f>20+7</f></c>`)).toEqual({
      value: null,
      formula: "20+7",
      unreadable: uncached,
    });
    expect(read(`<c><f>20+7</f><v></v></c>`)).toEqual({
      value: null,
      formula: "20+7",
      unreadable: uncached,
    });
    expect(read(`<c t="str"><f>A1&amp;"x"</f></c>`)).toEqual({
      value: null,
      formula: 'A1&"x"',
      unreadable: uncached,
    });
    expect(read(`<c t="b"><f>1=1</f></c>`)).toEqual({
      value: null,
      formula: "1=1",
      unreadable: uncached,
    });
  });

  test("a text formula whose saved result is empty shows blank: a saved result, not a problem", () => {
    expect(read(`<c t="str"><f>IF(1,"","x")</f><v></v></c>`)).toEqual({
      value: "",
      formula: 'IF(1,"","x")',
    });
    expect(read(`<c t="str"><f>IF(1,"","x")</f><v/></c>`)).toEqual({
      value: "",
      formula: 'IF(1,"","x")',
    });
  });

  test("an empty <v/> without a formula is a blank cell", () => {
    expect(read(`<c><v></v></c>`)).toBeUndefined();
  });

  test("booleans, errors, dates and shared-string indexes that are not what their type says", () => {
    expect(read(`<c t="b"><v>true</v></c>`)).toEqual({ value: true });
    expect(read(`<c t="b"><v>2</v></c>`)).toEqual({
      value: null,
      unreadable: invalid("2", "boolean"),
    });
    expect(read(`<c t="e"><v></v></c>`)).toEqual({ value: null, unreadable: invalid("", "error") });
    expect(read(`<c t="d"><v>2023-02-30</v></c>`)).toEqual({
      value: null,
      unreadable: invalid("2023-02-30", "date"),
    });
    expect(read(`<c t="s"><v>0</v></c>`, "shared")).toEqual({ value: "satu" });
    expect(read(`<c t="s"><v>1</v></c>`, "shared")).toEqual({
      value: null,
      unreadable: invalid("1", "sharedString"),
    });
    expect(read(`<c t="s"><v>0x0</v></c>`, "shared")).toEqual({
      value: null,
      unreadable: invalid("0x0", "sharedString"),
    });
  });
});
