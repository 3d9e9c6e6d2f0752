import { strFromU8 } from "fflate";
import { cellAt, findSheet, OutCell, SheetPatch, WorkbookPatch } from "../../src/core/workbook";
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

/** A user workbook as `init` would make it, plus what users and Excel add later: a chart on the
 *  old recap sheet, a calculation chain, defined names. */
async function userWorkbook(): Promise<Uint8Array> {
  const bytes = await excelJsBytes((wb) => {
    const tw = wb.addWorksheet("TW I");
    tw.addRow(["Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]);
    tw.addRow(["IK-01", "Persentase penegakan perda", "%", 25, "14,5"]);
    tw.addRow(["IK-02", "Jumlah patroli", "Kali", 30, 28]);
    tw.getCell("E4").value = { formula: "D3*2", result: 60 } as never;
    tw.getCell("D2").numFmt = "0.0";
    tw.getCell("A1").font = { bold: true };
    tw.pageSetup.printArea = "A1:E10";
    const old = wb.addWorksheet("Semester I");
    old.getCell("A1").value = "rekap lama";
    old.getCell("B2").value = { formula: "'TW I'!D2", result: 25 } as never;
    wb.addWorksheet("Pengaturan").addRow(["Kunci", "Nilai"]);
    wb.definedNames.add("'TW I'!$A$1:$E$3", "data_tw1");
  });
  const parts = unzip(bytes);
  const sem = strFromU8(parts["xl/worksheets/sheet2.xml"]).replace(
    "</worksheet>",
    `<drawing r:id="rId7"/></worksheet>`
  );
  const withCalc = strFromU8(parts["xl/_rels/workbook.xml.rels"]).replace(
    "</Relationships>",
    `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`
  );
  const types = strFromU8(parts["[Content_Types].xml"]).replace(
    "</Types>",
    `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
  );
  return withParts(bytes, {
    "xl/worksheets/sheet2.xml": sem,
    "xl/worksheets/_rels/sheet2.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    "xl/drawings/drawing1.xml": `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`,
    "xl/calcChain.xml": `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E4" i="1"/><c r="B2" i="2"/></calcChain>`,
    "xl/_rels/workbook.xml.rels": withCalc,
    "[Content_Types].xml": types,
  });
}

const recapRows = (title: string): OutCell[][] => [
  [{ value: title, style: "title" }],
  [{ value: "dibuat otomatis — jangan diketik", style: "subtitle" }],
  [
    { value: "No", style: "header" },
    { value: "Kode", style: "header" },
    { value: "Target", style: "header" },
    { value: "Capaian (%)", style: "header" },
    { value: "Status", style: "header" },
    { value: "Teks", style: "header" },
  ],
  [
    { value: 1, style: "integer" },
    { value: "IK-01", formula: "'TW I'!A2", style: "text" },
    { value: 25, formula: "'TW I'!D2", style: "number" },
    {
      value: 58.000000000000007,
      formula: "'TW I'!D2/'TW I'!D2*58.000000000000007",
      style: "decimal",
    },
    { value: "", formula: `IF(1=1,"","x")`, style: "text" },
    { value: 'A & B <c> "d"\u0001\u0007 akhir ', style: "text" },
  ],
  [
    { value: null, formula: "NOW()", style: "number" },
    { value: null, style: "header" },
    { value: null },
    { value: 0.1 + 0.2 },
  ],
];

const recap = (name: string, frozenRows = 3): SheetPatch => ({
  name,
  rows: recapRows(`Rekap Kinerja ${name} Tahun 2023`),
  columns: [{ width: 6 }, { width: 12 }, { width: 10.5 }, { width: 12, hidden: true }],
  frozenRows,
  protect: true,
});

const patch: WorkbookPatch = { sheets: [recap("Semester I"), recap("Tahunan")], edits: [] };

/** Entry names whose uncompressed bytes differ between two packages (added and removed included). */
function changedEntries(a: Uint8Array, b: Uint8Array): string[] {
  const ea = unzip(a);
  const eb = unzip(b);
  const names = new Set([...Object.keys(ea), ...Object.keys(eb)]);
  return [...names]
    .filter((n) => !ea[n] || !eb[n] || Buffer.compare(Buffer.from(ea[n]), Buffer.from(eb[n])) !== 0)
    .sort();
}

const section = (xml: string, name: string): string =>
  new RegExp(`<${name}[^>]*>(.*?)</${name}>`, "s").exec(xml)?.[1] ?? "";

describe("patchPackage with generated sheets", () => {
  let before: Uint8Array;
  let after: Uint8Array;

  beforeAll(async () => {
    before = await userWorkbook();
    after = patchPackage(before, patch);
  });

  test("only the owned entries change; calcChain goes, the new sheet part comes", () => {
    expect(changedEntries(before, after)).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet4.xml",
    ]);
    expect(Object.keys(unzip(after))[0]).toBe("[Content_Types].xml");
    expect(unzip(after)["xl/calcChain.xml"]).toBeUndefined();
    expect(entryText(after, "xl/_rels/workbook.xml.rels")).not.toMatch(/calcChain/);
    expect(entryText(after, "[Content_Types].xml")).not.toMatch(/calcChain/);
    expect(entryText(after, "[Content_Types].xml")).toMatch(
      /PartName="\/xl\/worksheets\/sheet4.xml" ContentType="[^"]*worksheet\+xml"/
    );
  });

  test("workbook.xml: the new sheet at the end, names untouched, recalculation on open", () => {
    const old = entryText(before, "xl/workbook.xml");
    const xml = entryText(after, "xl/workbook.xml");
    expect(section(xml, "sheets").startsWith(section(old, "sheets"))).toBe(true);
    expect(section(xml, "sheets")).toMatch(/<sheet name="Tahunan" sheetId="4" r:id="rId\d+"\/>$/);
    expect(section(xml, "definedNames")).toBe(section(old, "definedNames"));
    expect(xml).toMatch(/<calcPr calcId="\d+" fullCalcOnLoad="1"\/>/);
    const rId = /name="Tahunan" sheetId="4" r:id="(rId\d+)"/.exec(xml)![1];
    expect(entryText(after, "xl/_rels/workbook.xml.rels")).toContain(
      `Id="${rId}" Type="${REL}/worksheet" Target="worksheets/sheet4.xml"`
    );
  });

  test("styles.xml only grows: existing entries keep their indices", () => {
    const old = entryText(before, "xl/styles.xml");
    const xml = entryText(after, "xl/styles.xml");
    for (const name of ["fonts", "fills", "borders", "cellXfs"]) {
      expect(section(xml, name).startsWith(section(old, name))).toBe(true);
      const count = Number(new RegExp(`<${name} count="(\\d+)"`).exec(xml)![1]);
      expect(count).toBe(
        section(xml, name).match(
          new RegExp(`<${name.replace(/s$/, "").replace("cellXf", "xf")}[ >/]`, "g")
        )!.length
      );
    }
    expect(section(xml, "cellXfs").length).toBeGreaterThan(section(old, "cellXfs").length);
  });

  test("the generated sheets read back with our reader", () => {
    const book = readSnapshot(after);
    expect(book.sheets.map((s) => s.name)).toEqual(["TW I", "Semester I", "Pengaturan", "Tahunan"]);
    for (const name of ["Semester I", "Tahunan"]) {
      const s = findSheet(book, name)!;
      expect(cellAt(s, 0, 0)?.value).toBe(`Rekap Kinerja ${name} Tahun 2023`);
      expect(cellAt(s, 3, 0)).toEqual({ value: 1, numFmt: "0" });
      expect(cellAt(s, 3, 1)).toEqual({ value: "IK-01", formula: "'TW I'!A2" });
      expect(cellAt(s, 3, 2)).toEqual({ value: 25, formula: "'TW I'!D2" });
      expect(cellAt(s, 3, 3)).toEqual({
        value: 58.000000000000007,
        formula: "'TW I'!D2/'TW I'!D2*58.000000000000007",
        numFmt: "0.00",
      });
      expect(cellAt(s, 3, 4)).toEqual({ value: "", formula: `IF(1=1,"","x")` });
      expect(cellAt(s, 3, 5)?.value).toBe('A & B <c> "d" akhir ');
      // written without a cached value: the reader says so (docs/READING-FILES.md)
      expect(cellAt(s, 4, 0)).toEqual({
        value: null,
        formula: "NOW()",
        unreadable: { kind: "uncached" },
      });
      expect(cellAt(s, 4, 1)).toBeUndefined();
      expect(cellAt(s, 4, 3)?.value).toBe(0.30000000000000004);
    }
    // Untouched user data.
    expect(cellAt(findSheet(book, "TW I")!, 1, 4)?.value).toBe("14,5");
  });

  test("the generated sheet XML: frozen title and header, columns, protection, landscape, carried chart", () => {
    const xml = entryText(after, "xl/worksheets/sheet2.xml");
    expect(xml).toContain(
      `<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>`
    );
    expect(xml).toContain(`<col min="4" max="4" width="12" hidden="1" customWidth="1"/>`);
    expect(xml).toContain(`<sheetProtection sheet="1" objects="1" scenarios="1"/>`);
    expect(xml).toContain(
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`
    );
    expect(xml).toContain(`<dimension ref="A1:F5"/>`);
    expect(xml).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId7"\/><\/worksheet>$/);
    expect(xml).not.toMatch(/rekap lama/);
    expect(entryText(after, "xl/worksheets/sheet4.xml")).not.toMatch(/<drawing/);
  });

  test("ExcelJS opens the result and sees values, formulas and styles", async () => {
    const wb = await loadExcelJs(after);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "TW I",
      "Semester I",
      "Pengaturan",
      "Tahunan",
    ]);
    const ws = wb.getWorksheet("Tahunan")!;
    expect(ws.getCell("A1").value).toBe("Rekap Kinerja Tahunan Tahun 2023");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.size).toBe(14);
    expect(ws.getCell("A2").font?.italic).toBe(true);
    expect(ws.getCell("B3").font?.bold).toBe(true);
    expect(ws.getCell("B3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(ws.getCell("B3").border?.top?.style).toBe("thin");
    expect(ws.getCell("C4").value).toMatchObject({ formula: "'TW I'!D2", result: 25 });
    expect(ws.getCell("D4").numFmt).toBe("0.00");
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    // User data and names survive.
    expect(wb.getWorksheet("TW I")!.getCell("E2").value).toBe("14,5");
    expect(wb.getWorksheet("TW I")!.getCell("A1").font?.bold).toBe(true);
  });

  test("patching the output again changes nothing, byte for byte", () => {
    const again = patchPackage(after, patch);
    expect(changedEntries(after, again)).toEqual([]);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(after))).toBe(0);
  });

  test("a patch with nothing to do returns the same bytes", () => {
    expect(
      Buffer.compare(
        Buffer.from(patchPackage(before, { sheets: [], edits: [] })),
        Buffer.from(before)
      )
    ).toBe(0);
  });

  test("a sheet named like an existing one in another case replaces it; bad names are refused", () => {
    const out = patchPackage(before, { sheets: [recap("SEMESTER I")], edits: [] });
    expect(readSnapshot(out).sheets.map((s) => s.name)).toEqual([
      "TW I",
      "Semester I",
      "Pengaturan",
    ]);
    expect(() => patchPackage(before, { sheets: [recap("Rekap: 2023")], edits: [] })).toThrow(
      RangeError
    );
  });

  test("a chart sheet is not overwritten", () => {
    const parts = unzip(before);
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"])
      .replace(/(Target="worksheets\/sheet2.xml")/, "$1")
      .replace(
        `${REL}/worksheet" Target="worksheets/sheet2.xml"`,
        `${REL}/chartsheet" Target="worksheets/sheet2.xml"`
      );
    const chart = withParts(before, { "xl/_rels/workbook.xml.rels": rels });
    expect(() => patchPackage(chart, patch)).toThrow(XlsxError);
  });
});

test("a minimal package without styles.xml gets one, with its relationship and content type", async () => {
  const bytes = handPackage([
    {
      name: "TW I",
      xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c></row>`),
    },
  ]);
  const out = patchPackage(bytes, { sheets: [recap("Tahunan", 0)], edits: [] });
  expect(entryText(out, "xl/_rels/workbook.xml.rels")).toMatch(
    /Type="[^"]*\/styles" Target="styles.xml"/
  );
  expect(entryText(out, "[Content_Types].xml")).toContain(`PartName="/xl/styles.xml"`);
  expect(entryText(out, "xl/workbook.xml")).toMatch(
    /<\/sheets><calcPr fullCalcOnLoad="1"\/><\/workbook>$/
  );
  expect(entryText(out, "xl/worksheets/sheet2.xml")).not.toMatch(/<pane/);
  const s = findSheet(readSnapshot(out), "Tahunan")!;
  expect(cellAt(s, 3, 3)?.numFmt).toBe("0.00");
  const wb = await loadExcelJs(out);
  expect(wb.getWorksheet("Tahunan")!.getCell("A1").font?.bold).toBe(true);
  expect(
    Buffer.compare(
      Buffer.from(patchPackage(out, { sheets: [recap("Tahunan", 0)], edits: [] })),
      Buffer.from(out)
    )
  ).toBe(0);
});

test("the same new sheet twice in one patch is one sheet", () => {
  const bytes = handPackage([{ name: "TW I", xml: sheetXml("") }]);
  const out = patchPackage(bytes, {
    sheets: [recap("Tahunan"), { ...recap("Tahunan"), rows: [[{ value: "kedua" }]] }],
    edits: [],
  });
  const book = readSnapshot(out);
  expect(book.sheets.map((s) => s.name)).toEqual(["TW I", "Tahunan"]);
  expect(cellAt(findSheet(book, "Tahunan")!, 0, 0)?.value).toBe("kedua");
});
