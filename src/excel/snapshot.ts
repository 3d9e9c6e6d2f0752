// Reads the workbook in two round trips: the sheet list first (asking for a missing sheet would fail
// the whole batch), then every input sheet's used range at once. Only when Excel on the web refuses
// that answer as too large (5 MB; a workbook of several thousand indicators) does it read again in
// row windows, a few round trips more — slower, but the recap still runs. Excel says "too large" in
// three ways: ResponsePayloadSizeLimitExceeded (documented), GeneralException (some web builds,
// office-js#1314) and, past 5,000,000 cells in one range, `values: null`.
import { GENERATED_SHEETS, LOG_SHEET } from "../core/contract";
import { INPUT_SHEETS } from "../core/needs";
import { Cell, CellValue, SheetSnapshot, sheetKey } from "../core/workbook";
import { rangeAddress } from "./cells";
import { toExcelError } from "./errors";
import { SheetInfo, WorkbookRead } from "../app/ports";

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

// Formula text is not read: the core counts a user's formula by its value (docs/CONTRACT.md §3), and loading
// `formulas` too would double the answer that Excel on the web caps at 5 MB.
const CELL_PROPS = "values,valueTypes,numberFormat";
/** Wide enough for the recap sheets' title row (12 columns and the hidden ones). */
const MARKER_ROW = "A1:Z1";

/** Bytes per answer in the fallback: well under the web's 5 MB, with room for the JSON around it. */
export const WINDOW_BYTES = 2 * 1024 * 1024;

export async function readWorkbook(
  context: Excel.RequestContext,
  windowBytes = WINDOW_BYTES
): Promise<ReadState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one. Workbook's own
  // `use1904DateSystem` is a preview API (not in any ExcelApi set, nor in the released office.js);
  // worksheet functions are ExcelApi 1.2, below the manifest's 1.8.
  const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
  await context.sync();
  const date1904 = epoch.value === 0;

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
              // Row 1 holds the marker that makes the sheet ours to rewrite (core/ownership.ts).
              top: ws.getRange(MARKER_ROW).load("values,valueTypes"),
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
      firstRows: new Map(
        generated.map((g) => [
          sheetKey(g.name),
          toSheetSnapshot(g.name, {
            rowIndex: 0,
            columnIndex: 0,
            values: g.top.values,
            valueTypes: g.top.valueTypes,
            numberFormat: [],
          }).rows,
        ])
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
    const whole = used.filter((u) => u.range.values !== null);
    data = new Map(whole.map((u) => [u.name, u.range]));
    const huge = inputs.filter(({ name }) => !data.has(name));
    if (huge.length > 0)
      for (const [name, part] of await readInWindows(context, huge, windowBytes))
        data.set(name, part);
  } catch (err) {
    if (!answerTooLarge(err)) throw err;
    collect = extras();
    data = await readInWindows(context, inputs, windowBytes);
  }

  const snapshots = new Map([...data].map(([name, used]) => [name, toSheetSnapshot(name, used)]));
  const { usedRows, firstRows, ...extra } = collect();
  for (const info of sheets) info.usedRows = usedRows.get(sheetKey(info.name));
  return {
    read: {
      book: {
        sheets: sheets.map(
          (s) =>
            snapshots.get(s.name) ?? { name: s.name, rows: firstRows.get(sheetKey(s.name)) ?? [] }
        ),
        ...(date1904 ? { date1904 } : {}),
      },
      sheets,
    },
    ...extra,
  };
}

/**
 * Whether a failed read was refused for its size. GeneralException is Excel's catch-all, but the web
 * builds that use it for an oversized answer give nothing better; if the cause was another, the
 * windowed read fails again with it and that error reaches the user.
 */
const answerTooLarge = (err: unknown): boolean => {
  const e = toExcelError(err);
  return e.kind === "payloadTooLarge" || e.code === "GeneralException";
};

/** A first guess of an answer's bytes per cell (values, valueTypes, numberFormat as JSON). */
const GUESS_BYTES_PER_CELL = 64;
/** A window refused even so is halved; this many times at most, then the error stands. */
const MAX_HALVINGS = 6;

/**
 * The fallback: sizes first (riding on the same sync as `extras`), then windows of whole rows sized by
 * bytes. The first window assumes GUESS_BYTES_PER_CELL; each answer measured then sizes the next, so
 * long texts get narrow windows and short numbers wide ones.
 */
async function readInWindows(
  context: Excel.RequestContext,
  inputs: { name: string; ws: Excel.Worksheet }[],
  windowBytes: number
): Promise<Map<string, UsedData>> {
  const sizes = inputs.map((i) => ({
    ...i,
    used: i.ws.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  await context.sync();
  const out = new Map<string, UsedData>();
  let bytesPerCell = GUESS_BYTES_PER_CELL;
  let halvings = 0;
  for (const { name, ws, used } of sizes) {
    const part: UsedData = {
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: [],
      valueTypes: [],
      numberFormat: [],
    };
    const end = used.rowIndex + used.rowCount;
    const [c0, c1] = [used.columnIndex, used.columnIndex + used.columnCount - 1];
    for (let r0 = used.rowIndex; r0 < end;) {
      const rows = Math.max(1, Math.floor(windowBytes / (bytesPerCell * used.columnCount)));
      const r1 = Math.min(end, r0 + rows) - 1;
      const range = ws.getRange(rangeAddress(r0, c0, r1, c1)).load(CELL_PROPS);
      try {
        // A sync per window is the point of the fallback: each answer must stay under the cap.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (err) {
        if (!answerTooLarge(err) || halvings++ >= MAX_HALVINGS || r1 === r0) throw err;
        bytesPerCell *= 2;
        continue;
      }
      const cells = (r1 - r0 + 1) * used.columnCount;
      const answer = JSON.stringify([range.values, range.valueTypes, range.numberFormat]).length;
      // A quarter's margin over what the last window measured: the next rows may hold longer text.
      bytesPerCell = Math.max(8, Math.ceil((answer / cells) * 1.25));
      part.values.push(...range.values);
      part.valueTypes.push(...range.valueTypes);
      part.numberFormat.push(...range.numberFormat);
      r0 = r1 + 1;
    }
    out.set(name, part);
  }
  return out;
}

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
