// The pane's path to Riwayat: last year's workbook read from its bytes by the package reader (as the
// pane reads a picked file, no file system), then importRiwayat writes through the add-in's gateway
// on the strict fake Excel, in the same few round trips whatever the size.
import { createFakeExcel, FakeExcel } from "./fakeExcel";
import { indicators, toFakeSheet } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { importRiwayat } from "../../src/app/riwayat";
import { readWorkbookBytes } from "../../src/app/workbookBytes";
import { PreviousBook } from "../../src/core/riwayatImport";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { NewSheet } from "../../src/core/newSheet";
import { lastYear, ROWS_2022, sheets, THIS_YEAR } from "../helpers/riwayat";

const env = { now: () => new Date("2024-01-15T08:00:00Z"), user: "uji" };

async function fromBytes(label: string, book: NewSheet[]): Promise<PreviousBook> {
  const read = readWorkbookBytes(label, await writeNewWorkbook(book));
  if (!read.ok) throw new Error(read.reason);
  return read.book;
}

function host(book: NewSheet[]): {
  fake: FakeExcel;
  gateway: ReturnType<typeof createExcelGateway>;
} {
  const fake = createFakeExcel(book.map(toFakeSheet));
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost) };
}

/** Riwayat's rows from row 3 as the host holds them. */
function rows(fake: FakeExcel, n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) =>
    ["A", "B", "C", "D", "E", "F"].map((c) => fake.cell("Riwayat", `${c}${i + 3}`)?.value ?? null)
  );
}

test("last year's workbook read from bytes fills Riwayat through the add-in, renamed Kodes pending", async () => {
  const previous = await fromBytes(
    "kinerja-2022.xlsx",
    sheets(2022, lastYear({ 1: 25, 2: 30, 3: 35, 4: 28 }))
  );
  const { fake, gateway } = host(sheets(2023, THIS_YEAR));
  const outcome = await importRiwayat(gateway, [previous], [], env);
  expect(outcome).toMatchObject({
    ok: true,
    years: [{ label: "kinerja-2022.xlsx", tahun: 2022, imported: 4, dropped: ["IK-09"] }],
    pending: [{ kode: "IK-03", tahun: 2022, was: "Jumlah kebakaran" }],
  });
  expect(fake.stats.syncs).toBe(3); // sheet list, input cells, the one write
  expect(fake.sheet("Riwayat").protected).toBe(true);
  expect(fake.cell("Riwayat", "B2")?.value).toBe("Tahun");
  expect(rows(fake, 5)).toEqual([
    ROWS_2022.ik01,
    ROWS_2022.ik02,
    ROWS_2022.ik04,
    ROWS_2022.ik05,
    [null, null, null, null, null, null],
  ]);

  // Confirmed in the pane: the same snapshot again, IK-03 ticked; Riwayat is ours now and rewritten.
  const syncs = fake.stats.syncs;
  expect(await importRiwayat(gateway, [previous], ["IK-03"], env)).toMatchObject({
    ok: true,
    pending: [],
  });
  expect(fake.stats.syncs - syncs).toBe(3);
  expect(rows(fake, 5)[2]).toEqual(ROWS_2022.ik03);
});

test("2,000 indicators take the same round trips as six", async () => {
  const many = indicators(2000);
  const previous = await fromBytes("besar-2022.xlsx", sheets(2022, many));
  const { fake, gateway } = host(sheets(2023, many));
  const outcome = await importRiwayat(gateway, [previous], [], env);
  expect(outcome).toMatchObject({ ok: true, pending: [], rows: expect.any(Array) });
  expect(outcome.ok && outcome.rows).toHaveLength(2000);
  expect(fake.stats.syncs).toBe(3);
});

test("a user's own Riwayat in the workbook: refused at its A1, nothing written", async () => {
  const previous = await fromBytes("kinerja-2022.xlsx", sheets(2022, lastYear(undefined)));
  const own = sheets(2023, THIS_YEAR);
  own.push({ ...own[0], name: "Riwayat", rows: [[{ value: "Milik saya" }]] });
  const { fake, gateway } = host(own);
  const outcome = await importRiwayat(gateway, [previous], [], env);
  expect(outcome).toMatchObject({
    ok: false,
    problems: [{ sheet: "Riwayat", cell: "A1", text: { key: "foreignSheet" } }],
  });
  expect(fake.stats.ops.filter((op) => op.write)).toEqual([]);
  expect(fake.cell("Riwayat", "A1")?.value).toBe("Milik saya");
});

test("a file that is no workbook is said in the reader's words, naming it", () => {
  const read = readWorkbookBytes("catatan.xlsx", new TextEncoder().encode("bukan zip"));
  expect(read).toMatchObject({ ok: false, label: "catatan.xlsx" });
  expect(read.ok || read.reason).toMatch(/\S/);
});
