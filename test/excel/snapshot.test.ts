import { createFakeExcel } from "./fakeExcel";
import { toCellValue, toSheetSnapshot } from "../../src/excel/snapshot";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { fromR1C1 } from "./formulaShift";
import { createRecordingContext } from "./realClient";

describe("reading a snapshot", () => {
  test("a used range that starts at C3 lands at row 2, column 2 of the snapshot", () => {
    const snapshot = toSheetSnapshot("TW I", {
      rowIndex: 2,
      columnIndex: 2,
      values: [
        ["Kode", ""],
        ["IK-01", "#REF!"],
      ],
      valueTypes: [
        ["String", "Empty"],
        ["String", "Error"],
      ],
      numberFormat: [
        ["General", "General"],
        ["@", "0%"],
      ],
    });
    expect(snapshot.rows.length).toBe(4);
    expect(snapshot.rows[0]).toEqual([]);
    expect(snapshot.rows[2][2]).toEqual({ value: "Kode" });
    expect(snapshot.rows[2][3]).toBeUndefined();
    expect(snapshot.rows[3][2]).toEqual({ value: "IK-01", numFmt: "@" });
    expect(snapshot.rows[3][3]).toEqual({ value: { error: "#REF!" }, numFmt: "0%" });
  });

  test("text that looks like an error stays text; only valueTypes says Error", () => {
    expect(toCellValue("#REF!", "String")).toBe("#REF!");
    expect(toCellValue("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue(0, "Double")).toBe(0);
    expect(toCellValue(false, "Boolean")).toBe(false);
  });

  test("the gateway reads every sheet's name, and the cells of the input sheets only", async () => {
    const fake = createFakeExcel([
      { name: "Catatan", rows: [["tidak dibaca"]] },
      {
        name: "TW 1",
        rows: [
          [null, null],
          [null, "Kode"],
        ],
      },
      { name: "Perjanjian Kinerja", rows: [[null], [null, null, "Kode", 5]] },
    ]);
    // The fake implements only what the adapter touches; Office.js's full types do not fit it.
    const read = await createExcelGateway(fake.host as unknown as ExcelHost).read();
    expect(read.sheets.map((s) => s.name)).toEqual(["Catatan", "TW 1", "Perjanjian Kinerja"]);
    expect(read.book.sheets.find((s) => s.name === "Catatan")?.rows).toEqual([]);
    expect(read.book.sheets.find((s) => s.name === "Perjanjian Kinerja")?.rows[1]).toEqual([
      undefined,
      undefined,
      { value: "Kode" },
      { value: 5 },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("the fake behaves like Office.js where it matters", () => {
  test("a property read before load and sync throws PropertyNotLoaded", async () => {
    const fake = createFakeExcel([{ name: "A", rows: [[1]] }]);
    type Range = { values?: unknown; load: (p: string) => unknown };
    type Sheets = { getItem: (n: string) => { getRange: (a: string) => Range } };
    // Reading before load and sync is what this test is about.
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await fake.Excel.run(async (context) => {
      const range = (context.workbook.worksheets as unknown as Sheets).getItem("A").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  });

  test.each([
    [false, 1462],
    [true, 0],
  ] as const)(
    "the workbook's date system (1904: %s): DATE(1904,1,1) is %s, read in the first sync",
    async (date1904, serial) => {
      type Result = { value?: unknown; load: (p: string) => Result };
      type Functions = { date: (y: number, m: number, d: number) => Result };
      const fake = createFakeExcel([{ name: "A", rows: [[1]] }], { date1904 });
      await fake.Excel.run(async (context) => {
        const functions = (context.workbook as unknown as { functions: Functions }).functions;
        const epoch = functions.date(1904, 1, 1).load("value");
        // Like any Office.js result, it is read after the sync only.
        expect(() => epoch.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(epoch.value).toBe(serial);
      });
      // The gateway asks in its first sync: a read stays two syncs.
      const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
      const before = fake.stats.syncs;
      expect((await gateway.read()).book.date1904).toBe(date1904 || undefined);
      expect(fake.stats.syncs - before).toBe(2);
    }
  );

  test("asking for the date system stays within the manifest's ExcelApi 1.8 in Microsoft's client library", async () => {
    const recording = createRecordingContext({ requirementSets: { ExcelApi: "1.8" } });
    const epoch = recording.context.workbook.functions.date(1904, 1, 1).load("value");
    await recording.context.sync();
    expect(epoch).toBeDefined();
    expect(recording.calls()).toContain("Functions.date");
    expect(recording.outsideRequirements()).toEqual([]);
  });

  test("the fake reads R1C1 formulas as Excel does, relative to the cell written", () => {
    expect(fromR1C1(`IF(RC8="",'TW I'!C5,INDEX('TW 3'!C2,RC14))&"RC1"`, 6, 9)).toBe(
      `IF($H7="",'TW I'!$E:$E,INDEX('TW 3'!$B:$B,$N7))&"RC1"`
    );
    expect(fromR1C1(`SUM(RC18:RC21)+R[-1]C[-1]+R1C1`, 4, 3)).toBe(`SUM($R5:$U5)+C4+$A$1`);
  });
});
