// Excel on the web caps each request and each answer at 5 MB, and says "too large" in more than one
// way; desktop has no cap. Writes are split only where the host declares a cap, and reads fall back
// to windows on any of Excel's answers for "too large".
import { createFakeExcel, FakeExcel, FakeSheetInit } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway, GatewayOptions } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { ExcelError } from "../../src/excel/errors";
import { setUpWorkbook } from "../../src/app/setup";
import { recap } from "../../src/app/recap";
import { ALL_PERIODS } from "../../src/core/plan";
import { PK_SHEET, SETTINGS_SHEET } from "../../src/core/contract";

const env = { now: () => new Date("2024-01-15T08:00:00Z"), user: "uji" };
const MB5 = 5 * 1024 * 1024;
type FakeOptions = Parameters<typeof createFakeExcel>[1];

function setUp(
  sheets: FakeSheetInit[],
  fakeOptions: FakeOptions = {},
  options: GatewayOptions = {}
) {
  const fake = createFakeExcel(sheets, fakeOptions);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost, options) };
}
const cells = (fake: FakeExcel) =>
  JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells.entries()].sort()]));

describe("requests under the web's cap", () => {
  // 1,000 indicators make a setup request of about 2.2 MB; a 1 MB cap stands in for 5 MB.
  const pkOnly = () =>
    workbook(1_000).filter((s) => s.name === PK_SHEET || s.name === SETTINGS_SHEET);

  test("desktop (no cap) sets up in one write, whatever the size", async () => {
    const { fake, gateway } = setUp(pkOnly());
    await setUpWorkbook(gateway, env);
    expect(fake.stats.syncs).toBe(3);
  });

  test("on a capped host the same setup is split into requests under the cap, with the same cells", async () => {
    const desktop = setUp(pkOnly());
    await setUpWorkbook(desktop.gateway, env);
    const web = setUp(pkOnly(), { requestLimit: 1024 * 1024 });
    await setUpWorkbook(web.gateway, env);
    expect(web.fake.stats.refused).toBe(0);
    expect(Math.max(...web.fake.stats.requestBytes)).toBeLessThan(1024 * 1024);
    // Only whole windows add round trips: about 2.2 MB of writes in 1 MB requests.
    expect(web.fake.stats.syncs).toBeGreaterThan(3);
    expect(web.fake.stats.syncs).toBeLessThanOrEqual(3 + 5);
    expect(cells(web.fake)).toBe(cells(desktop.fake));
  });

  test("a recap on a capped host keeps its three syncs while it fits one request", async () => {
    const { fake, gateway } = setUp(workbook(1_000), { requestLimit: MB5 });
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true });
    expect(fake.stats.syncs).toBe(3);
  });
});

describe("answers too large, in each of Excel's forms", () => {
  const cap = 1024 * 1024;

  test("GeneralException for an oversized answer (some web builds) falls back to windows", async () => {
    const sheets = workbook(2_000);
    const { fake, gateway } = setUp(
      sheets,
      { responseLimit: cap, oversizedReadCode: "GeneralException" },
      { windowBytes: cap / 2 }
    );
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true, indicators: 2_000 });
    expect(fake.stats.refused).toBe(1);
    expect(Math.max(...fake.stats.responseBytes.slice(2))).toBeLessThan(cap);
  });

  test("a range past the cell limit answers null grids; those sheets are read in windows", async () => {
    const sheets = workbook(300);
    const { fake, gateway } = setUp(sheets, { maxReadCells: 2_000 }, { windowBytes: 64 * 1024 });
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true, indicators: 300 });
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });

  test("a GeneralException that windows do not cure reaches the caller", async () => {
    const { gateway } = setUp(workbook(50), {
      responseLimit: 10,
      oversizedReadCode: "GeneralException",
    });
    await expect(recap(gateway, ALL_PERIODS, env)).rejects.toBeInstanceOf(ExcelError);
  });
});

describe("cell-edit mode", () => {
  test.each(["InvalidOperationInCellEditMode", "InvalidOperation"] as const)(
    "%s from a host while the user types becomes the cellEditMode error",
    async (code) => {
      const { gateway } = setUp(workbook(10), { cellEditCode: code });
      await expect(recap(gateway, ALL_PERIODS, env)).rejects.toMatchObject({
        kind: "cellEditMode",
      });
    }
  );

  test("a gateway that delays for cell edit asks Excel to wait and its write goes through", async () => {
    const { fake, gateway } = setUp(
      workbook(10),
      { cellEditCode: "InvalidOperationInCellEditMode" },
      { delayForCellEdit: true }
    );
    expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true });
    expect(fake.runOptions).toEqual([{ delayForCellEdit: true }]);
  });
});
