// Reads the workbook in two round trips: the sheet list first (asking for a missing sheet would fail
// the whole batch), then every input sheet's used range at once. Only when Excel on the web refuses
// that answer as too large (5 MB; a workbook of several thousand indicators) does it read again in
// row windows, a few round trips more — slower, but the recap still runs.
import {
  GENERATED_SHEETS,
  LOG_SHEET,
  PK_SHEET,
  QUARTERS,
  quarterSheet,
  SETTINGS_SHEET,
  SOP_SHEET,
  TRACKER_SHEET,
} from "../core/contract";
import { Cell, CellValue, SheetSnapshot, sheetKey } from "../core/workbook";
import { rangeAddress } from "./cells";
import { toExcelError } from "./errors";
import { SheetInfo, WorkbookRead } from "./types";

/**
 * The sheets the core reads; other sheets appear in the snapshot by name only (for "did you mean").
 * `SOP` and `Tahapan SOP` are a few dozen rows a year, so reading them with every action costs little
 * and lets any action record its SOP step in the same write.
 */
export const INPUT_SHEETS: readonly string[] = [
  SETTINGS_SHEET,
  PK_SHEET,
  ...QUARTERS.map(quarterSheet),
  SOP_SHEET,
  TRACKER_SHEET,
];

/** What the writer needs besides the use case's view: where the log continues, which charts exist. */
export type ReadState = {
  read: WorkbookRead;
  /** 0-based row of the next log entry; null when there is no Log sheet. */
  logNextRow: number | null;
  charts: Map<string, string[]>;
};

export type UsedData = {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
};

// Formula text is not read: the core counts a user's formula by its value (DESIGN.md), and loading
// `formulas` too would double the answer that Excel on the web caps at 5 MB.
const CELL_PROPS = "values,valueTypes,numberFormat";
/** Cells per window in the fallback; at ≈ 25 bytes a cell, well under 5 MB per answer. */
export const WINDOW_CELLS = 100_000;

export async function readWorkbook(
  context: Excel.RequestContext,
  windowCells = WINDOW_CELLS
): Promise<ReadState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();

  const byName = new Map(worksheets.items.map((ws) => [sheetKey(ws.name), ws]));
  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: ws.visibility as SheetInfo["visibility"],
    protected: ws.protection.protected,
  }));
  // Named as the workbook spells them (`tw i` is Excel's `TW I`); the core matches names the same way.
  const inputs = INPUT_SHEETS.flatMap((name) => {
    const ws = byName.get(sheetKey(name));
    return ws ? [{ name: ws.name, ws }] : [];
  });
  const extras = () => {
    const log = byName.get(sheetKey(LOG_SHEET))?.getUsedRange(true).load("rowIndex,rowCount");
    const generated = GENERATED_SHEETS.flatMap((name) => {
      const ws = byName.get(sheetKey(name));
      // How far a recap sheet reaches tells whether it still lists every indicator (approving needs it).
      return ws
        ? [
            {
              name,
              list: ws.charts.load("items/name"),
              used: ws.getUsedRange(true).load("rowIndex,rowCount"),
            },
          ]
        : [];
    });
    return () => ({
      logNextRow: log ? log.rowIndex + log.rowCount : null,
      charts: new Map(generated.map((c) => [c.name, c.list.items.map((chart) => chart.name)])),
      usedRows: new Map(
        generated.map((g) => [sheetKey(g.name), g.used.rowIndex + g.used.rowCount])
      ),
    });
  };

  let data: Map<string, UsedData>;
  let collect: ReturnType<typeof extras>;
  try {
    // getUsedRange (not …OrNullObject) returns A1 on a blank sheet, so nothing here needs a null check.
    const used = inputs.map(({ name, ws }) => ({
      name,
      range: ws.getUsedRange(true).load(`rowIndex,columnIndex,${CELL_PROPS}`),
    }));
    collect = extras();
    await context.sync();
    data = new Map(used.map((u) => [u.name, u.range]));
  } catch (err) {
    if (toExcelError(err).kind !== "payloadTooLarge") throw err;
    collect = extras();
    data = await readInWindows(context, inputs, windowCells);
  }

  const snapshots = new Map([...data].map(([name, used]) => [name, toSheetSnapshot(name, used)]));
  const { usedRows, ...extra } = collect();
  for (const info of sheets) info.usedRows = usedRows.get(sheetKey(info.name));
  return {
    read: {
      book: { sheets: sheets.map((s) => snapshots.get(s.name) ?? { name: s.name, rows: [] }) },
      sheets,
    },
    ...extra,
  };
}

/** The fallback: sizes first (riding on the same sync as `extras`), then windows of whole rows. */
async function readInWindows(
  context: Excel.RequestContext,
  inputs: { name: string; ws: Excel.Worksheet }[],
  windowCells: number
): Promise<Map<string, UsedData>> {
  const sizes = inputs.map((i) => ({
    ...i,
    used: i.ws.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  await context.sync();
  const windows = sizes.flatMap(({ name, ws, used }) => {
    const rows = Math.max(1, Math.floor(windowCells / used.columnCount));
    return Array.from({ length: Math.ceil(used.rowCount / rows) }, (_, k) => {
      const r0 = used.rowIndex + k * rows;
      const r1 = Math.min(used.rowIndex + used.rowCount, r0 + rows) - 1;
      return {
        name,
        ws,
        r0,
        r1,
        c0: used.columnIndex,
        c1: used.columnIndex + used.columnCount - 1,
      };
    });
  });
  const out = new Map<string, UsedData>();
  for (let i = 0; i < windows.length;) {
    const batch: typeof windows = [];
    for (
      let cells = 0;
      i < windows.length && (batch.length === 0 || cells + size(windows[i]) <= windowCells);
      i++
    ) {
      cells += size(windows[i]);
      batch.push(windows[i]);
    }
    const loaded = batch.map((w) => ({
      w,
      range: w.ws.getRange(rangeAddress(w.r0, w.c0, w.r1, w.c1)).load(CELL_PROPS),
    }));
    // A sync per window is the point of the fallback: each answer must stay under the cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { w, range } of loaded) {
      const prev = out.get(w.name) ?? {
        rowIndex: w.r0,
        columnIndex: w.c0,
        values: [],
        valueTypes: [],
        numberFormat: [],
      };
      prev.values.push(...range.values);
      prev.valueTypes.push(...range.valueTypes);
      prev.numberFormat.push(...range.numberFormat);
      out.set(w.name, prev);
    }
  }
  return out;
}

const size = (w: { r0: number; r1: number; c0: number; c1: number }): number =>
  (w.r1 - w.r0 + 1) * (w.c1 - w.c0 + 1);

/** Office gives a used range that may start below or right of A1; the core counts from A1. */
export function toSheetSnapshot(name: string, used: UsedData): SheetSnapshot {
  const rows: (Cell | undefined)[][] = [];
  used.values.forEach((line, r) => {
    const row: (Cell | undefined)[] = [];
    line.forEach((raw, c) => {
      const value = toCellValue(raw, used.valueTypes[r]?.[c]);
      if (value === null) return;
      const format = used.numberFormat[r]?.[c];
      const cell: Cell = { value };
      if (typeof format === "string" && format !== "General") cell.numFmt = format;
      row[used.columnIndex + c] = cell;
    });
    rows[used.rowIndex + r] = row;
  });
  // Rows above the used range are blank; the core indexes rows, so give them an empty array.
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

/** Office returns errors as text ("#REF!"); only `valueTypes` tells them from text that looks alike. */
export function toCellValue(raw: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(raw) };
  if (raw === "" || raw === null || raw === undefined || type === "Empty") return null;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}
