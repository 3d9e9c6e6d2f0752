// "Periksa kecocokan Excel" against the strict fake: every form the adapter relies on passes, a host
// that refuses one form fails exactly that check, and the temporary sheet is always gone afterwards.
import { createFakeExcel, FakeSheetInit, validSheetName } from "./fakeExcel";
import { workbook } from "./workbooks";
import { ExcelHost } from "../../src/excel/run";
import { hostDiagnostics, runSelfTest, selfTestSheetName } from "../../src/excel/selfTest";
import { SelfTestReport } from "../../src/app/ports";

type Fake = ReturnType<typeof createFakeExcel>;
type Options = Parameters<typeof createFakeExcel>[1];

const CHECKS = [
  "sheet",
  "broadcastFormula",
  "broadcastR1C1",
  "textKode",
  "conditionalFormat",
  "dataValidation",
  "chart",
  "windowedRead",
  "dateSystem",
  "protection",
  "cleanup",
];

function setUp(options: Options = {}, sheets: FakeSheetInit[] = workbook(3)) {
  const fake = createFakeExcel(sheets, options);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, host: fake.host as unknown as ExcelHost };
}
const names = (fake: Fake) => fake.sheets.map((s) => s.name);
const statuses = (report: SelfTestReport) =>
  Object.fromEntries(report.results.map((r) => [r.id, r.status]));
const failuresOf = (report: SelfTestReport) => report.results.filter((r) => r.status === "fail");

describe("the Excel compatibility self-test", () => {
  test("every check passes on the fake, in one Excel.run, and the test sheet is gone afterwards", async () => {
    const { fake, host } = setUp();
    const before = names(fake);
    const report = await runSelfTest(host);
    expect(report.results.map((r) => r.id)).toEqual(CHECKS);
    expect(failuresOf(report)).toEqual([]);
    expect(report.results.every((r) => r.status === "pass")).toBe(true);
    expect(names(fake)).toEqual(before);
    expect(fake.runOptions).toHaveLength(1);
    // The sheet was very hidden while the checks ran, and shown again just before it was deleted.
    const onSheet = fake.stats.ops.filter((op) => op.sheet === report.sheet).map((op) => op.what);
    expect(onSheet.filter((w) => w.startsWith("set visibility"))).toEqual([
      `set visibility ${report.sheet}`,
      `set visibility ${report.sheet}`,
    ]);
    expect(onSheet.slice(-2)).toEqual([
      `set visibility ${report.sheet}`,
      `delete sheet ${report.sheet}`,
    ]);
  });

  test("the test sheet's name is unique-looking and obeys Excel's rules", () => {
    const name = selfTestSheetName();
    expect(name).toMatch(/^RK-uji-[0-9a-z]{6}$/);
    expect(validSheetName(name)).toBe(true);
    expect(selfTestSheetName(() => 0.9999)).toBe("RK-uji-zzzzzz");
  });

  test("a host that refuses protection fails only that check and still deletes the sheet", async () => {
    const { fake, host } = setUp({
      failOn: { what: /^protection\.protect$/, code: "AccessDenied" },
    });
    const report = await runSelfTest(host);
    expect(failuresOf(report)).toEqual([
      {
        id: "protection",
        status: "fail",
        failure: { kind: "error", code: "AccessDenied", message: expect.any(String) },
      },
    ]);
    expect(statuses(report).cleanup).toBe("pass");
    expect(fake.sheets.some((s) => s.name === report.sheet)).toBe(false);
  });

  test("a host that refuses the single-value form fails the two broadcast checks, nothing else", async () => {
    const { fake, host } = setUp({ refuseBroadcast: true });
    const report = await runSelfTest(host);
    expect(failuresOf(report).map((r) => r.id)).toEqual(["broadcastFormula", "broadcastR1C1"]);
    expect(failuresOf(report)[0]).toMatchObject({
      failure: { kind: "error", code: "InvalidArgument" },
    });
    expect(fake.sheets.some((s) => s.name === report.sheet)).toBe(false);
  });

  test("a host that takes a call but reads back something else is reported as a mismatch", async () => {
    // An Excel that parses text typed into a Text cell (what the fake does to General cells).
    const { fake, host } = setUp();
    const parsing: ExcelHost = {
      ...host,
      run: (batch, options) =>
        host.run(async (context) => {
          const add = context.workbook.worksheets.add.bind(context.workbook.worksheets);
          context.workbook.worksheets.add = ((name: string) => {
            const ws = add(name);
            const getRange = (address: string) => {
              const range = ws.getRange(address);
              if (address !== "D1:D2") return range;
              return new Proxy(range, {
                get: (t, p) => (p === "values" ? [[1], [1.1]] : Reflect.get(t, p)),
              });
            };
            // The fake's worksheet queues every assignment as a write, so wrap it rather than patch.
            return new Proxy(ws, {
              get: (t, p) => (p === "getRange" ? getRange : Reflect.get(t, p)),
            });
          }) as typeof context.workbook.worksheets.add;
          return batch(context);
        }, options),
    };
    const report = await runSelfTest(parsing);
    expect(failuresOf(report)).toEqual([
      {
        id: "textKode",
        status: "fail",
        failure: {
          kind: "mismatch",
          what: "values D1:D2",
          expected: '[["01"],["1.10"]]',
          actual: "[[1],[1.1]]",
        },
      },
    ]);
    expect(fake.sheets.some((s) => s.name === report.sheet)).toBe(false);
  });

  test("a sheet that cannot be deleted is reported, left visible for the user to delete", async () => {
    const { fake, host } = setUp({ failOn: { what: /^delete sheet /, code: "GeneralException" } });
    const report = await runSelfTest(host);
    expect(failuresOf(report).map((r) => r.id)).toEqual(["cleanup"]);
    // The visibility change rode in the failed sync and was applied before the refused delete.
    expect(fake.sheet(report.sheet).visibility).toBe("Visible");
  });

  test("every property read comes after its load and a sync", async () => {
    const { fake, host } = setUp();
    await runSelfTest(host);
    const trace = fake.stats.trace;
    const reads = trace.filter((l) => l.startsWith("read "));
    expect(reads.length).toBeGreaterThan(5);
    trace.forEach((line, i) => {
      if (!line.startsWith("read ")) return;
      const label = line.slice(5).replace(/\.[^.]+$/, "");
      const loadedAt = trace.lastIndexOf(`load ${label}`, i);
      expect(loadedAt).toBeGreaterThanOrEqual(0);
      expect(trace.slice(loadedAt, i).some((l) => l.startsWith("sync"))).toBe(true);
    });
  });

  test("a name that is taken is never deleted: the checks are skipped, the user's sheet stays", async () => {
    const { fake, host } = setUp({}, [{ name: "rk-uji-abc123", rows: [["milik saya"]] }]);
    const report = await runSelfTest(host, "RK-uji-abc123");
    expect(statuses(report)).toEqual({
      ...Object.fromEntries(CHECKS.map((c) => [c, "skipped"])),
      sheet: "fail",
    });
    expect(failuresOf(report)[0]).toMatchObject({ failure: { code: "ItemAlreadyExists" } });
    expect(fake.cell("rk-uji-abc123", "A1")?.value).toBe("milik saya");
  });

  test("a refused run (cell-edit mode) is a typed error, not a report", async () => {
    const { host } = setUp({ cellEditCode: "InvalidOperationInCellEditMode" });
    await expect(runSelfTest(host)).rejects.toMatchObject({
      name: "ExcelError",
      kind: "cellEditMode",
    });
  });
});

describe("the host's description", () => {
  const host = (highest: number) =>
    ({ supports: (v: string) => Number(v.split(".")[1]) <= highest }) as unknown as ExcelHost;

  test("Office's diagnostics and the highest ExcelApi set the host reports", () => {
    const office = {
      context: { diagnostics: { host: "Excel", platform: "PC", version: "16.0.1" } },
    };
    expect(hostDiagnostics(host(17), office)).toMatchObject({
      office: { host: "Excel", platform: "PC", version: "16.0.1" },
      excelApi: "1.17",
    });
  });

  test("outside Office, or with a context that throws, there is nothing to describe", () => {
    expect(hostDiagnostics(host(0), undefined)).toMatchObject({ office: null, excelApi: null });
    expect(hostDiagnostics(host(9), { context: {} })).toMatchObject({
      office: null,
      excelApi: "1.9",
    });
    const throwing = {
      get context(): never {
        throw new Error("Office.context is not available");
      },
    };
    expect(hostDiagnostics(host(9), throwing).office).toBeNull();
  });
});

describe("the test host's read-backs added for the self-test", () => {
  type Ctx = {
    workbook: { worksheets: Record<string, (...a: unknown[]) => Record<string, unknown>> };
    sync(): Promise<void>;
  };
  async function run(fake: Fake, batch: (ctx: Ctx) => Promise<void> | void) {
    await fake.Excel.run(async (ctx) => {
      await batch(ctx as unknown as Ctx);
      await ctx.sync();
    });
  }
  const sheet = (ctx: Ctx, name: string) =>
    ctx.workbook.worksheets.getItem(name) as unknown as {
      getRange(a: string): {
        conditionalFormats: Record<string, (...a: unknown[]) => { value: number }>;
        dataValidation: Record<string, unknown> & { load(s: string): { type: string } };
      };
      protection: { protect(): void; load(s: string): void; protected: boolean };
      visibility: string;
      delete(): void;
    };

  test("a very hidden sheet cannot be deleted; shown first, it can", async () => {
    const fake = createFakeExcel([
      { name: "A", rows: [] },
      { name: "B", rows: [], visibility: "VeryHidden" },
    ]);
    await expect(run(fake, (ctx) => sheet(ctx, "B").delete())).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await run(fake, (ctx) => {
      sheet(ctx, "B").visibility = "Visible";
      sheet(ctx, "B").delete();
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(["A"]);
    // Nor may the last visible sheet go, or be hidden.
    await expect(run(fake, (ctx) => sheet(ctx, "A").delete())).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(
      run(fake, (ctx) => {
        sheet(ctx, "A").visibility = "Hidden";
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("counts, rules and protection are readable only after a sync; unknown members throw", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [] }]);
    await run(fake, async (ctx) => {
      const range = sheet(ctx, "S").getRange("A1:A4");
      range.conditionalFormats.add("Custom");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Ya,Tidak" } };
      const count = range.conditionalFormats.getCount();
      const validation = range.dataValidation.load("type");
      const ws = sheet(ctx, "S");
      ws.protection.load("protected");
      // Reading too early on purpose: the fake must refuse what Office.js refuses.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
      expect(() => count.value).toThrow(/before sync/);
      expect(() => validation.type).toThrow(/before load/);
      expect(() => ws.protection.protected).toThrow(/before load/);
      expect(() => range.conditionalFormats.items).toThrow(/not modelled/);
      expect(() => range.dataValidation.valid).toThrow(/not modelled/);
      await ctx.sync();
      // A ClientResult has no load(); its value is there after the sync.
      expect([count.value, validation.type, ws.protection.protected]).toEqual([1, "List", false]);
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
      // Only part of a validated range: Excel says the criteria are mixed.
      const wider = sheet(ctx, "S").getRange("A1:A8").dataValidation.load("type");
      await ctx.sync();
      expect(wider.type).toBe("MixedCriteria");
    });
    await expect(
      run(fake, (ctx) => {
        sheet(ctx, "S").getRange("B1").dataValidation.rule = { list: { source: "" } };
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
