// A use case's WriteBatch as one .xlsx package patch (src/xlsx patchPackage): what the Office.js
// gateway does with Excel's API (src/excel/writeBatch.ts), said in what a patch can say — sheets
// written whole, and single cells, whose values go in exactly but whose number format and style stay
// those of the cell (General for a new one). What a patch cannot say is left out:
// - `kategoriFormats`, `charts`, `activate`: presentation in Excel (conditional colours, a chart
//   object, the sheet shown when done); the recap's figures and Kategori are in the cells regardless,
//   and a file has no window to activate. The CLI's `recap` writes none of them either.
// - a new sheet's dropdowns (`validations`): patchPackage does not write them.
// - `append`'s number formats but one: Mulai and Selesai keep a date-time format (the built-in one),
//   Durasi goes in without its unit format; text cells go in as inline strings, text whatever they
//   look like.
import { LOG_SHEET } from "../core/contract";
import { DATE_TIME_FORMAT } from "../core/excelDate";
import { logRow, logSheet } from "../core/logSheet";
import { NewSheet } from "../core/newSheet";
import {
  CellEdit,
  OutCell,
  RowAppend,
  SheetPatch,
  sheetKey,
  WorkbookPatch,
} from "../core/workbook";
import { SealedBatch } from "../app/ports";

/**
 * `existing`: the workbook's sheet names; `logNextRow`: the 0-based row below the Log's last used
 * one (null without a Log sheet).
 */
export function batchPatch(
  batch: SealedBatch,
  existing: readonly string[],
  logNextRow: number | null
): WorkbookPatch {
  const present = new Set(existing.map(sheetKey));
  // By sheetKey, in the order written; a rewrite replaces a create of the same name.
  const sheets = new Map<string, SheetPatch>();
  for (const spec of batch.create ?? [])
    if (!present.has(sheetKey(spec.name))) sheets.set(sheetKey(spec.name), sheetOf(spec));
  for (const patch of batch.rewrite ?? []) sheets.set(sheetKey(patch.name), patch);

  const edits: CellEdit[] = [...(batch.edits ?? [])];
  // A sheet written whole cannot also be edited in the same patch: rows for it join its cells.
  const place = (rows: RowAppend): void => {
    const whole = sheets.get(sheetKey(rows.sheet));
    if (whole) sheets.set(sheetKey(rows.sheet), withRows(whole, rows));
    else edits.push(...cellEdits(rows));
  };
  for (const rows of batch.append ?? []) place(rows);
  if (batch.log && batch.log.length > 0) {
    if (logNextRow === null && !sheets.has(sheetKey(LOG_SHEET)))
      sheets.set(sheetKey(LOG_SHEET), sheetOf(logSheet()));
    const values = batch.log.map(logRow);
    const row = logNextRow ?? logSheet().rows.length;
    place({ sheet: LOG_SHEET, row, col: 0, values, numberFormats: values.map(() => []) });
  }
  return { sheets: [...sheets.values()], edits };
}

function sheetOf(spec: NewSheet): SheetPatch {
  const { name, rows, columns, frozenRows, protect, formulaColumns, visibility } = spec;
  return {
    name,
    rows,
    columns,
    frozenRows,
    protect,
    ...(formulaColumns ? { formulaColumns } : {}),
    ...(visibility === "veryHidden" ? { veryHidden: true } : {}),
  };
}

/**
 * Cells to write: `null` leaves a cell as it is (RowAppend says so), and so does "" — the rows go
 * below every used row, where Excel's "" and an untouched cell are the same blank.
 */
function written(rows: RowAppend): { row: number; col: number; value: string | number }[] {
  return rows.values.flatMap((line, i) =>
    line.flatMap((value, j) =>
      value === null || value === "" ? [] : [{ row: rows.row + i, col: rows.col + j, value }]
    )
  );
}

function cellEdits(rows: RowAppend): CellEdit[] {
  return written(rows).map((c) => ({
    sheet: rows.sheet,
    ...c,
    plainFormat: false,
    ...(rows.numberFormats[c.row - rows.row]?.[c.col - rows.col] === DATE_TIME_FORMAT
      ? { dateTime: true }
      : {}),
  }));
}

function withRows(sheet: SheetPatch, rows: RowAppend): SheetPatch {
  const out: OutCell[][] = sheet.rows.map((r) => [...r]);
  for (const { row, col, value } of written(rows)) {
    while (out.length <= row) out.push([]);
    while (out[row].length < col) out[row].push({ value: null });
    const dateTime = rows.numberFormats[row - rows.row]?.[col - rows.col] === DATE_TIME_FORMAT;
    out[row][col] = dateTime ? { value, style: "dateTime" } : { value };
  }
  return { ...sheet, rows: out };
}
