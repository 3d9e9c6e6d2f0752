// "Periksa kecocokan Excel": the Office.js forms the add-in relies on, tried on a temporary very hidden
// sheet of the open workbook and read back, so a user can tell in one click whether this Excel (web,
// Windows, Mac; old or new build) does what the fake in test/excel assumes. The sheet is deleted at the
// end, whatever failed. Diagnostics (host, platform, version, ExcelApi) come with it for a bug report.
import { broadcast } from "./broadcast";
import { addChart, addKategoriFormat, addValidation } from "./decorations";
import { toExcelError } from "./errors";
import { ExcelHost, officeHost, runExcel } from "./run";
import type {
  ExcelSelfTest,
  HostDiagnostics,
  SelfTestCheckId,
  SelfTestReport,
  SelfTestResult,
} from "../app/ports";

export function createSelfTest(host: ExcelHost = officeHost()): ExcelSelfTest {
  return { run: () => runSelfTest(host), diagnostics: () => hostDiagnostics(host) };
}

class Mismatch extends Error {
  constructor(
    readonly what: string,
    readonly expected: string,
    readonly actual: string
  ) {
    super(`${what}: expected ${expected}, read back ${actual}`);
  }
}

function expectSame(what: string, actual: unknown, expected: unknown): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Mismatch(what, e, a);
}

type Check = {
  id: Exclude<SelfTestCheckId, "sheet" | "cleanup">;
  /** Queues its calls, syncs and reads back; throws on a refusal or a wrong read-back. */
  run(context: Excel.RequestContext, ws: Excel.Worksheet, sheet: string): Promise<void>;
};

const ROWS = 8;
/** Rows 1–8 of one column, e.g. "B1:B8". */
const column = (letter: string) => `${letter}1:${letter}${ROWS}`;
const WINDOW_VALUES: (string | number)[][] = Array.from({ length: ROWS }, (_, r) => [
  r + 1,
  `baris ${r + 1}`,
]);

/**
 * Each check writes its own cells, so one that fails leaves the others' inputs intact. The
 * decorations are the adapter's own functions (decorations.ts), not copies of them.
 */
const CHECKS: readonly Check[] = [
  {
    // The single-value form over a range (office-js-docs-pr#2013); an absolute reference, so the
    // read-back does not depend on whether Excel shifts relative ones.
    id: "broadcastFormula",
    async run(context, ws) {
      broadcast(ws.getRange(column("B")), "formulas", "=$A$1*2");
      const last = ws.getRange(`B${ROWS}`).load("formulas");
      await context.sync();
      expectSame(`formulas B${ROWS}`, last.formulas, [["=$A$1*2"]]);
    },
  },
  {
    // How every recap column is written (writeSheet.ts): one R1C1 formula and one number format.
    id: "broadcastR1C1",
    async run(context, ws) {
      const range = ws.getRange(column("C"));
      broadcast(range, "numberFormat", "0.00");
      broadcast(range, "formulasR1C1", "=RC[-1]*2");
      const last = ws.getRange(`C${ROWS}`).load("formulas,numberFormat");
      await context.sync();
      expectSame(`formulas C${ROWS}`, last.formulas, [[`=B${ROWS}*2`]]);
      expectSame(`numberFormat C${ROWS}`, last.numberFormat, [["0.00"]]);
    },
  },
  {
    // A Kode is formatted as Text before it is written, in the same batch (cells.ts TEXT_FORMAT):
    // "01" and "1.10" must stay text. Arrays here, so a host refusing broadcasts fails only above.
    id: "textKode",
    async run(context, ws) {
      const range = ws.getRange("D1:D2");
      range.numberFormat = [["@"], ["@"]];
      range.values = [["01"], ["1.10"]];
      range.load("values,valueTypes");
      await context.sync();
      expectSame("values D1:D2", range.values, [["01"], ["1.10"]]);
      expectSame("valueTypes D1:D2", range.valueTypes, [["String"], ["String"]]);
    },
  },
  {
    id: "conditionalFormat",
    async run(context, ws, sheet) {
      addKategoriFormat(ws, {
        sheet,
        range: { col: 4, fromRow: 0, toRow: ROWS - 1 },
        bands: [{ label: "Tinggi", fill: "#C6EFCE", font: "#006100" }],
      });
      const count = ws.getRange(column("E")).conditionalFormats.getCount();
      await context.sync();
      // getCount() answers a ClientResult, which has no load(): its value is there after the sync.
      // eslint-disable-next-line office-addins/load-object-before-read
      expectSame(`conditionalFormats.getCount() ${column("E")}`, count.value, 1);
    },
  },
  {
    id: "dataValidation",
    async run(context, ws) {
      addValidation(ws, { col: 5, fromRow: 0, toRow: ROWS - 1, values: ["Ya", "Tidak"] });
      const validation = ws.getRange(column("F")).dataValidation.load("type,rule");
      await context.sync();
      expectSame(`dataValidation.type ${column("F")}`, validation.type, "List");
      expectSame(
        `dataValidation.rule.list.source ${column("F")}`,
        validation.rule.list?.source,
        "Ya,Tidak"
      );
    },
  },
  {
    // The Tahunan chart's form: a clustered bar chart from a column, categories set afterwards.
    id: "chart",
    async run(context, ws, sheet) {
      ws.getRange("G1:H3").values = [
        ["IK-01", 80],
        ["IK-02", 95],
        ["IK-03", 110],
      ];
      addChart(
        ws,
        {
          sheet,
          name: CHART_NAME,
          title: "Uji",
          seriesName: "Capaian (%)",
          categories: { col: 6, fromRow: 0, toRow: 2 },
          values: { col: 7, fromRow: 0, toRow: 2 },
          anchor: { row: 10, col: 0 },
          size: { rows: 10, cols: 5 },
        },
        false
      );
      const charts = ws.charts.load("items/name");
      await context.sync();
      expectSame(
        "charts items/name",
        charts.items.map((c) => c.name),
        [CHART_NAME]
      );
    },
  },
  {
    // How a large workbook is read on the web (snapshot.ts): row windows of one range, one load each.
    id: "windowedRead",
    async run(context, ws) {
      const half = ROWS / 2;
      ws.getRange(`I1:J${ROWS}`).values = WINDOW_VALUES;
      const windows = [
        ws.getRange(`I1:J${half}`).load("values"),
        ws.getRange(`I${half + 1}:J${ROWS}`).load("values"),
      ];
      await context.sync();
      expectSame(
        `values I1:J${half} + I${half + 1}:J${ROWS}`,
        windows.flatMap((w) => w.values),
        WINDOW_VALUES
      );
    },
  },
  {
    // How every read tells the workbook's date system (snapshot.ts): DATE(1904,1,1) through the
    // worksheet functions is 0 in a 1904 workbook and 1462 in a 1900 one. Anything else, and each
    // tracker time would be read four years off.
    id: "dateSystem",
    async run(context) {
      const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
      await context.sync();
      if (epoch.value !== 0 && epoch.value !== 1462)
        throw new Mismatch("DATE(1904;1;1)", "0 / 1462", JSON.stringify(epoch.value));
    },
  },
  {
    // The recap sheets are protected without a password and unprotected before each rewrite. Last:
    // a sheet left protected by a half-failed check would fail every later check with AccessDenied.
    id: "protection",
    async run(context, ws) {
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      ws.protection.load("protected");
      await context.sync();
      expectSame("protection.protected after protect()", ws.protection.protected, true);
      ws.protection.unprotect();
      ws.protection.load("protected");
      await context.sync();
      expectSame("protection.protected after unprotect()", ws.protection.protected, false);
    },
  },
];

const CHART_NAME = "RekapKinerjaUji";

/** ≤ 31 characters and none of []:*?/\ — Excel's sheet name rules; random so no user sheet clashes. */
export function selfTestSheetName(random: () => number = Math.random): string {
  const suffix = Array.from({ length: 6 }, () => Math.floor(random() * 36).toString(36)).join("");
  return `RK-uji-${suffix}`;
}

function failed(id: SelfTestCheckId, err: unknown): SelfTestResult {
  if (err instanceof Mismatch)
    return {
      id,
      status: "fail",
      failure: { kind: "mismatch", what: err.what, expected: err.expected, actual: err.actual },
    };
  const e = toExcelError(err);
  return { id, status: "fail", failure: { kind: "error", code: e.code, message: e.message } };
}

/**
 * One Excel.run, one sync per step. This is a diagnostic, not a user action on the workbook: the
 * constant-sync rule of the adapter does not apply, and a sync per check is what attributes a failure
 * to its check (a refused call fails the whole sync it rides in).
 */
export function runSelfTest(
  host: ExcelHost,
  sheet: string = selfTestSheetName()
): Promise<SelfTestReport> {
  return runExcel(host, async (context) => {
    const results: SelfTestResult[] = [];
    const ws = context.workbook.worksheets.add(sheet);
    try {
      await context.sync();
    } catch (err) {
      // Not created, so nothing of ours to delete (a sheet of that name, if any, is the user's).
      results.push(failed("sheet", err));
      for (const check of CHECKS) results.push({ id: check.id, status: "skipped" });
      results.push({ id: "cleanup", status: "skipped" });
      return { sheet, results };
    }
    try {
      ws.visibility = "VeryHidden";
      await context.sync();
      results.push({ id: "sheet", status: "pass" });
    } catch (err) {
      results.push(failed("sheet", err));
    }
    for (const check of CHECKS) {
      try {
        await check.run(context, ws, sheet);
        results.push({ id: check.id, status: "pass" });
      } catch (err) {
        results.push(failed(check.id, err));
      }
    }
    try {
      // A failed protection check may have left the sheet protected; a VeryHidden sheet cannot be
      // deleted (Worksheet.delete, ExcelApi 1.1): unprotect, show, then delete.
      ws.protection.unprotect();
      ws.visibility = "Visible";
      ws.delete();
      await context.sync();
      results.push({ id: "cleanup", status: "pass" });
    } catch (err) {
      results.push(failed("cleanup", err));
    }
    return { sheet, results };
  });
}

const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

/**
 * Outside Office (a browser tab, the Playwright harness) `Office` may be undefined, or loaded with an
 * empty `context`; every step is guarded, and a getter that throws counts as "not available".
 */
export function hostDiagnostics(
  host: ExcelHost,
  office: unknown = typeof Office === "undefined" ? undefined : Office
): HostDiagnostics {
  let described: HostDiagnostics["office"] = null;
  try {
    const info = (office as { context?: { diagnostics?: Partial<Office.ContextInformation> } })
      ?.context?.diagnostics;
    if (info)
      described = {
        host: String(info.host ?? ""),
        platform: String(info.platform ?? ""),
        version: String(info.version ?? ""),
      };
  } catch {
    described = null;
  }
  return {
    office: described,
    excelApi: EXCEL_API_VERSIONS.find((v) => host.supports(v)) ?? null,
    userAgent: typeof navigator === "undefined" ? null : navigator.userAgent,
  };
}
