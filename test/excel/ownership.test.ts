// Through the adapter: the first row of each generated sheet is read with the inputs, so a user's
// own `Tahunan` (no marker) is refused before anything is written, and our own is rewritten.
import { createFakeExcel } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { ALL_PERIODS } from "../../src/core/plan";

const env = { now: () => new Date("2024-01-15T08:00:00Z"), user: "uji" };

function setUp(extra: { name: string; rows: (string | number | null)[][] }[]) {
  const fake = createFakeExcel([...workbook(5), ...extra]);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost) };
}

test("a user's own `tahunan` stops the recap with its name, and no cell is written", async () => {
  const { fake, gateway } = setUp([{ name: "tahunan", rows: [["Milik bagian umum"], [1, 2]] }]);
  const outcome = await recap(gateway, ALL_PERIODS, env);
  expect(outcome).toMatchObject({
    ok: false,
    problems: expect.arrayContaining([expect.objectContaining({ sheet: "tahunan", cell: "A1" })]),
  });
  expect(fake.stats.ops.filter((op) => op.write)).toEqual([]);
  expect(fake.cell("tahunan", "A1")?.value).toBe("Milik bagian umum");
});

test("a recap run twice rewrites its own sheets: the marker is read back", async () => {
  const { gateway } = setUp([]);
  expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true });
  expect(await recap(gateway, ALL_PERIODS, env)).toMatchObject({ ok: true });
});
