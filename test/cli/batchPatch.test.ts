// How the file gateway says a use case's WriteBatch in package terms: sheets written whole, cells
// edited; what only Excel can show (formats, charts, the active sheet) is left out.
import { batchPatch } from "../../src/cli/batchPatch";
import { logSheet } from "../../src/core/logSheet";
import { trackerSheet } from "../../src/core/template";
import { LogEntry, SealedBatch } from "../../src/app/ports";
import { SheetPatch } from "../../src/core/workbook";
import { DATE_TIME_FORMAT } from "../../src/core/excelDate";

const entry: LogEntry = {
  time: "2023-07-01T02:02:00.000Z",
  user: "Budi",
  action: "catat langkah SOP",
  sheet: "Tahapan SOP",
  detail: "langkah 2",
  hash: "0badf00d",
};
const row = {
  sheet: "Tahapan SOP",
  row: 4,
  col: 0,
  values: [[1, 2, null, "", "Budi"]],
  numberFormats: [["0", "0", "@", "@", "@"]],
};
const recapSheet: SheetPatch = {
  name: "Tahunan",
  rows: [[{ value: "Rekap" }]],
  columns: [],
  frozenRows: 2,
  protect: true,
};

test("rows below an existing sheet and Log entries become cell edits; null and empty cells are left alone", () => {
  const patch = batchPatch({ append: [row], log: [entry] }, ["Tahapan SOP", "Log"], 7);
  expect(patch.sheets).toEqual([]);
  expect(patch.edits).toEqual([
    { sheet: "Tahapan SOP", row: 4, col: 0, value: 1, plainFormat: false },
    { sheet: "Tahapan SOP", row: 4, col: 1, value: 2, plainFormat: false },
    { sheet: "Tahapan SOP", row: 4, col: 4, value: "Budi", plainFormat: false },
    ...["2023-07-01T02:02:00.000Z", "Budi", "catat langkah SOP", "Tahapan SOP", "langkah 2"].map(
      (value, col) => ({ sheet: "Log", row: 7, col, value, plainFormat: false })
    ),
    { sheet: "Log", row: 7, col: 5, value: "0badf00d", plainFormat: false },
  ]);
});

test("a missing tracker and Log are created whole with their rows; an existing sheet is never created", () => {
  const batch: SealedBatch = {
    create: [trackerSheet(), logSheet()],
    append: [{ ...row, row: 1 }],
    log: [entry],
  };
  const patch = batchPatch(batch, ["tahapan sop"], null);
  expect(patch.sheets.map((s) => s.name)).toEqual(["Log"]);
  expect(patch.edits.map((e) => e.sheet)).toEqual(["Tahapan SOP", "Tahapan SOP", "Tahapan SOP"]);

  const fresh = batchPatch(batch, [], null);
  const [tracker, log] = fresh.sheets;
  expect(fresh.edits).toEqual([]);
  expect(tracker.rows[1].map((c) => c.value)).toEqual([1, 2, null, null, "Budi"]);
  expect(log.rows.map((r) => r[1].value)).toEqual(["Pengguna", "Budi"]);
  // Only SheetPatch's fields: patchPackage writes no dropdowns; the Log it creates is very hidden.
  expect(Object.keys(log).sort()).toEqual([
    "columns",
    "frozenRows",
    "name",
    "protect",
    "rows",
    "veryHidden",
  ]);
  expect(log.veryHidden).toBe(true);
  expect(tracker.veryHidden).toBeUndefined();
  expect(trackerSheet().rows).toHaveLength(1); // the use case's sheet is not changed in place
});

test("recap sheets are rewritten; Kategori colours, charts and the active sheet are Excel's alone", () => {
  const chartRange = { col: 0, fromRow: 0, toRow: 0 };
  const patch = batchPatch(
    {
      rewrite: [recapSheet],
      kategoriFormats: [{ sheet: "Tahunan", range: chartRange, bands: [] }],
      charts: [
        {
          sheet: "Tahunan",
          name: "c",
          title: "t",
          seriesName: "s",
          categories: chartRange,
          values: chartRange,
          anchor: { row: 0, col: 0 },
          size: { rows: 1, cols: 1 },
        },
      ],
      activate: "Tahunan",
    },
    ["Tahunan"],
    null
  );
  expect(patch).toEqual({ sheets: [recapSheet], edits: [] });
});

test("Mulai and Selesai of rows in a tracker created by the same patch keep their date-time format", () => {
  const timed = {
    sheet: "Tahapan SOP",
    row: 1,
    col: 5,
    values: [["Budi", 45110.35, 45110.4]],
    numberFormats: [["@", DATE_TIME_FORMAT, DATE_TIME_FORMAT]],
  };
  const patch = batchPatch({ create: [trackerSheet()], append: [timed] }, [], null);
  const cells = patch.sheets[0].rows[1].slice(5, 8);
  expect(cells).toEqual([
    { value: "Budi" },
    { value: 45110.35, style: "dateTime" },
    { value: 45110.4, style: "dateTime" },
  ]);
});
