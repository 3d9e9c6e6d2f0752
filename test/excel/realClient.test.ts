// Every write the add-in sends, through Microsoft's real Office.js client library (realClient.ts):
// each batch serialises, every request stays under Excel on the web's 5 MB cap, only known API members
// are used, and the manifest's requirement sets (ExcelApi 1.8; 1.9 only when the host has it) hold.
import { createRecordingContext, Recording, REQUEST_LIMIT, requirementOf } from "./realClient";
import { Captured, recordingGateway, replay, USE_CASES, UseCase } from "./realReplay";
import { toExcelError } from "../../src/excel/errors";

const SIZES = [10, 1000];

/**
 * Every API member the add-in's writes use, as recorded from the request bodies (type of the object
 * path . member). A new member fails the test until it is added here, with its requirement set checked.
 */
const ALLOWED = [
  "Application.suspendApiCalculationUntilNextSync",
  "Application.suspendScreenUpdatingUntilNextSync",
  "Chart.delete",
  "Chart.legend",
  "Chart.name",
  "Chart.series",
  "Chart.setPosition",
  "Chart.title",
  "ChartCollection.add",
  "ChartCollection.getItem",
  "ChartLegend.visible",
  "ChartSeries.name",
  "ChartSeries.setXAxisValues",
  "ChartSeriesCollection.getItemAt",
  "ChartTitle.text",
  "ConditionalFormat.custom",
  "ConditionalFormatCollection.add",
  "ConditionalFormatCollection.clearAll",
  "ConditionalFormatRule.formula",
  "ConditionalRangeFill.color",
  "ConditionalRangeFont.color",
  "ConditionalRangeFormat.fill",
  "ConditionalRangeFormat.font",
  "CustomConditionalFormat.format",
  "CustomConditionalFormat.rule",
  "DataValidation.errorAlert",
  "DataValidation.rule",
  "Excel.createWorkbook",
  "Range._ValidateArraySize",
  "Range.clear",
  "Range.columnHidden",
  "Range.conditionalFormats",
  "Range.dataValidation",
  "Range.format",
  "Range.formulas",
  "Range.formulasR1C1",
  "Range.getBoundingRect",
  "Range.getEntireColumn",
  "Range.getRow",
  "Range.numberFormat",
  "Range.values",
  "RangeBorder.style",
  "RangeBorderCollection.getItem",
  "RangeFill.color",
  "RangeFont.bold",
  "RangeFont.color",
  "RangeFont.italic",
  "RangeFont.size",
  "RangeFormat.borders",
  "RangeFormat.columnWidth",
  "RangeFormat.fill",
  "RangeFormat.font",
  "RangeFormat.verticalAlignment",
  "RangeFormat.wrapText",
  "WacWorkbook.createAndOpenWorkbook",
  "Workbook.application",
  "Workbook.worksheets",
  "Worksheet.activate",
  "Worksheet.charts",
  "Worksheet.freezePanes",
  "Worksheet.getRange",
  "Worksheet.protection",
  "Worksheet.visibility",
  "WorksheetCollection.add",
  "WorksheetCollection.getItem",
  "WorksheetFreezePanes.freezeRows",
  "WorksheetFreezePanes.unfreeze",
  "WorksheetProtection.protect",
  "WorksheetProtection.unprotect",
];

const captures = new Map<string, Promise<Captured[]>>();
/** A use case's writes at `n` indicators, captured once for all the tests that replay them. */
function captured(useCase: UseCase, n: number): Promise<Captured[]> {
  const key = `${useCase.name}@${n}`;
  if (!captures.has(key)) captures.set(key, useCase.capture(n));
  return captures.get(key) as Promise<Captured[]>;
}

const recordings = new Map<string, Promise<Recording[]>>();
/** The writes replayed on the default host (ExcelApi uncapped, modern API on), once per key. */
function replayed(useCase: UseCase, n: number): Promise<Recording[]> {
  const key = `${useCase.name}@${n}`;
  if (!recordings.has(key))
    recordings.set(
      key,
      captured(useCase, n).then((writes) => Promise.all(writes.map((w) => replay(w))))
    );
  return recordings.get(key) as Promise<Recording[]>;
}

const seen = new Set<string>();
afterAll(() => {
  // What ALLOWED is derived from, printed with each member's requirement set for a reviewer.
  if (seen.size === 0) return;
  const lines = [...seen].sort().map((call) => {
    const r = requirementOf(call);
    return `  ${call} (${r.set} ${r.version})`;
  });
  console.log(`API members recorded in the add-in's writes:\n${lines.join("\n")}`);
});

describe.each(USE_CASES.map((u) => [u.name, u] as const))("%s", (_name, useCase) => {
  const sizes = useCase.sized ? SIZES : SIZES.slice(0, 1);

  test.each(sizes)(
    "%p indicators: serialises through the real client, with allowed calls only and nothing Excel would refuse",
    async (n) => {
      const recorded = await replayed(useCase, n);
      expect(recorded.length).toBeGreaterThan(0);
      for (const r of recorded) {
        expect(r.requests.length).toBeGreaterThan(0);
        for (const q of r.requests) expect(() => JSON.parse(q.body)).not.toThrow();
        r.calls().forEach((c) => seen.add(c));
        expect(r.calls().filter((c) => !ALLOWED.includes(c))).toEqual([]);
        expect(r.problems).toEqual([]);
      }
    }
  );

  test.each(sizes)("%p indicators: every request is under 5 MB", async (n) => {
    const recorded = await replayed(useCase, n);
    const sizesInBytes = recorded.flatMap((r) => r.requests.map((q) => q.bytes));
    expect(sizesInBytes.filter((b) => b >= REQUEST_LIMIT)).toEqual([]);
  });

  test("within the manifest's requirement sets: ExcelApi 1.8 without the modern API, 1.9 with it", async () => {
    for (const [cap, modernApi] of [
      ["1.8", false],
      ["1.9", true],
    ] as const) {
      for (const write of await captured(useCase, SIZES[0])) {
        // The library itself throws ApiNotFound for a gated method above the cap; the recording checks
        // the rest (property setters, which the library does not check) against its table.
        const r = await replay(write, { requirementSets: { ExcelApi: cap }, modernApi });
        expect(r.outsideRequirements()).toEqual([]);
      }
    }
  });
});

// The size case the bench found: setup prefills four quarter sheets row by row (each row's Capaian
// formula as A1 text), ≈ 2.2 KB a request per indicator, one request: over 5 MB from ≈ 2,300
// indicators (21.6 MB at 10,000 before the writer split its requests). Runs in a few seconds.
describe("setup, Pengaturan + PK at 10,000 indicators", () => {
  test("every request is under 5 MB", async () => {
    const setup = USE_CASES.find((u) => u.name === "setup, Pengaturan + PK") as UseCase;
    const sizes: number[] = [];
    for (const write of await setup.capture(10_000)) {
      const r = await replay(write, { keepBodies: false });
      expect(r.problems).toEqual([]);
      sizes.push(...r.requests.map((q) => q.bytes));
    }
    expect(sizes.filter((b) => b >= REQUEST_LIMIT)).toEqual([]);
  });
});

describe("the recording itself", () => {
  test("a batch of 1,500+ cells is split by the library into row chunks, each validated", async () => {
    const r = createRecordingContext();
    const ws = r.context.workbook.worksheets.getItem("S");
    ws.getRange("A1:C1000").values = Array.from({ length: 1000 }, (_, i) => [i, "x", i * 2]);
    await r.context.sync();
    expect(r.calls()).toEqual(
      expect.arrayContaining(["Range._ValidateArraySize", "Range.getBoundingRect", "Range.getRow"])
    );
    expect(r.problems).toEqual([]);
    const body = JSON.parse(r.requests[0].body);
    const sets = body.Actions.filter((a: { Name: string }) => a.Name === "Values");
    expect(sets.length).toBe(2); // 500 rows of 3 cells each
    expect(r.requests[0].body).not.toContain('"T":');
  });

  test("a wrong shape and a one-cell InsideVertical border are reported as Excel would refuse them", async () => {
    const r = createRecordingContext();
    const ws = r.context.workbook.worksheets.add("Lembar");
    ws.getRange("A1:B2").formulas = [["=1", "=2"]];
    ws.getRange("C3").format.borders.getItem("InsideVertical").style = "Continuous";
    r.context.workbook.worksheets.add("lembar");
    await r.context.sync();
    expect(r.problems).toEqual([
      'borders.getItem("InsideVertical") on a one-column 1×1 range',
      'worksheets.add("lembar"): "Lembar" added too',
      "Range.formulas: a 1×2 array on a 2×2 range",
    ]);
  });

  test("requirement sets: the library refuses a gated method above the cap; setters are checked after", async () => {
    const r = createRecordingContext({ requirementSets: { ExcelApi: "1.8" } });
    expect(() => r.context.application.suspendScreenUpdatingUntilNextSync()).toThrow(
      expect.objectContaining({ code: "ApiNotFound" })
    );
    const old = createRecordingContext({ requirementSets: { ExcelApi: "1.1" } });
    // Range.columnHidden is ExcelApi 1.2: its getter is gated, its setter is not.
    old.context.workbook.worksheets.getItem("S").getRange("A:A").columnHidden = true;
    await old.context.sync();
    expect(old.outsideRequirements()).toEqual(["Range.columnHidden (ExcelApi 1.2)"]);
  });

  test("with a request limit, an oversized request fails as Excel on the web fails it", async () => {
    const r = createRecordingContext({ requestLimit: 10_000 });
    r.context.workbook.worksheets.getItem("S").getRange("A1:A1000").values = Array.from(
      { length: 1000 },
      () => ["teks yang cukup panjang"]
    );
    const error = await r.context.sync().then(
      () => null,
      (err: unknown) => toExcelError(err)
    );
    expect(error).toMatchObject({
      kind: "payloadTooLarge",
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(r.requests[0].refused).toBe(true);
  });

  test("the report opens through the web's own path on Excel on the web, Application.createWorkbook elsewhere", async () => {
    const report = USE_CASES.find((u) => u.name === "report workbook") as UseCase;
    const [write] = await captured(report, SIZES[0]);
    const web = await replay(write, { requirementSets: { ExcelApi: "1.8" } });
    expect(web.calls()).toEqual(["Excel.createWorkbook", "WacWorkbook.createAndOpenWorkbook"]);
    const desktop = await replay(write, { platform: "PC", requirementSets: { ExcelApi: "1.8" } });
    expect(desktop.calls()).toEqual([
      "Application.createWorkbook",
      "Excel.createWorkbook",
      "Workbook.application",
      "WorkbookCreated.open",
    ]);
    expect(desktop.outsideRequirements()).toEqual([]);
    // Both carry the file as base64 in the request: the 5 MB cap applies to the report too.
    expect(desktop.requests[0].bytes).toBeGreaterThan((write as { base64: string }).base64.length);
    await expect(replay(write, { requirementSets: { ExcelApi: "1.7" } })).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  test("select and watch go through the adapter's gateway on a recording context", async () => {
    const r = createRecordingContext({ requirementSets: { ExcelApi: "1.9" } });
    const gateway = recordingGateway(r);
    await gateway.select("TW II", "E4");
    const stop = await gateway.watch(() => undefined);
    expect(stop).toEqual(expect.any(Function));
    expect(r.calls()).toEqual([
      "Range.select",
      "Workbook.worksheets",
      "Worksheet.activate",
      "Worksheet.getRange",
      "WorksheetCollection._RegisterAddedEvent",
      "WorksheetCollection._RegisterDataChangedEvent",
      "WorksheetCollection._RegisterDeletedEvent",
      "WorksheetCollection.getItem",
    ]);
    expect(r.outsideRequirements()).toEqual([]);
    // Without ExcelApi 1.9 the gateway does not ask: the events' getters would throw ApiNotFound.
    const old = createRecordingContext({ requirementSets: { ExcelApi: "1.8" } });
    expect(await recordingGateway(old, false).watch(() => undefined)).toBeNull();
    expect(() => old.context.workbook.worksheets.onChanged).toThrow(
      expect.objectContaining({ code: "ApiNotFound" })
    );
  });
});
